/**
 * The wattproof prover for browsers: the API of ./index.ts with artifacts fetched from a URL
 * (sha256-checked with WebCrypto) and proving in a module Web Worker. No node: imports.
 * @packageDocumentation
 */
import { ValidationError } from '../../core/src/errors.js';
import { loadCircuitArtifactsFromUrl } from './artifacts/browser.js';
import { proveBillOn } from './prove-core.js';
import { startBrowserWorker, wrapWebWorker } from './worker/browser-host.js';
export { assertBillSignals, assertPlainProof, BILL_SIGNAL_COUNT, buildBillInput, decodeBillSignals, expectedPublicSignals, toSettlementArgs, verifyBill, } from './api-common.js';
export { loadCircuitArtifactsFromUrl, ArtifactError } from './artifacts/browser.js';
/** A no-op in browsers (the prover runs in a Web Worker that ends with each proof); here so code shared with Node can call it. */
export { shutdownProver } from './shutdown.js';
/**
 * Proves a bill in a Web Worker; same steps, progress and errors as the Node `proveBill`.
 * Give either `artifacts` (from {@link loadCircuitArtifactsFromUrl}, reusable across proofs)
 * or `artifactsUrl`.
 */
export function proveBill(options) {
    return proveBillOn({
        loadArtifacts: (circuit) => {
            if (options.artifactsUrl === undefined) {
                return Promise.reject(new ValidationError('artifactsUrl', 'is needed in a browser when no `artifacts` are given'));
            }
            return loadCircuitArtifactsFromUrl(options.artifactsUrl, circuit);
        },
        startWorker: () => (options.createWorker ? wrapWebWorker(options.createWorker()) : startBrowserWorker()),
    }, options);
}
//# sourceMappingURL=browser.js.map