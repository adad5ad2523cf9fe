/**
 * Starts the prover's browser Web Worker (a module worker).
 * @packageDocumentation
 */
import type { WorkerEndpoint } from './host.js';
/**
 * Start a browser prover worker. Bundlers (Vite, webpack 5, esbuild with a worker plugin)
 * recognise this `new Worker(new URL(...), { type: 'module' })` form and bundle the worker;
 * pass your own Worker to {@link wrapWebWorker} when your setup serves it elsewhere.
 */
export declare function startBrowserWorker(): WorkerEndpoint;
/** Adapts a started Web Worker running browser-worker.js to the host protocol. */
export declare function wrapWebWorker(worker: Worker): WorkerEndpoint;
