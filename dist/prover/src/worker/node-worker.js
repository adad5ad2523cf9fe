/**
 * Node worker_threads entry of the prover: receives one {@link ProveRequest}, answers with
 * progress messages and one result or error. The host terminates the worker afterwards.
 * Single-threaded: ffjavascript cannot start its helper threads from inside a worker thread.
 * @packageDocumentation
 */
import { parentPort } from 'node:worker_threads';
import { runProveJob } from './job.js';
const port = parentPort;
if (port === null)
    throw new Error('prover/src/worker/node-worker is a worker_threads entry; start it with new Worker(...)');
port.once('message', (req) => {
    void runProveJob(req, (m) => port.postMessage(m), { singleThread: true });
});
port.postMessage({ type: 'ready' });
//# sourceMappingURL=node-worker.js.map