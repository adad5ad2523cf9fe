/**
 * The regulator's audit (Node only: it compiles the regenerated verifier with solc-js and reads
 * the published keys from the build directory).
 * @packageDocumentation
 */
export {
  audit,
  auditLogs,
  settledLogs,
  auditCursorMoves,
  auditCursorChain,
  proofFromEvent,
  auditReportToJSON,
  type AuditCheck,
  type AuditedSettlement,
  type AuditReport,
  type CursorMove,
  type CursorRepair,
  type AuditOptions,
} from './audit.js';
export { loadPublishedKeys, type PublishedKey } from './published.js';
export {
  auditDisclosures,
  disclosedSettlements,
  provenDisclosure,
  type DisclosedSettlementView,
  type DisclosureAuditOptions,
  type DisclosureAuditReport,
  type DisclosureSummary,
  summarizeDisclosures,
} from './disclosure-audit.js';
export {
  combineRangePartials,
  PARTIALS_FORMAT,
  parseRangePartials,
  partialDecryptRange,
  type PartialDecryptRangeOptions,
  type RangePartial,
  type RangePartials,
  serializeRangePartials,
} from './threshold-audit.js';
export { checkSetup, type SetupReport, type SetupContribution } from './setup.js';
export {
  checkVerifierCode,
  compileVerifierSource,
  deployVerifierSource,
  expectedVerifierCode,
  renderVerifierSource,
  stripMetadata,
  solcVersion,
  VERIFIER_COMPILER,
  type VerifierCheck,
} from './verifier-code.js';
export {
  AuditIndex,
  DEFAULT_CONFIRMATIONS,
  DEFAULT_RANGE_BLOCKS,
  type AuditIndexOptions,
  type IndexFilter,
  type IndexReport,
  type IndexedSettlement,
  type SyncOptions,
  type SyncReport,
} from './audit-index.js';
export { openIndexStore, isPostgresUrl, INDEX_SCHEMA_VERSION, type IndexStore } from './index-store.js';
export { VerifyPool } from './verify-pool.js';
export { type AuditedMarketSettlement, auditMarket, type MarketAuditReport } from './market-audit.js';
export {
  auditDisclosedMarketRecord,
  auditMarketDisclosures,
  type DisclosedMarketView,
  type MarketDisclosureAuditOptions,
  type MarketDisclosureAuditReport,
  type MarketDisclosureContext,
  type MarketDisclosureSummary,
  marketDisclosureContext,
} from './market-disclosure-audit.js';
