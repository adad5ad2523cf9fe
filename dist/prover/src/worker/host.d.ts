import type { Groth16Proof } from '../groth16.js';
import type { ProgressMessage, ProveRequest, WorkerMessage } from './protocol.js';
/** What the host needs of a worker, whatever the platform. */
export interface WorkerEndpoint {
    post(req: ProveRequest, transfer: ArrayBuffer[]): void;
    /** Subscribe to the worker's messages, crashes (`Error`) and unexpected exits. */
    listen(onMessage: (m: WorkerMessage) => void, onFailure: (e: Error) => void): void;
    terminate(): void;
}
/** A finished proving job. */
export interface JobResult {
    proof: Groth16Proof;
    publicSignals: string[];
    witnessMs: number;
    provingMs: number;
}
/** The error a cancelled job rejects with: the signal's reason, or an AbortError. */
export declare function abortReason(signal: AbortSignal): unknown;
/** Turns a worker's error message into the error proveBill throws. */
export declare function jobError(m: Extract<WorkerMessage, {
    type: 'error';
}>): Error;
/**
 * Runs one request on `worker` (already started; the request is posted when it is ready). Resolves with the result or rejects with a
 * ProofError (the job failed), the worker's crash, or the abort reason; the worker is
 * terminated in every case.
 */
export declare function runOnWorker(worker: WorkerEndpoint, req: ProveRequest, transfer: ArrayBuffer[], onProgress: (m: ProgressMessage) => void, signal?: AbortSignal): Promise<JobResult>;
