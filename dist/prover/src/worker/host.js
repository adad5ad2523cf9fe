/**
 * The host side of the worker protocol: send one request, relay progress, settle on the
 * result, and terminate the worker on completion, failure or cancellation. Platform adapters
 * (Node, browser) only wrap their Worker in a {@link WorkerEndpoint}.
 * @packageDocumentation
 */
import { ProofError } from '../../../core/src/errors.js';
/** The error a cancelled job rejects with: the signal's reason, or an AbortError. */
export function abortReason(signal) {
    return signal.reason ?? new DOMException('proving was cancelled', 'AbortError');
}
/** Turns a worker's error message into the error proveBill throws. */
export function jobError(m) {
    return new ProofError(m.message);
}
/**
 * Runs one request on `worker` (already started; the request is posted when it is ready). Resolves with the result or rejects with a
 * ProofError (the job failed), the worker's crash, or the abort reason; the worker is
 * terminated in every case.
 */
export function runOnWorker(worker, req, transfer, onProgress, signal) {
    return new Promise((resolve, reject) => {
        let settled = false;
        const finish = (fn) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            worker.terminate();
            fn();
        };
        const onAbort = () => finish(() => reject(abortReason(signal)));
        if (signal?.aborted) {
            onAbort();
            return;
        }
        signal?.addEventListener('abort', onAbort, { once: true });
        worker.listen((m) => {
            if (settled)
                return;
            if (m.type === 'ready')
                worker.post(req, transfer);
            else if (m.type === 'progress')
                onProgress(m);
            else if (m.type === 'result') {
                const { proof, publicSignals, witnessMs, provingMs } = m;
                finish(() => resolve({ proof, publicSignals, witnessMs, provingMs }));
            }
            else if (m.type === 'error')
                finish(() => reject(jobError(m)));
        }, (e) => finish(() => reject(new ProofError(`prover worker failed: ${e.message}`, { cause: e }))));
    });
}
//# sourceMappingURL=host.js.map