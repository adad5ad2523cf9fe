/**
 * Typed ethers v6 clients of the wattproof contracts, and deployment.
 * @packageDocumentation
 */
export { MeterRegistryClient, OPEN_END, type MeterInfo, type KeyInfo, type MeterRegistryRole } from './meter-registry.js';
export {
  TariffRegistryClient,
  midnightOffsetOf,
  MAX_TZ_OFFSET,
  type TariffInfo,
  type TariffStatus,
  type TariffRegistryRole,
} from './tariff-registry.js';
export {
  SettlementClient,
  claimOfSignals,
  decodeSettled,
  decodeBatchSettled,
  decodeBatchSettledLog,
  batchFromCalldata,
  billsOfLogs,
  type BatchSettledLog,
  type LogBills,
  type MeterParties,
  movementOf,
  decodeSkipped,
  errorNameOf,
  settledBillToJSON,
  type BatchSettlement,
  type SkippedBill,
  toSnarkjsProof,
  type SettlementProof,
  type SettledBill,
  type SettledMovement,
  type LedgerPosition,
  type SettlementFilter,
  type SettlementRole,
} from './settlement.js';
export {
  deployVerifier,
  deployWattproof,
  verifierContractName,
  type DeployOptions,
  type WattproofAddresses,
  type WattproofDeployment,
} from './deploy.js';
export { ContractRevertError, revertOf, decodeRevertData, toChainError, chainCall } from './errors.js';
export { AdminClient } from './admin.js';
export type { TxResult } from './tx.js';
