/**
 * Fixed-base scalar multiplication on BN254 G1/G2 for the fast development
 * ceremony: many different scalars times one generator.
 *
 * ffjavascript offers only per-point double-and-add (`timesScalar`, ~256
 * doublings + ~128 additions per point) or geometric sequences
 * (`batchApplyKey`). With a table of d·2^(w·k)·G per w-bit window a product
 * costs ceil(254/w) additions instead, about 10-20x less; they are affine
 * additions sharing one inversion per window across a chunk of products
 * (about half the cost of mixed Jacobian ones). The curve arithmetic is
 * ffjavascript's own wasm (same code snarkjs runs), driven from our worker
 * threads: ffjavascript's task protocol would need one message object per
 * addition.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Which group; G1 points are 64 bytes affine, G2 128. */
export type GroupName = 'G1' | 'G2';

const SCALAR_BYTES = 32;
const SCALAR_BITS = 254; // the BN254 scalar field order is below 2^254
const CHUNK_POINTS = 4096;

/** Affine point size in ffjavascript's Montgomery ("LEM") layout. */
export const AFFINE_BYTES: Record<GroupName, number> = { G1: 64, G2: 128 };

// CommonJS source run with `eval: true` so it works the same under tsx, vitest
// and compiled JS (a .ts worker file would need a loader in each).
const WORKER_SOURCE = String.raw`
const { parentPort } = require('node:worker_threads');
const SCALAR_BYTES = ${SCALAR_BYTES};
const SCALAR_BITS = ${SCALAR_BITS};
const GROUPS = { G1: { pfx: 'g1m', fpfx: 'f1m', sA: 64, sJ: 96 }, G2: { pfx: 'g2m', fpfx: 'f2m', sA: 128, sJ: 192 } };
let ex, memory;
const tables = {}; // by group and window width: a pool kept for several runs builds each once
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
function buildTable(group, w) {
  const { pfx, sA, sJ } = GROUPS[group];
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
  return { pT, nW, E, w, masks };
}

// Sum of one table entry per window, all points of a chunk at once, in affine coordinates: an affine
// addition needs one field inversion, and Montgomery's trick shares one inversion among the whole
// chunk (3 multiplications each), so an addition costs ~6 multiplications instead of a mixed
// Jacobian addition's ~11 (and no conversion back to affine at the end).
function mul(group, window, scalars) {
  const key = group + ':' + window;
  tables[key] ??= buildTable(group, window);
  const { pfx, fpfx, sA, sJ } = GROUPS[group];
  const sF = sA / 2;
  const { pT, nW, E, w, masks } = tables[key];
  const n = scalars.byteLength / SCALAR_BYTES;
  const m0 = mark();
  const pS = alloc(n * SCALAR_BYTES + 4);
  const pA = alloc(n * sA); // accumulators, affine; all zero bytes is the point at infinity
  const pD = alloc(n * sF); // x(entry) - x(acc) of each pending addition
  const pP = alloc(n * sF); // running products of those
  const pI = alloc(sF);
  const pInv = alloc(sF);
  const pL = alloc(sF);
  const pX = alloc(sF);
  const pY = alloc(sF);
  const pJ = alloc(sJ);
  let u8 = new Uint8Array(memory.buffer);
  u8.set(scalars, pS);
  u8.fill(0, pS + n * SCALAR_BYTES, pS + n * SCALAR_BYTES + 4);
  u8.fill(0, pA, pA + n * sA);
  const nonZero = new Uint8Array(n);
  const accOf = new Int32Array(n);
  const entryOf = new Int32Array(n);
  const fmul = ex[fpfx + '_mul'];
  const fsub = ex[fpfx + '_sub'];
  const fsquare = ex[fpfx + '_square'];
  const fcopy = ex[fpfx + '_copy'];
  const fisZero = ex[fpfx + '_isZero'];
  const copyAffine = ex[pfx + '_copyAffine'];
  for (let k = 0; k < nW; k++) {
    const bit = k * w;
    const mask = masks[k];
    let m = 0;
    for (let i = 0; i < n; i++) {
      const b = pS + i * SCALAR_BYTES + (bit >> 3);
      const d = ((u8[b] | (u8[b + 1] << 8) | (u8[b + 2] << 16)) >>> (bit & 7)) & mask;
      if (d === 0) continue;
      const acc = pA + i * sA;
      const entry = pT + (k * E + d - 1) * sA;
      if (nonZero[i] === 0) {
        copyAffine(entry, acc);
        nonZero[i] = 1;
        continue;
      }
      const dx = pD + m * sF;
      fsub(entry, acc, dx);
      if (fisZero(dx)) {
        // The same x: a doubling or a sum to infinity (not met with scalars below r); the generic
        // Jacobian formula covers both.
        ex[pfx + '_toJacobian'](acc, pJ);
        ex[pfx + '_addMixed'](pJ, entry, pJ);
        if (ex[pfx + '_isZero'](pJ)) {
          new Uint8Array(memory.buffer).fill(0, acc, acc + sA);
          nonZero[i] = 0;
        } else {
          ex[pfx + '_toAffine'](pJ, acc);
        }
        continue;
      }
      if (m === 0) fcopy(dx, pP);
      else fmul(pP + (m - 1) * sF, dx, pP + m * sF);
      accOf[m] = acc;
      entryOf[m] = entry;
      m++;
    }
    if (m === 0) continue;
    ex[fpfx + '_inverse'](pP + (m - 1) * sF, pI);
    for (let j = m - 1; j >= 0; j--) {
      // pI holds 1 / (dx_0 ... dx_j): 1/dx_j is it times the product before j.
      let inv = pI;
      if (j > 0) {
        fmul(pI, pP + (j - 1) * sF, pInv);
        fmul(pI, pD + j * sF, pI);
        inv = pInv;
      }
      const acc = accOf[j];
      const entry = entryOf[j];
      // lambda = (y2 - y1) / (x2 - x1); x3 = lambda^2 - x1 - x2; y3 = lambda (x1 - x3) - y1
      fsub(entry + sF, acc + sF, pL);
      fmul(pL, inv, pL);
      fsquare(pL, pX);
      fsub(pX, acc, pX);
      fsub(pX, entry, pX);
      fsub(acc, pX, pY);
      fmul(pL, pY, pY);
      fsub(pY, acc + sF, acc + sF);
      fcopy(pX, acc);
    }
  }
  u8 = new Uint8Array(memory.buffer);
  const out = u8.slice(pA, pA + n * sA);
  u8.fill(0, pS, pS + n * SCALAR_BYTES); // the scalars reveal the secret tau
  release(m0);
  return out;
}

parentPort.on('message', async (msg) => {
  try {
    if (msg.cmd === 'init') {
      memory = new WebAssembly.Memory({ initial: 25, maximum: 32767 });
      const { instance } = await WebAssembly.instantiate(new Uint8Array(msg.code), { env: { memory } });
      ex = instance.exports;
      Object.assign(bases, msg.bases);
      parentPort.postMessage({ id: msg.id, ok: true });
    } else {
      const out = mul(msg.group, msg.window, new Uint8Array(msg.scalars));
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
export function chooseWindow(pointsPerWorker: number): number {
  let best = 4;
  let bestCost = Infinity;
  for (let w = 4; w <= 16; w++) {
    const cost = Math.ceil(SCALAR_BITS / w) * (2 ** w + pointsPerWorker);
    if (cost < bestCost) [best, bestCost] = [w, cost];
  }
  return best;
}

interface Pending {
  resolve(out: Uint8Array): void;
  reject(err: Error): void;
}

/** The window widths for a run of `expectedPoints` products on `threads` workers. */
function windowsFor(expectedPoints: Record<GroupName, number>, threads: number): Record<GroupName, number> {
  return { G1: chooseWindow(Math.ceil(expectedPoints.G1 / threads)), G2: chooseWindow(Math.ceil(expectedPoints.G2 / threads)) };
}

/** The process's pool (FixedBaseMultiplier.shared), with what it was started for. */
interface SharedPool {
  code: Uint8Array;
  bases: Record<GroupName, Uint8Array>;
  pool: Promise<FixedBaseMultiplier>;
  started?: FixedBaseMultiplier;
}
let sharedPool: SharedPool | undefined;

/** A pool of worker threads multiplying the G1 and G2 generators by scalars. */
export class FixedBaseMultiplier {
  private readonly workers: Worker[] = [];
  private windows: Record<GroupName, number> = { G1: 4, G2: 4 };
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ msg: Record<string, unknown>; transfer: ArrayBuffer[]; pending: Pending }> = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
  private nextId = 1;
  private failure: Error | undefined;

  private constructor() {}

  /**
   * Start the pool.
   * @param wasmCode - ffjavascript's bn128 wasm module bytes (`tm.code` of a single-thread curve)
   * @param bases - the G1 and G2 base points, affine Montgomery bytes
   * @param expectedPoints - how many products of each group will be asked for (sizes the tables)
   */
  static async start(
    wasmCode: Uint8Array,
    bases: Record<GroupName, Uint8Array>,
    expectedPoints: Record<GroupName, number>,
    threads = Math.max(1, Math.min(availableParallelism(), 8)),
  ): Promise<FixedBaseMultiplier> {
    const pool = new FixedBaseMultiplier();
    pool.plan(expectedPoints);
    try {
      const inits: Array<Promise<Uint8Array>> = [];
      for (let i = 0; i < threads; i++) {
        const worker = new Worker(WORKER_SOURCE, { eval: true });
        pool.workers.push(worker);
        worker.on('message', (m: { id: number; ok: boolean; out?: Uint8Array; error?: string }) => pool.onMessage(worker, m));
        worker.on('error', (e) => pool.fail(new Error(`fixed-base worker crashed: ${e.message}`)));
        const id = pool.nextId++;
        inits.push(new Promise((resolve, reject) => pool.pending.set(id, { resolve, reject })));
        pool.busy.set(worker, id);
        worker.postMessage({ cmd: 'init', id, code: wasmCode.slice(), bases });
      }
      await Promise.all(inits);
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  /**
   * The process's pool for these generators, started on first use and kept: its tables (a third of
   * a 1-day circuit's phase 2 when built anew per circuit) serve every later run. Idle, its workers
   * do not keep the process alive; nothing needs to close it (close() ends it, and the next call
   * starts another). Call {@link plan} before a run.
   */
  static shared(wasmCode: Uint8Array, bases: Record<GroupName, Uint8Array>): Promise<FixedBaseMultiplier> {
    const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    if (sharedPool && !(same(sharedPool.code, wasmCode) && same(sharedPool.bases.G1, bases.G1) && same(sharedPool.bases.G2, bases.G2))) {
      void sharedPool.pool.then(
        (p) => p.close(),
        () => undefined,
      );
      sharedPool = undefined;
    }
    if (!sharedPool) {
      const entry: SharedPool = {
        code: wasmCode.slice(),
        bases: { G1: bases.G1.slice(), G2: bases.G2.slice() },
        pool: FixedBaseMultiplier.start(wasmCode, bases, { G1: 0, G2: 0 }),
      };
      entry.pool.then(
        (p) => {
          entry.started = p;
        },
        () => {
          if (sharedPool === entry) sharedPool = undefined;
        },
      );
      sharedPool = entry;
    }
    return sharedPool.pool;
  }

  /** Size the window tables for a run of `expectedPoints` products (a table per width, built once by each worker). */
  plan(expectedPoints: Record<GroupName, number>): void {
    this.windows = windowsFor(expectedPoints, Math.max(1, this.workers.length));
  }

  /**
   * `scalars[i] · base` for each 32-byte little-endian (standard form,
   * not Montgomery) scalar; returns the affine points, Montgomery form,
   * in ffjavascript's layout (`G.toRprLEM`).
   */
  async mul(group: GroupName, scalars: Uint8Array): Promise<Uint8Array> {
    const n = scalars.byteLength / SCALAR_BYTES;
    if (!Number.isInteger(n)) throw new Error(`fixed-base: scalar buffer of ${scalars.byteLength} bytes is not a whole number of 32-byte scalars`);
    const sA = AFFINE_BYTES[group];
    const parts: Array<Promise<Uint8Array>> = [];
    for (let i = 0; i < n; i += CHUNK_POINTS) {
      const chunk = scalars.slice(i * SCALAR_BYTES, Math.min(n, i + CHUNK_POINTS) * SCALAR_BYTES);
      parts.push(this.submit({ cmd: 'mul', group, window: this.windows[group], scalars: chunk.buffer }, [chunk.buffer]));
    }
    const out = new Uint8Array(n * sA);
    let pos = 0;
    for (const part of await Promise.all(parts)) {
      out.set(part, pos);
      pos += part.byteLength;
    }
    return out;
  }

  /** Stop the worker threads (each run has already zeroed the scalars in their wasm memory). */
  async close(): Promise<void> {
    this.fail(new Error('fixed-base: the pool was closed'));
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }

  private submit(msg: Record<string, unknown>, transfer: ArrayBuffer[]): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ msg, transfer, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      this.pending.set(id, job.pending);
      this.busy.set(worker, id);
      worker.ref(); // a job in flight keeps the process alive until its answer; an idle worker does not
      worker.postMessage({ ...job.msg, id }, job.transfer);
    }
  }

  private onMessage(worker: Worker, m: { id: number; ok: boolean; out?: Uint8Array; error?: string }): void {
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    this.busy.delete(worker);
    this.idle.push(worker);
    worker.unref();
    if (!p) return;
    if (m.ok) p.resolve(m.out ?? new Uint8Array(0));
    else p.reject(new Error(`fixed-base worker failed: ${m.error}`));
    this.dispatch();
  }

  private fail(err: Error): void {
    // A failed or closed pool is never handed out again.
    if (sharedPool?.started === this) sharedPool = undefined;
    if (this.failure) return;
    this.failure = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    for (const job of this.queue.splice(0)) job.pending.reject(err);
  }
}
