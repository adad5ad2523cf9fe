/**
 * Starts the prover's Node worker (worker_threads) and keeps workers between proofs (./pool.ts).
 * From TypeScript sources (tsx, vitest) the worker goes through node-bootstrap.mjs, which
 * registers tsx; compiled, node-worker.js runs directly.
 * @packageDocumentation
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { registerProverRelease } from '../shutdown.js';
import type { JobResult, WorkerEndpoint } from './host.js';
import { WorkerPool, type WorkerPoolStats } from './pool.js';
import type { ProgressMessage, ProveRequest, WorkerMessage } from './protocol.js';

/**
 * How long an idle worker (its curve and snarkjs loaded, tens of MB) is kept: long enough for a
 * run of proofs with chain calls in between, short enough not to hold memory in a long-lived
 * process that proves rarely.
 */
const IDLE_MS = 30_000;

/** Start a Node prover worker. */
export function startNodeWorker(): WorkerEndpoint {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './node-worker.ts' : './node-worker.js', import.meta.url);
  // snarkjs loads the `web-worker` package, which in any non-main thread assumes it started that
  // thread and loads `workerData.mod` as the worker script (crashing on a missing workerData,
  // logging an error on a missing mod). An empty module keeps it quiet.
  const workerData = { entry: entry.href, mod: 'data:text/javascript,', type: 'module' };
  return wrapNodeWorker(fromSource ? new Worker(new URL('./node-bootstrap.mjs', import.meta.url), { workerData }) : new Worker(entry, { workerData }));
}

/** Adapts a started worker thread that speaks the prover protocol to the host. */
export function wrapNodeWorker(worker: Worker): WorkerEndpoint {
  let done = false;
  return {
    post: (req, transfer) => worker.postMessage(req, transfer),
    listen(onMessage, onFailure) {
      worker.on('message', (m: WorkerMessage) => onMessage(m));
      worker.on('error', (e: Error) => onFailure(e));
      worker.on('exit', (code) => {
        if (!done) onFailure(new Error(`the worker exited (code ${code}) before answering`));
      });
    },
    terminate() {
      done = true;
      void worker.terminate();
    },
    ref: () => worker.ref(),
    unref: () => worker.unref(),
  };
}

let pool: WorkerPool | undefined;

function nodePool(): WorkerPool {
  if (pool === undefined) {
    // One worker per concurrent proof; more idle ones than cores would only hold memory.
    const p = new WorkerPool({ start: startNodeWorker, maxIdle: Math.max(1, availableParallelism()), idleMs: IDLE_MS });
    registerProverRelease(() => p.releaseIdle());
    pool = p;
  }
  return pool;
}

/**
 * Runs a proving job on an idle Node worker, or a new one (see ./pool.ts): consecutive proofs
 * reuse a worker whose curve is already built.
 */
export function runOnNodeWorker(req: ProveRequest, onProgress: (m: ProgressMessage) => void, signal?: AbortSignal): Promise<JobResult> {
  return nodePool().run(req, [], onProgress, signal);
}

/** Counters of the Node worker pool (tests: whether a proof reused a worker). */
export function nodeWorkerStats(): WorkerPoolStats {
  return nodePool().stats();
}
