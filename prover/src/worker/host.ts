/**
 * The host side of the worker protocol: send one request, relay progress, settle on the
 * result, and terminate the worker on completion, failure or cancellation (browsers; Node keeps
 * its workers between jobs: ./pool.ts). Platform adapters (Node, browser) only wrap their Worker
 * in a {@link WorkerEndpoint}.
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

/**
 * Runs one request on `worker` (already started; the request is posted when it is ready). Resolves with the result or rejects with a
 * ProofError (the job failed), the worker's crash, or the abort reason; the worker is
 * terminated in every case.
 */
export function runOnWorker(
  worker: WorkerEndpoint,
  req: ProveRequest,
  transfer: ArrayBuffer[],
  onProgress: (m: ProgressMessage) => void,
  signal?: AbortSignal,
): Promise<JobResult> {
  return new Promise<JobResult>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      fn();
    };
    const onAbort = (): void => finish(() => reject(abortReason(signal!)));
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.listen(
      (m) => {
        if (settled) return;
        if (m.type === 'ready') worker.post(req, transfer);
        else if (m.type === 'progress') onProgress(m);
        else if (m.type === 'result') {
          const { proof, publicSignals, witnessMs, provingMs } = m;
          finish(() => resolve({ proof, publicSignals, witnessMs, provingMs }));
        } else if (m.type === 'error') finish(() => reject(jobError(m)));
      },
      (e) => finish(() => reject(new ProofError(`prover worker failed: ${e.message}`, { cause: e }))),
    );
  });
}
