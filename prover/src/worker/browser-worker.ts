/**
 * Browser (module) Web Worker entry of the prover: same protocol as the Node worker.
 * Start it with `new Worker(new URL('./browser-worker.js', import.meta.url), { type: 'module' })`.
 * @packageDocumentation
 */
/// <reference lib="webworker" />
import { runProveJob } from './job.js';
import type { ProveRequest, WorkerMessage } from './protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener(
  'message',
  (e: MessageEvent<ProveRequest>) => {
    // Browsers allow nested workers, so snarkjs may use its helper threads where Worker exists here.
    void runProveJob(e.data, (m: WorkerMessage) => scope.postMessage(m), { singleThread: typeof (globalThis as { Worker?: unknown }).Worker !== 'function' });
  },
  { once: true },
);
scope.postMessage({ type: 'ready' } satisfies WorkerMessage);
