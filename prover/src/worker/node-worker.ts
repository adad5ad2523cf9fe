/**
 * Node worker_threads entry of the prover: answers each {@link ProveRequest} with progress
 * messages and one result or error. The host sends one request at a time and keeps the worker
 * for the next (./pool.ts), so the curve built by the first job serves the others.
 * Single-threaded: ffjavascript cannot start its helper threads from inside a worker thread.
 * @packageDocumentation
 */
import { parentPort } from 'node:worker_threads';
import { runProveJob } from './job.js';
import type { ProveRequest, WorkerMessage } from './protocol.js';

const port = parentPort;
if (port === null) throw new Error('prover/src/worker/node-worker is a worker_threads entry; start it with new Worker(...)');

// Jobs run one after another even if a host sent a second request early: they share the curve.
let queue: Promise<void> = Promise.resolve();
port.on('message', (req: ProveRequest) => {
  queue = queue.then(() => runProveJob(req, (m: WorkerMessage) => port.postMessage(m), { singleThread: true }));
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
