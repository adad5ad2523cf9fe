/**
 * The wattproof prover (Node): prove bills in a worker thread, verify them, decode their public
 * signals, shape them for the chain, and load sha256-checked circuit artifacts from the build
 * directory or a URL. Browsers import `./browser.js`, which has the same API with URL-loaded
 * artifacts and a Web Worker.
 * @packageDocumentation
 */
export { proveBill } from './prove-bill.js';
export { assertBillSignals, assertPlainProof, BILL_SIGNAL_COUNT, buildBillInput, decodeBillSignals, expectedPublicSignals, toSettlementArgs, verifyBill, } from './api-common.js';
export { loadCircuitArtifacts, defaultBuildDir, ArtifactError } from './artifacts/index.js';
export { loadCircuitArtifactsFromUrl } from './artifacts/browser.js';
export { shutdownProver } from './groth16.js';
//# sourceMappingURL=index.js.map