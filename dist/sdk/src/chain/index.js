/**
 * Typed ethers v6 clients of the wattproof contracts, and deployment.
 * @packageDocumentation
 */
export { MeterRegistryClient, OPEN_END } from './meter-registry.js';
export { TariffRegistryClient, midnightOffsetOf, MAX_TZ_OFFSET, } from './tariff-registry.js';
export { SettlementClient, claimOfSignals, decodeSettled, decodeSkipped, errorNameOf, settledBillToJSON, toSnarkjsProof, } from './settlement.js';
export { deployWattproof, verifierContractName, } from './deploy.js';
export { ContractRevertError, revertOf, decodeRevertData, toChainError, chainCall } from './errors.js';
export { AdminClient } from './admin.js';
//# sourceMappingURL=index.js.map