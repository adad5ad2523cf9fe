/**
 * The host side of the worker protocol: what a worker must offer ({@link WorkerEndpoint}), what a
 * job answers, and the errors it rejects with. Running jobs is ./pool.ts's (Node keeps its workers
 * between jobs; a browser's Web Worker runs one job: runOnWorker). Platform adapters (Node,
 * browser) only wrap their Worker in a {@link WorkerEndpoint}.
 * @packageDocumentation
 */
import { ProofError } from '../../../core/src/errors.js';
import type { Groth16Proof } from '../groth16.js';
import type { ProgressMessage, ProveRequest, WorkerMessage } from './protocol.js';

/** What the host needs of a worker, whatever the platform. */
export interface WorkerEndpoint {
  post(req: ProveRequest, transfer: ArrayBuffer[]): void;
  /** Subscribe to the worker's messages, crashes (`Error`) and unexpected exits. */
  listen(onMessage: (m: WorkerMessage) => void, onFailure: (e: Error) => void): void;
  terminate(): void;
  /** Let the worker keep the process alive (Node; a pooled worker while it runs a job). */
  ref?(): void;
  /** Stop the worker from keeping the process alive (Node; a pooled worker while idle). */
  unref?(): void;
}

/** A finished proving job. */
export interface JobResult {
  proof: Groth16Proof;
  publicSignals: string[];
  witnessMs: number;
  provingMs: number;
}

/** The error a cancelled job rejects with: the signal's reason, or an AbortError. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('proving was cancelled', 'AbortError');
}

/** Turns a worker's error message into the error proveBill throws. */
export function jobError(m: Extract<WorkerMessage, { type: 'error' }>): Error {
  return new ProofError(m.message);
}
