/**
 * Browser (module) Web Worker entry of the prover: same protocol as the Node worker.
 * Start it with `new Worker(new URL('./browser-worker.js', import.meta.url), { type: 'module' })`.
 * @packageDocumentation
 */
/// <reference lib="webworker" />
import { runProveJob } from './job.js';
const scope = self;
scope.addEventListener('message', (e) => {
    // Browsers allow nested workers, so snarkjs may use its helper threads where Worker exists here.
    void runProveJob(e.data, (m) => scope.postMessage(m), { singleThread: typeof globalThis.Worker !== 'function' });
}, { once: true });
scope.postMessage({ type: 'ready' });
//# sourceMappingURL=browser-worker.js.map