/**
 * Starts the prover's Node worker (worker_threads). From TypeScript sources (tsx, vitest) the
 * worker goes through node-bootstrap.mjs, which registers tsx; compiled, node-worker.js runs
 * directly.
 * @packageDocumentation
 */
import { Worker } from 'node:worker_threads';
import type { WorkerEndpoint } from './host.js';
import type { WorkerMessage } from './protocol.js';

/** Start a Node prover worker. */
export function startNodeWorker(): WorkerEndpoint {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './node-worker.ts' : './node-worker.js', import.meta.url);
  // snarkjs loads the `web-worker` package, which in any non-main thread assumes it started that
  // thread and loads `workerData.mod` as the worker script (crashing on a missing workerData,
  // logging an error on a missing mod). An empty module keeps it quiet.
  const workerData = { entry: entry.href, mod: 'data:text/javascript,', type: 'module' };
  const worker = fromSource ? new Worker(new URL('./node-bootstrap.mjs', import.meta.url), { workerData }) : new Worker(entry, { workerData });
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
  };
}
