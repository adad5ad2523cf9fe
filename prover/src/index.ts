/**
 * The wattproof prover (Node): prove bills in a worker thread, verify them, decode their public
 * signals, shape them for the chain, and load sha256-checked circuit artifacts from the build
 * directory or a URL. Browsers import `./browser.js`, which has the same API with URL-loaded
 * artifacts and a Web Worker.
 * @packageDocumentation
 */
export { proveBill, type ProveBillOptions } from './prove-bill.js';
export { type MarketProof, proveMarketBill, type PublicPriceMarketProof, provePublicPriceBill } from './prove-market.js';
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
export { loadCircuitArtifacts, defaultBuildDir, ArtifactError, type CircuitArtifacts } from './artifacts/index.js';
export { loadCircuitArtifactsFromUrl } from './artifacts/browser.js';
export { shutdownProver, type Groth16Proof, type SolidityProofArgs } from './groth16.js';
