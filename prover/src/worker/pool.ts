/**
 * Prover workers kept between jobs: starting a worker and building its curve cost ~0.5 s of the
 * ~2.5 s CPU of a bill_1d_30m proof, so a worker that answered a job cleanly waits (idle, not
 * keeping the process alive) for the next one. One job per worker at a time; a worker that failed, answered an error
 * or was cancelled is terminated, never reused.
 * @packageDocumentation
 */
import { ProofError } from '../../../core/src/errors.js';
import { abortReason, jobError, type JobResult, type WorkerEndpoint } from './host.js';
import type { ProgressMessage, ProveRequest, WorkerMessage } from './protocol.js';

/** Bounds of a {@link WorkerPool}. */
export interface WorkerPoolOptions {
  /** Starts a worker whose entry answers any number of requests, one after another. */
  start: () => WorkerEndpoint;
  /** Idle workers kept at most; a worker finishing while this many wait is terminated. */
  maxIdle: number;
  /** An idle worker is terminated after this many milliseconds without a job. */
  idleMs: number;
}

/** Counters of a {@link WorkerPool}, for tests and diagnostics. */
export interface WorkerPoolStats {
  /** Workers started since the pool was created. */
  started: number;
  /** Workers waiting for a job. */
  idle: number;
  /** Workers running a job. */
  busy: number;
}

interface Slot {
  endpoint: WorkerEndpoint;
  /** The worker sent `ready`: it takes requests from now on. */
  ready: boolean;
  /** Crashed, exited or terminated: never handed out again. */
  gone: boolean;
  /** The running job; undefined while idle. */
  job?: { post(): void; onMessage(m: WorkerMessage): void; onFailure(e: Error): void };
  idleTimer?: ReturnType<typeof setTimeout>;
}

/** Runs proving jobs on reusable workers (see the module comment for the rules). */
export class WorkerPool {
  readonly #opts: WorkerPoolOptions;
  #idle: Slot[] = [];
  #busy = new Set<Slot>();
  #started = 0;

  constructor(opts: WorkerPoolOptions) {
    if (!Number.isInteger(opts.maxIdle) || opts.maxIdle < 0) throw new RangeError(`maxIdle must be a non-negative integer, got ${opts.maxIdle}`);
    if (!(opts.idleMs >= 0)) throw new RangeError(`idleMs must be non-negative, got ${opts.idleMs}`);
    this.#opts = opts;
  }

  /**
   * Runs one request on an idle worker, or a new one. Resolves with the result or rejects with a
   * ProofError (the job failed, or the worker crashed) or the abort reason; an abort terminates
   * the worker at once.
   */
  run(req: ProveRequest, transfer: ArrayBuffer[], onProgress: (m: ProgressMessage) => void, signal?: AbortSignal): Promise<JobResult> {
    return new Promise<JobResult>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const slot = this.#take();
      let settled = false;
      const finish = (reuse: boolean, fn: () => void): void => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        slot.job = undefined;
        this.#busy.delete(slot);
        if (reuse) this.#park(slot);
        else this.#discard(slot);
        fn();
      };
      const onAbort = (): void => finish(false, () => reject(abortReason(signal!)));
      signal?.addEventListener('abort', onAbort, { once: true });
      slot.job = {
        post: () => slot.endpoint.post(req, transfer),
        onMessage: (m) => {
          if (m.type === 'progress') onProgress(m);
          else if (m.type === 'result') {
            const { proof, publicSignals, witnessMs, provingMs } = m;
            finish(true, () => resolve({ proof, publicSignals, witnessMs, provingMs }));
          } else if (m.type === 'error') finish(false, () => reject(jobError(m)));
        },
        onFailure: (e) => finish(false, () => reject(new ProofError(`prover worker failed: ${e.message}`, { cause: e }))),
      };
      if (slot.ready) slot.job.post();
    });
  }

  /** Terminates the idle workers (running jobs finish, then their workers wait as usual). */
  releaseIdle(): void {
    for (const slot of [...this.#idle]) this.#discard(slot);
  }

  /** How many workers were started, wait, and work. */
  stats(): WorkerPoolStats {
    return { started: this.#started, idle: this.#idle.length, busy: this.#busy.size };
  }

  #take(): Slot {
    // The most recently parked worker first: the others may then reach their idle timeout.
    const reused = this.#idle.pop();
    if (reused !== undefined) {
      clearTimeout(reused.idleTimer);
      reused.endpoint.ref?.();
      this.#busy.add(reused);
      return reused;
    }
    const slot: Slot = { endpoint: this.#opts.start(), ready: false, gone: false };
    this.#started += 1;
    slot.endpoint.listen(
      (m) => {
        if (slot.gone) return;
        if (m.type === 'ready') {
          slot.ready = true;
          slot.job?.post();
        } else slot.job?.onMessage(m);
      },
      (e) => {
        if (slot.gone) return;
        // A worker dying while idle only leaves the pool; one dying in a job fails the job.
        if (slot.job) slot.job.onFailure(e);
        else this.#discard(slot);
      },
    );
    this.#busy.add(slot);
    return slot;
  }

  #park(slot: Slot): void {
    if (slot.gone || this.#idle.length >= this.#opts.maxIdle) {
      this.#discard(slot);
      return;
    }
    slot.endpoint.unref?.();
    const timer = setTimeout(() => this.#discard(slot), this.#opts.idleMs);
    // The timer must not keep the process alive either (Node; browsers return a number).
    (timer as { unref?: () => void }).unref?.();
    slot.idleTimer = timer;
    this.#idle.push(slot);
  }

  #discard(slot: Slot): void {
    clearTimeout(slot.idleTimer);
    this.#idle = this.#idle.filter((s) => s !== slot);
    if (slot.gone) return;
    slot.gone = true;
    slot.endpoint.terminate();
  }
}

/**
 * Runs one request on `worker` (already started; the request is posted when it is ready) and
 * terminates it in every case: a pool that keeps no idle worker (the browser's path, a Web Worker
 * per proof). Resolves with the result or rejects as {@link WorkerPool.run} does.
 */
export function runOnWorker(
  worker: WorkerEndpoint,
  req: ProveRequest,
  transfer: ArrayBuffer[],
  onProgress: (m: ProgressMessage) => void,
  signal?: AbortSignal,
): Promise<JobResult> {
  if (signal?.aborted) {
    worker.terminate();
    return Promise.reject(abortReason(signal));
  }
  return new WorkerPool({ start: () => worker, maxIdle: 0, idleMs: 0 }).run(req, transfer, onProgress, signal);
}
