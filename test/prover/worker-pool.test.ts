// The worker pool's rules (prover/src/worker/pool.ts) on real worker threads that speak the
// prover protocol without proving (fixtures/protocol-worker.mjs answers with its thread id), so
// each rule is checked in milliseconds: reuse after a clean answer only, one job per worker,
// the idle bound and timeout, a worker dying while idle.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { ProofError } from '../../core/src/errors.js';
import { wrapNodeWorker } from '../../prover/src/worker/node-host.js';
import { WorkerPool } from '../../prover/src/worker/pool.js';
import type { ProveRequest } from '../../prover/src/worker/protocol.js';

const FIXTURE = new URL('./fixtures/protocol-worker.mjs', import.meta.url);
const bytes = new Uint8Array([1]);
const req = (circuit: string): ProveRequest => ({ type: 'prove', circuit, input: {}, wasm: bytes, zkey: bytes });

const pools: WorkerPool[] = [];
function pool(maxIdle: number, idleMs = 60_000): WorkerPool {
  const p = new WorkerPool({ start: () => wrapNodeWorker(new Worker(FIXTURE)), maxIdle, idleMs });
  pools.push(p);
  return p;
}

/** The thread id of the worker that ran the job. */
const runOn = async (p: WorkerPool, circuit = 'ok', signal?: AbortSignal): Promise<string> =>
  (await p.run(req(circuit), [], () => undefined, signal)).publicSignals[0]!;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  for (const p of pools.splice(0)) p.releaseIdle();
});

describe('WorkerPool', () => {
  it('runs consecutive jobs on one worker', async () => {
    const p = pool(1);
    const a = await runOn(p);
    const b = await runOn(p);
    expect(b).toBe(a);
    expect(p.stats()).toEqual({ started: 1, idle: 1, busy: 0 });
  });

  it('gives concurrent jobs a worker each, and keeps at most maxIdle of them', async () => {
    const p = pool(1);
    const ids = await Promise.all([runOn(p, 'slow'), runOn(p, 'slow'), runOn(p, 'slow')]);
    expect(new Set(ids).size).toBe(3);
    expect(p.stats()).toEqual({ started: 3, idle: 1, busy: 0 });
  });

  it('terminates a worker that answered an error; the next job gets a new one', async () => {
    const p = pool(2);
    const first = await runOn(p);
    await expect(runOn(p, 'error')).rejects.toThrow(ProofError);
    expect(p.stats()).toEqual({ started: 1, idle: 0, busy: 0 });
    expect(await runOn(p)).not.toBe(first);
  });

  it('terminates a worker whose job was cancelled, at once', async () => {
    const p = pool(2);
    const first = await runOn(p);
    const controller = new AbortController();
    const running = runOn(p, 'slow', controller.signal);
    controller.abort(new Error('stop'));
    await expect(running).rejects.toThrow('stop');
    expect(p.stats()).toEqual({ started: 1, idle: 0, busy: 0 });
    expect(await runOn(p)).not.toBe(first);
  });

  it('drops a worker that dies while idle, and never hands it out', async () => {
    const p = pool(2);
    const first = await runOn(p, 'exit-after');
    expect(p.stats().idle).toBe(1);
    await sleep(300);
    expect(p.stats()).toEqual({ started: 1, idle: 0, busy: 0 });
    expect(await runOn(p)).not.toBe(first);
  });

  it('terminates an idle worker after idleMs, and on releaseIdle', async () => {
    const p = pool(2, 100);
    await runOn(p);
    expect(p.stats().idle).toBe(1);
    await sleep(400);
    expect(p.stats().idle).toBe(0);
    const q = pool(2);
    await runOn(q);
    q.releaseIdle();
    expect(q.stats()).toEqual({ started: 1, idle: 0, busy: 0 });
  });

  it('refuses nonsense bounds', () => {
    expect(() => pool(-1)).toThrow(RangeError);
    expect(() => pool(1.5)).toThrow(RangeError);
    expect(() => pool(1, Number.NaN)).toThrow(RangeError);
  });
});
