/**
 * Fixed-base scalar multiplication on BN254 G1/G2 for the fast development
 * ceremony: many different scalars times one generator.
 *
 * ffjavascript offers only per-point double-and-add (`timesScalar`, ~256
 * doublings + ~128 additions per point) or geometric sequences
 * (`batchApplyKey`). With a table of d·2^(w·k)·G per w-bit window a product
 * costs ceil(254/w) mixed additions instead, about 10-20x less. The curve
 * arithmetic is ffjavascript's own wasm (same code snarkjs runs), driven from
 * our worker threads: ffjavascript's task protocol would need one message
 * object per addition.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
const SCALAR_BYTES = 32;
const SCALAR_BITS = 254; // the BN254 scalar field order is below 2^254
const CHUNK_POINTS = 4096;
/** Affine point size in ffjavascript's Montgomery ("LEM") layout. */
export const AFFINE_BYTES = { G1: 64, G2: 128 };
// CommonJS source run with `eval: true` so it works the same under tsx, vitest
// and compiled JS (a .ts worker file would need a loader in each).
const WORKER_SOURCE = String.raw `
const { parentPort } = require('node:worker_threads');
const SCALAR_BYTES = ${SCALAR_BYTES};
const SCALAR_BITS = ${SCALAR_BITS};
const GROUPS = { G1: { pfx: 'g1m', sA: 64, sJ: 96 }, G2: { pfx: 'g2m', sA: 128, sJ: 192 } };
let ex, memory;
const tables = {};
const windows = {};
const bases = {};

function alloc(len) {
  const u32 = new Uint32Array(memory.buffer, 0, 1);
  while (u32[0] & 7) u32[0]++;
  const p = u32[0];
  u32[0] += len;
  // wasm batch functions (batchToAffine) take scratch space past the free
  // pointer without growing memory: keep as much again free, plus 1 MB.
  const missing = u32[0] + len + (1 << 20) - memory.buffer.byteLength;
  if (missing > 0) memory.grow(Math.ceil(missing / 65536));
  return p;
}
const mark = () => new Uint32Array(memory.buffer, 0, 1)[0];
const release = (m) => { new Uint32Array(memory.buffer, 0, 1)[0] = m; };

// Row k of the table holds d * 2^(w*k) * G for d = 1 .. 2^w - 1, affine.
function buildTable(group) {
  const { pfx, sA, sJ } = GROUPS[group];
  const w = windows[group];
  const nW = Math.ceil(SCALAR_BITS / w);
  const E = (1 << w) - 1;
  const pT = alloc(nW * E * sA);
  const m = mark();
  const pB = alloc(sA);
  const pRow = alloc(E * sJ);
  const pNext = alloc(sJ);
  new Uint8Array(memory.buffer).set(bases[group], pB);
  for (let k = 0; k < nW; k++) {
    ex[pfx + '_toJacobian'](pB, pRow);
    for (let d = 1; d < E; d++) ex[pfx + '_addMixed'](pRow + (d - 1) * sJ, pB, pRow + d * sJ);
    ex[pfx + '_addMixed'](pRow + (E - 1) * sJ, pB, pNext);
    ex[pfx + '_batchToAffine'](pRow, E, pT + k * E * sA);
    ex[pfx + '_toAffine'](pNext, pB);
  }
  release(m);
  // The top window may reach past bit 255 into the next scalar's bytes.
  const masks = [];
  for (let k = 0; k < nW; k++) masks.push(SCALAR_BITS - k * w < w ? (1 << (SCALAR_BITS - k * w)) - 1 : E);
  tables[group] = { pT, nW, E, w, masks };
}

function mul(group, scalars) {
  if (!tables[group]) buildTable(group);
  const { pfx, sA, sJ } = GROUPS[group];
  const { pT, nW, E, w, masks } = tables[group];
  const n = scalars.byteLength / SCALAR_BYTES;
  const m = mark();
  const pS = alloc(n * SCALAR_BYTES + 4);
  const pO = alloc(n * sJ);
  let u8 = new Uint8Array(memory.buffer);
  u8.set(scalars, pS);
  u8.fill(0, pS + n * SCALAR_BYTES, pS + n * SCALAR_BYTES + 4);
  const zero = ex[pfx + '_zero'];
  const addMixed = ex[pfx + '_addMixed'];
  for (let i = 0; i < n; i++) {
    const acc = pO + i * sJ;
    const s = pS + i * SCALAR_BYTES;
    zero(acc);
    for (let k = 0; k < nW; k++) {
      const bit = k * w;
      const b = s + (bit >> 3);
      const v = u8[b] | (u8[b + 1] << 8) | (u8[b + 2] << 16);
      const d = (v >>> (bit & 7)) & masks[k];
      if (d !== 0) addMixed(acc, pT + (k * E + d - 1) * sA, acc);
    }
  }
  ex[pfx + '_batchToAffine'](pO, n, pO);
  u8 = new Uint8Array(memory.buffer);
  const out = u8.slice(pO, pO + n * sA);
  u8.fill(0, pS, pS + n * SCALAR_BYTES); // the scalars reveal the secret tau
  release(m);
  return out;
}

parentPort.on('message', async (msg) => {
  try {
    if (msg.cmd === 'init') {
      memory = new WebAssembly.Memory({ initial: 25, maximum: 32767 });
      const { instance } = await WebAssembly.instantiate(new Uint8Array(msg.code), { env: { memory } });
      ex = instance.exports;
      Object.assign(windows, msg.windows);
      Object.assign(bases, msg.bases);
      parentPort.postMessage({ id: msg.id, ok: true });
    } else {
      const out = mul(msg.group, new Uint8Array(msg.scalars));
      parentPort.postMessage({ id: msg.id, ok: true, out }, [out.buffer]);
    }
  } catch (e) {
    parentPort.postMessage({ id: msg.id, ok: false, error: String(e && e.stack || e) });
  }
});
`;
/**
 * Window width minimising table building plus per-point additions:
 * ceil(254/w) · (2^w + points per worker), bounded to keep tables ≤ ~128 MB.
 */
export function chooseWindow(pointsPerWorker) {
    let best = 4;
    let bestCost = Infinity;
    for (let w = 4; w <= 16; w++) {
        const cost = Math.ceil(SCALAR_BITS / w) * (2 ** w + pointsPerWorker);
        if (cost < bestCost)
            [best, bestCost] = [w, cost];
    }
    return best;
}
/** A pool of worker threads multiplying the G1 and G2 generators by scalars. */
export class FixedBaseMultiplier {
    workers = [];
    idle = [];
    queue = [];
    pending = new Map();
    busy = new Map();
    nextId = 1;
    failure;
    constructor() { }
    /**
     * Start the pool.
     * @param wasmCode - ffjavascript's bn128 wasm module bytes (`tm.code` of a single-thread curve)
     * @param bases - the G1 and G2 base points, affine Montgomery bytes
     * @param expectedPoints - how many products of each group will be asked for (sizes the tables)
     */
    static async start(wasmCode, bases, expectedPoints, threads = Math.max(1, Math.min(availableParallelism(), 8))) {
        const pool = new FixedBaseMultiplier();
        const windows = {
            G1: chooseWindow(Math.ceil(expectedPoints.G1 / threads)),
            G2: chooseWindow(Math.ceil(expectedPoints.G2 / threads)),
        };
        try {
            const inits = [];
            for (let i = 0; i < threads; i++) {
                const worker = new Worker(WORKER_SOURCE, { eval: true });
                pool.workers.push(worker);
                worker.on('message', (m) => pool.onMessage(worker, m));
                worker.on('error', (e) => pool.fail(new Error(`fixed-base worker crashed: ${e.message}`)));
                const id = pool.nextId++;
                inits.push(new Promise((resolve, reject) => pool.pending.set(id, { resolve, reject })));
                pool.busy.set(worker, id);
                worker.postMessage({ cmd: 'init', id, code: wasmCode.slice(), windows, bases });
            }
            await Promise.all(inits);
        }
        catch (e) {
            await pool.close();
            throw e;
        }
        return pool;
    }
    /**
     * `scalars[i] · base` for each 32-byte little-endian (standard form,
     * not Montgomery) scalar; returns the affine points, Montgomery form,
     * in ffjavascript's layout (`G.toRprLEM`).
     */
    async mul(group, scalars) {
        const n = scalars.byteLength / SCALAR_BYTES;
        if (!Number.isInteger(n))
            throw new Error(`fixed-base: scalar buffer of ${scalars.byteLength} bytes is not a whole number of 32-byte scalars`);
        const sA = AFFINE_BYTES[group];
        const parts = [];
        for (let i = 0; i < n; i += CHUNK_POINTS) {
            const chunk = scalars.slice(i * SCALAR_BYTES, Math.min(n, i + CHUNK_POINTS) * SCALAR_BYTES);
            parts.push(this.submit({ cmd: 'mul', group, scalars: chunk.buffer }, [chunk.buffer]));
        }
        const out = new Uint8Array(n * sA);
        let pos = 0;
        for (const part of await Promise.all(parts)) {
            out.set(part, pos);
            pos += part.byteLength;
        }
        return out;
    }
    /** Stop the worker threads (their wasm memory, which held scalars, goes with them). */
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
        this.workers.length = 0;
    }
    submit(msg, transfer) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.queue.push({ msg, transfer, pending: { resolve, reject } });
            this.dispatch();
        });
    }
    dispatch() {
        while (this.idle.length > 0 && this.queue.length > 0) {
            const worker = this.idle.pop();
            const job = this.queue.shift();
            const id = this.nextId++;
            this.pending.set(id, job.pending);
            this.busy.set(worker, id);
            worker.postMessage({ ...job.msg, id }, job.transfer);
        }
    }
    onMessage(worker, m) {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        this.busy.delete(worker);
        this.idle.push(worker);
        if (!p)
            return;
        if (m.ok)
            p.resolve(m.out ?? new Uint8Array(0));
        else
            p.reject(new Error(`fixed-base worker failed: ${m.error}`));
        this.dispatch();
    }
    fail(err) {
        this.failure = err;
        for (const p of this.pending.values())
            p.reject(err);
        this.pending.clear();
        for (const job of this.queue.splice(0))
            job.pending.reject(err);
    }
}
//# sourceMappingURL=ptau-fast-msm.js.map