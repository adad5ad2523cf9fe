/**
 * The wattproof prover for browsers: the API of ./index.ts with artifacts fetched from a URL
 * (sha256-checked with WebCrypto) and proving in a module Web Worker. No node: imports.
 * @packageDocumentation
 */
import { ValidationError } from '../../core/src/errors.js';
import { loadCircuitArtifactsFromUrl } from './artifacts/browser.js';
import { proveBillOn, type BillProof, type ProveBillBaseOptions } from './prove-core.js';
import { startBrowserWorker, wrapWebWorker } from './worker/browser-host.js';
import { runOnWorker } from './worker/pool.js';

export {
  assertBillSignals,
  assertPlainProof,
  BILL_SIGNAL_COUNT,
  type BillCircuitInput,
  type BillInputOptions,
  type BillProof,
  type BillPublicSignals,
  type BillSolidityArgs,
  buildBillInput,
  decodeBillSignals,
  type DecodedBillSignals,
  expectedPublicSignals,
  type PlainProof,
  type ProveBillBaseOptions,
  type ProvePhase,
  type ProveProgress,
  type ProveTimings,
  toSettlementArgs,
  verifyBill,
  type VerifyBillOptions,
} from './api-common.js';
export { loadCircuitArtifactsFromUrl, ArtifactError } from './artifacts/browser.js';
export type { CircuitArtifacts } from './artifacts/index.js';
/** A no-op in browsers (the prover runs in a Web Worker that ends with each proof); here so code shared with Node can call it. */
export { shutdownProver } from './shutdown.js';

/** Options of the browser {@link proveBill}. */
export interface BrowserProveBillOptions extends ProveBillBaseOptions {
  /** URL of the served build directory (with manifest.json), used when `artifacts` is not given. */
  artifactsUrl?: string | URL;
  /** Starts the worker (a module Worker running worker/browser-worker.js) when the default URL does not fit your bundler. */
  createWorker?: () => Worker;
}

/**
 * Proves a bill in a Web Worker; same steps, progress and errors as the Node `proveBill`.
 * Give either `artifacts` (from {@link loadCircuitArtifactsFromUrl}, reusable across proofs)
 * or `artifactsUrl`.
 */
export function proveBill(options: BrowserProveBillOptions): Promise<BillProof> {
  return proveBillOn(
    {
      loadArtifacts: (circuit) => {
        if (options.artifactsUrl === undefined) {
          return Promise.reject(new ValidationError('artifactsUrl', 'is needed in a browser when no `artifacts` are given'));
        }
        return loadCircuitArtifactsFromUrl(options.artifactsUrl, circuit);
      },
      // A new Web Worker per proof, terminated after it (as wallet pages expect).
      runOnWorker: (req, onProgress, signal) =>
        runOnWorker(options.createWorker ? wrapWebWorker(options.createWorker()) : startBrowserWorker(), req, [], onProgress, signal),
    },
    options,
  );
}
