import type { ProveRequest, WorkerMessage } from './protocol.js';
/** How the job may use threads. */
export interface JobOptions {
    /**
     * Do the curve arithmetic on this thread only. Needed inside a Node worker thread, where
     * ffjavascript cannot start its helper threads (its `web-worker` dependency only starts
     * workers from the main thread); elsewhere snarkjs uses one helper thread per core.
     */
    singleThread?: boolean;
}
/**
 * Runs a {@link ProveRequest} and reports through `emit`: progress messages, then exactly one
 * `result` or `error` message. Never throws.
 */
export declare function runProveJob(req: ProveRequest, emit: (m: WorkerMessage) => void, opts?: JobOptions): Promise<void>;
