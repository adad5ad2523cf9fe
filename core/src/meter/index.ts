/**
 * Meters: periods, digests and statements, signing, documents, CSV and Green Button import,
 * billing-period cutting, synthetic data.
 * @packageDocumentation
 */
export {
  type MeterPeriod,
  meterPeriodSchema,
  parseMeterPeriod,
  intervalCount,
  periodEnd,
  READING_BITS,
  READING_LIMIT,
  MAX_INTERVAL_COUNT,
  PERIOD_START_LIMIT,
} from './period.js';
export {
  seriesDigest,
  periodStatement,
  packReadings,
  READINGS_PER_ELEMENT,
  ELEMENTS_PER_BLOCK,
  slotSums,
  packSlotSums,
  slotSumsDigest,
  SLOT_SUMS_PER_ELEMENT,
  SLOT_SUM_BITS,
} from './digest.js';
export { type SignedPeriod, signPeriod, verifySignedPeriod, assertSignedPeriod, signedPeriodProblem } from './sign.js';
export {
  METER_PERIOD_FORMAT,
  SIGNED_PERIOD_FORMAT,
  meterPeriodToJSON,
  signedPeriodToJSON,
  serializeMeterPeriod,
  serializeSignedPeriod,
  parseMeterPeriodDocument,
  parseSignedPeriodDocument,
  parseMeterPeriodJson,
  parseSignedPeriodJson,
} from './document.js';
export {
  type IntervalData,
  type IntervalQuality,
  type ConflictRule,
  type GapFillRule,
  type RepairOptions,
  type ImportSummary,
  type AssembledSeries,
  type SourcedReading,
  INTERVAL_QUALITIES,
  CONFLICT_RULES,
  GAP_FILL_RULES,
  contiguousSeries,
  mergeSummaries,
  worseQuality,
  energyToWh,
  MAX_DECIMAL_EXPONENT,
  MAX_DECIMAL_DIGITS,
} from './interval-data.js';
export { nonActualCount } from './quality.js';
export { type DisplayZone, assertTimeZone, zoneOffsetAt, localToInstants, describeInstant } from './zone.js';
export { MAX_TZ_OFFSET_SECONDS, TZ_OFFSET_SYNTAX, parseTzOffset, tzOffsetProblem, formatTzOffset } from './tz-offset.js';
export { type CsvImportOptions, parseIntervalCsv, parseTimestamp } from './csv.js';
export {
  type GreenButtonImportOptions,
  type GreenButtonData,
  parseGreenButtonXml,
  UOM_WH,
  MAX_POWER_OF_TEN,
  FLOW_FORWARD,
  FLOW_REVERSE,
} from './greenbutton.js';
export { type Nem12ImportOptions, type Nem12Data, parseNem12, NEM_TIME_OFFSET_SECONDS } from './nem12.js';
export { type SplitOptions, splitBillingPeriods } from './billing-periods.js';
export { type HouseholdOptions, householdSeries, localMidnightOf } from './synthetic.js';
