/**
 * The collector: verify consumers' bill proofs off-chain and settle them in gas-sized batches.
 * @packageDocumentation
 */
export {
  BATCH_BASE_GAS,
  BATCH_PER_BILL_GAS,
  DEFAULT_BATCH_GAS_LIMIT,
  billsPerBatch,
  collectedFromJson,
  Collector,
  type BatchReport,
  type CollectedProof,
  type CollectorOptions,
  type CollectReport,
  type DropCode,
  type DroppedProof,
  type ReadyBill,
  type SettledOutcome,
} from './collector.js';
export { BILL_PROOF_DOCUMENT_FORMAT, billProofDocument, handToCollector, type HandOffReceipt } from './handoff.js';
