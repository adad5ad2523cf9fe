import type { WorkerEndpoint } from './host.js';
/** Start a Node prover worker. */
export declare function startNodeWorker(): WorkerEndpoint;
