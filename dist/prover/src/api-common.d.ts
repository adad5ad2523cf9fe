/**
 * The part of the prover's public API that Node (./index.ts) and browsers (./browser.ts) share:
 * proof types, verification and decoding, and witness input building. No node: imports.
 */
export type { BillProof, PlainProof, ProveBillBaseOptions, ProvePhase, ProveProgress, ProveTimings } from './prove-core.js';
export { verifyBill, decodeBillSignals, toSettlementArgs, assertPlainProof, assertBillSignals, BILL_SIGNAL_COUNT, type VerifyBillOptions, type DecodedBillSignals, type BillSolidityArgs, } from './verify-bill.js';
export { buildBillInput, expectedPublicSignals, type BillInputOptions, type BillCircuitInput, type BillPublicSignals } from './bill-input.js';
