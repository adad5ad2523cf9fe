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
export {
  WattproofError,
  ValidationError,
  ArtifactError,
  ProofError,
  ChainError,
  ImportError,
  isWattproofError,
  type WattproofErrorOptions,
  type ChainErrorOptions,
} from '../../core/src/errors.js';

// Roles.
export {
  AlreadySettledError,
  type BillCircuitInfo,
  type BillProofData,
  builtBillCircuits,
  chooseCircuit,
  commitmentOf,
  type ConnectionOptions,
  Consumer,
  type ConsumerProveOptions,
  Meter,
  METER_KEY_FORMAT,
  MeteringAuthority,
  type MeterKeyFile,
  type MeterRegistration,
  Regulator,
  type RegulatorAuditOptions,
  Retailer,
  type SettleOptions,
  type SettleReceipt,
  TariffAuthoring,
  type TariffRef,
  type TariffValidation,
  type TokenInfo,
  WattproofConnection,
} from './roles/index.js';

// The wholesale side (docs/market-spec.md).
export { type AuditedMarketSettlement, auditMarket, type MarketAuditReport } from './audit/index.js';
export { Generator, MarketOperator, type MarketAddresses, MarketParty, Wholesaler, type ZoneRef } from './roles/index.js';
export { AGREEMENT_KINDS, type AgreementKind, MarketSettlementClient, PpaRegistryClient, PriceFeedClient } from './chain/market.js';

// The regulator's audit.
export {
  audit,
  type AuditCheck,
  type AuditedSettlement,
  auditLogs,
  type AuditOptions,
  type AuditReport,
  auditReportToJSON,
  checkSetup,
  checkVerifierCode,
  compileVerifierSource,
  deployVerifierSource,
  expectedVerifierCode,
  loadPublishedKeys,
  proofFromEvent,
  type PublishedKey,
  renderVerifierSource,
  type SetupContribution,
  type SetupReport,
  settledLogs,
  solcVersion,
  stripMetadata,
  VERIFIER_COMPILER,
  type VerifierCheck,
} from './audit/index.js';

// Nodes and retries.
export {
  connectRpc,
  DEFAULT_RETRY,
  isTransientError,
  isUnsentError,
  type RetryInfo,
  RetryingJsonRpcProvider,
  type RetryPolicy,
  type RpcOptions,
  TransientRpcError,
  withRetry,
} from './net/index.js';

// The collector: verify proofs off-chain, settle them in gas-sized batches.
export {
  billsPerBatch,
  collectedFromJson,
  Collector,
  type BatchReport,
  type CollectedProof,
  type CollectorOptions,
  type CollectReport,
  type DroppedProof,
  type SettledOutcome,
} from './collector/index.js';

// Chain clients and deployment.
export {
  chainCall,
  ContractRevertError,
  decodeRevertData,
  type BatchSettlement,
  claimOfSignals,
  decodeSettled,
  decodeSkipped,
  type DeployOptions,
  deployWattproof,
  type KeyInfo,
  type LedgerPosition,
  type MeterInfo,
  MeterRegistryClient,
  type MeterRegistryRole,
  OPEN_END,
  revertOf,
  type SettledBill,
  settledBillToJSON,
  type SkippedBill,
  SettlementClient,
  type SettlementFilter,
  type SettlementProof,
  type SettlementRole,
  type TariffInfo,
  TariffRegistryClient,
  type TariffRegistryRole,
  type TariffStatus,
  toChainError,
  toSnarkjsProof,
  type TxResult,
  verifierContractName,
  type WattproofAddresses,
  type WattproofDeployment,
} from './chain/index.js';

// Engine: tariffs, meters, bills, crypto.
export {
  BAND_COUNT,
  type BandRange,
  type BandScheduleInput,
  bandsToRanges,
  COMMITMENT_WORDS,
  createTariff,
  DAY_LIMIT,
  DAY_SECONDS,
  dayNumberToIsoDate,
  type EncodedTariff,
  encodedTariffCommitment,
  encodeTariff,
  expandBandRanges,
  EXPORT_BAND_COUNT,
  formatTimeOfDay,
  HOLIDAY_SLOTS,
  isoDateToDayNumber,
  localDayNumber,
  localMidnight,
  MAX_TAX_BPS,
  newTariffSalt,
  parseTariff,
  parseTariffJson,
  parseTimeOfDay,
  parseWeekday,
  serializeTariff,
  type SlotsPerDay,
  SUPPORTED_SLOTS_PER_DAY,
  type Tariff,
  TARIFF_FORMAT,
  tariffBitFields,
  tariffBitLength,
  tariffCommitment,
  type TariffCurrency,
  tariffFieldPath,
  type TariffInput,
  tariffSchema,
  type TariffTier,
  tariffToJSON,
  tariffWords,
  TIER_COUNT,
  TZ_BIAS,
  UNLIMITED_ALLOWANCE,
  WEEKDAY_NAMES,
  type WeekdayName,
  weekdayOfDay,
  WIDTH,
  WORD_BITS,
} from '../../core/src/tariff/index.js';
export {
  assertSignedPeriod,
  contiguousSeries,
  type CsvImportOptions,
  ELEMENTS_PER_BLOCK,
  energyToWh,
  FLOW_FORWARD,
  FLOW_REVERSE,
  type GreenButtonData,
  type GreenButtonImportOptions,
  type HouseholdOptions,
  householdSeries,
  intervalCount,
  type IntervalData,
  localMidnightOf,
  MAX_INTERVAL_COUNT,
  METER_PERIOD_FORMAT,
  type MeterPeriod,
  meterPeriodSchema,
  meterPeriodToJSON,
  packReadings,
  parseGreenButtonXml,
  parseIntervalCsv,
  parseMeterPeriod,
  parseMeterPeriodDocument,
  parseMeterPeriodJson,
  parseSignedPeriodDocument,
  parseSignedPeriodJson,
  parseTimestamp,
  PERIOD_START_LIMIT,
  periodEnd,
  periodStatement,
  READING_BITS,
  READING_LIMIT,
  READINGS_PER_ELEMENT,
  serializeMeterPeriod,
  serializeSignedPeriod,
  seriesDigest,
  SIGNED_PERIOD_FORMAT,
  type SignedPeriod,
  signedPeriodProblem,
  signedPeriodToJSON,
  signPeriod,
  splitBillingPeriods,
  type SplitOptions,
  UOM_WH,
  verifySignedPeriod,
} from '../../core/src/meter/index.js';
export {
  addressToBigInt,
  type AmountsSignal,
  type BandItem,
  type Bill,
  chargeOf,
  computeBill,
  MAX_BILL_DAYS,
  packAmounts,
  packPeriod,
  periodLayout,
  type PeriodSignal,
  restDayFlags,
  roundMilli,
  settlementDomain,
  type StandingItem,
  type TierItem,
  unpackAmounts,
  unpackDomain,
  unpackPeriod,
} from '../../core/src/bill/index.js';
export {
  FIELD_P,
  poseidon,
  generateMeterKey,
  meterKeyToHex,
  meterKeyFromHex,
  meterPublicKey,
  keyHash,
  signStatement,
  verifyStatementSignature,
  type MeterPublicKey,
  type StatementSignature,
} from '../../core/src/crypto/index.js';

// Proving and verifying (the prover package, re-exported for one import).
export {
  proveBill,
  verifyBill,
  decodeBillSignals,
  toSettlementArgs,
  buildBillInput,
  expectedPublicSignals,
  loadCircuitArtifacts,
  shutdownProver,
  type ProveBillOptions,
  type BillProof,
  type PlainProof,
  type ProveProgress,
  type ProvePhase,
  type ProveTimings,
  type VerifyBillOptions,
  type DecodedBillSignals,
  type BillSolidityArgs,
  type CircuitArtifacts,
} from '../../prover/src/index.js';
