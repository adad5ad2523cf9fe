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
export { AlreadySettledError, builtBillCircuits, chooseCircuit, commitmentOf, Consumer, Meter, METER_KEY_FORMAT, MeteringAuthority, Regulator, Retailer, TariffAuthoring, WattproofConnection, } from './roles/index.js';
// The regulator's audit.
export { audit, auditLogs, auditReportToJSON, checkVerifierCode, expectedVerifierCode, loadPublishedKeys, proofFromEvent, renderVerifierSource, settledLogs, solcVersion, stripMetadata, VERIFIER_COMPILER, } from './audit/index.js';
// Nodes and retries.
export { connectRpc, DEFAULT_RETRY, isTransientError, isUnsentError, RetryingJsonRpcProvider, TransientRpcError, withRetry, } from './net/index.js';
// The collector: verify proofs off-chain, settle them in gas-sized batches.
export { billsPerBatch, collectedFromJson, Collector, } from './collector/index.js';
// Chain clients and deployment.
export { chainCall, ContractRevertError, decodeRevertData, claimOfSignals, decodeSettled, decodeSkipped, deployWattproof, MeterRegistryClient, OPEN_END, revertOf, settledBillToJSON, SettlementClient, TariffRegistryClient, toChainError, toSnarkjsProof, verifierContractName, } from './chain/index.js';
// Engine: tariffs, meters, bills, crypto.
export { BAND_COUNT, bandsToRanges, COMMITMENT_WORDS, createTariff, DAY_LIMIT, DAY_SECONDS, dayNumberToIsoDate, encodedTariffCommitment, encodeTariff, expandBandRanges, EXPORT_BAND_COUNT, formatTimeOfDay, HOLIDAY_SLOTS, isoDateToDayNumber, localDayNumber, localMidnight, MAX_TAX_BPS, newTariffSalt, parseTariff, parseTariffJson, parseTimeOfDay, parseWeekday, serializeTariff, SUPPORTED_SLOTS_PER_DAY, TARIFF_FORMAT, tariffBitFields, tariffBitLength, tariffCommitment, tariffFieldPath, tariffSchema, tariffToJSON, tariffWords, TIER_COUNT, TZ_BIAS, UNLIMITED_ALLOWANCE, WEEKDAY_NAMES, weekdayOfDay, WIDTH, WORD_BITS, } from '../../core/src/tariff/index.js';
export { assertSignedPeriod, contiguousSeries, ELEMENTS_PER_BLOCK, energyToWh, FLOW_FORWARD, FLOW_REVERSE, householdSeries, intervalCount, localMidnightOf, MAX_INTERVAL_COUNT, METER_PERIOD_FORMAT, meterPeriodSchema, meterPeriodToJSON, packReadings, parseGreenButtonXml, parseIntervalCsv, parseMeterPeriod, parseMeterPeriodDocument, parseMeterPeriodJson, parseSignedPeriodDocument, parseSignedPeriodJson, parseTimestamp, PERIOD_START_LIMIT, periodEnd, periodStatement, READING_BITS, READING_LIMIT, READINGS_PER_ELEMENT, serializeMeterPeriod, serializeSignedPeriod, seriesDigest, SIGNED_PERIOD_FORMAT, signedPeriodProblem, signedPeriodToJSON, signPeriod, splitBillingPeriods, UOM_WH, verifySignedPeriod, } from '../../core/src/meter/index.js';
export { addressToBigInt, chargeOf, computeBill, MAX_BILL_DAYS, packAmounts, packPeriod, periodLayout, restDayFlags, roundMilli, settlementDomain, unpackAmounts, unpackDomain, unpackPeriod, } from '../../core/src/bill/index.js';
export { FIELD_P, poseidon, generateMeterKey, meterKeyToHex, meterKeyFromHex, meterPublicKey, keyHash, signStatement, verifyStatementSignature, } from '../../core/src/crypto/index.js';
// Proving and verifying (the prover package, re-exported for one import).
export { proveBill, verifyBill, decodeBillSignals, toSettlementArgs, buildBillInput, expectedPublicSignals, loadCircuitArtifacts, shutdownProver, } from '../../prover/src/index.js';
//# sourceMappingURL=index.js.map