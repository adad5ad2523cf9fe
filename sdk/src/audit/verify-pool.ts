/**
 * A pool of worker threads that re-verify Groth16 proofs in parallel for the audit index. Each
 * worker verifies on one thread (see ./verify-worker.ts); the pool splits a list of proofs into
 * chunks and hands them out as workers come free.
 * @packageDocumentation
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Groth16Proof } from '../../../prover/src/groth16.js';

/** Host -> worker: verify these proofs with this key. */
export interface VerifyJob {
  id: number;
  vkey: unknown;
  items: { proof: Groth16Proof; publicSignals: string[] }[];
}

/** Worker -> host: one boolean per proof of the job (id -1: the worker is ready). */
export interface VerifyAnswer {
  id: number;
  ok: boolean[];
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

/** Proofs per message: large enough that messaging costs nothing next to ~10 ms per pairing check. */
const CHUNK = 8;

/** Parallel Groth16 verification on worker threads. Call {@link VerifyPool.close} when done. */
export class VerifyPool {
  readonly size: number;
  readonly #slots: Slot[] = [];
  readonly #pending = new Map<number, { resolve: (ok: boolean[]) => void; reject: (e: Error) => void }>();
  readonly #waiting: (() => void)[] = [];
  #nextId = 0;
  #closed = false;

  /** @param size - worker threads (default: the machine's parallelism, at least 1) */
  constructor(size = availableParallelism()) {
    this.size = Math.max(1, Math.floor(size));
  }

  #start(): Slot {
    const fromSource = import.meta.url.endsWith('.ts');
    const entry = new URL(fromSource ? './verify-worker.ts' : './verify-worker.js', import.meta.url);
    // Same bootstrap as the prover's worker: registers tsx when running from sources; `mod` keeps
    // snarkjs's web-worker shim quiet in a non-main thread.
    const workerData = { entry: entry.href, mod: 'data:text/javascript,', type: 'module' };
    const worker = fromSource
      ? new Worker(new URL('../../../prover/src/worker/node-bootstrap.mjs', import.meta.url), { workerData })
      : new Worker(entry, { workerData });
    let markReady: () => void = () => undefined;
    let failReady: (e: Error) => void = () => undefined;
    const ready = new Promise<void>((res, rej) => {
      markReady = res;
      failReady = rej;
    });
    worker.on('message', (m: VerifyAnswer) => {
      if (m.id === -1) return markReady();
      const p = this.#pending.get(m.id);
      this.#pending.delete(m.id);
      p?.resolve(m.ok);
    });
    const fail = (e: Error) => {
      failReady(e);
      for (const p of this.#pending.values()) p.reject(e);
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.#closed) fail(new Error(`an audit verification worker exited (code ${code})`));
    });
    return { worker, ready, busy: false };
  }

  async #acquire(): Promise<Slot> {
    for (;;) {
      const free = this.#slots.find((s) => !s.busy);
      if (free !== undefined) {
        free.busy = true;
        return free;
      }
      if (this.#slots.length < this.size) {
        const slot = this.#start();
        slot.busy = true;
        this.#slots.push(slot);
        return slot;
      }
      await new Promise<void>((r) => this.#waiting.push(r));
    }
  }

  #release(slot: Slot): void {
    slot.busy = false;
    this.#waiting.shift()?.();
  }

  async #run(vkey: unknown, items: VerifyJob['items']): Promise<boolean[]> {
    const slot = await this.#acquire();
    try {
      await slot.ready;
      const id = this.#nextId++;
      const answer = new Promise<boolean[]>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
      slot.worker.postMessage({ id, vkey, items } satisfies VerifyJob);
      return await answer;
    } finally {
      this.#release(slot);
    }
  }

  /** Verifies every proof with `vkey`; one boolean per proof, in order. */
  async verifyAll(vkey: unknown, items: VerifyJob['items']): Promise<boolean[]> {
    if (this.#closed) throw new Error('the verification pool is closed');
    const chunks: VerifyJob['items'][] = [];
    for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
    const results = await Promise.all(chunks.map((c) => this.#run(vkey, c)));
    return results.flat();
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
    this.#slots.length = 0;
  }
}
