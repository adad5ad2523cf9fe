/**
 * wattproof SDK (Node): zero-knowledge settlement of electricity bills.
 *
 * The roles are the entry points:
 * - {@link Meter}: keys, CSV / Green Button import, billing periods, signing;
 * - {@link TariffAuthoring}: build, validate, commit, serialize, reference bill;
 * - {@link MeteringAuthority}: register meters, rotate and revoke keys;
 * - {@link Retailer}: register and offer tariffs, list settlements, withdraw;
 * - {@link Consumer}: accept a tariff, deposit, prove and settle bills (idempotently), arrears;
 * - {@link Regulator}: approve or reject tariffs, pause, audit.
 *
 * Each on-chain role works over a {@link WattproofConnection} (one deployment, one account),
 * made with {@link WattproofConnection.connect} from a Settlement address, or from
 * {@link deployWattproof}'s result. {@link connectRpc} gives a JSON-RPC provider that retries
 * transient failures. Every error is a {@link WattproofError} with a stable `code`.
 *
 * Amounts are bigint in the token's smallest unit; energy is integer Wh; proofs and public
 * signals are plain data with decimal strings.
 * @packageDocumentation
 */
// Errors: one hierarchy, stable codes.
export { WattproofError, ValidationError, ArtifactError, ProofError, ChainError, ImportError, isWattproofError, } from '../../core/src/errors.js';
// Roles.
export * from './roles/index.js';
// The regulator's audit.
export * from './audit/index.js';
// Nodes and retries.
export * from './net/index.js';
// Chain clients and deployment.
export * from './chain/index.js';
// Engine: tariffs, meters, bills, crypto.
export * from '../../core/src/tariff/index.js';
export * from '../../core/src/meter/index.js';
export * from '../../core/src/bill/index.js';
export { FIELD_P, poseidon, generateMeterKey, meterKeyToHex, meterKeyFromHex, meterPublicKey, keyHash, signStatement, verifyStatementSignature, } from '../../core/src/crypto/index.js';
// Proving and verifying (the prover package, re-exported for one import).
export { proveBill, verifyBill, decodeBillSignals, toSettlementArgs, buildBillInput, expectedPublicSignals, loadCircuitArtifacts, shutdownProver, } from '../../prover/src/index.js';
//# sourceMappingURL=index.js.map