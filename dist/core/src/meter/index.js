/**
 * Meters: periods, digests and statements, signing, documents, CSV and Green Button import,
 * billing-period cutting, synthetic data.
 * @packageDocumentation
 */
export { meterPeriodSchema, parseMeterPeriod, intervalCount, periodEnd, READING_BITS, READING_LIMIT, MAX_INTERVAL_COUNT, PERIOD_START_LIMIT, } from './period.js';
export { seriesDigest, periodStatement, packReadings, READINGS_PER_ELEMENT, ELEMENTS_PER_BLOCK } from './digest.js';
export { signPeriod, verifySignedPeriod, assertSignedPeriod, signedPeriodProblem } from './sign.js';
export { METER_PERIOD_FORMAT, SIGNED_PERIOD_FORMAT, meterPeriodToJSON, signedPeriodToJSON, serializeMeterPeriod, serializeSignedPeriod, parseMeterPeriodDocument, parseSignedPeriodDocument, parseMeterPeriodJson, parseSignedPeriodJson, } from './document.js';
export { contiguousSeries, energyToWh, MAX_DECIMAL_EXPONENT, MAX_DECIMAL_DIGITS } from './interval-data.js';
export { MAX_TZ_OFFSET_SECONDS, TZ_OFFSET_SYNTAX, parseTzOffset, tzOffsetProblem, formatTzOffset } from './tz-offset.js';
export { parseIntervalCsv, parseTimestamp } from './csv.js';
export { parseGreenButtonXml, UOM_WH, MAX_POWER_OF_TEN, FLOW_FORWARD, FLOW_REVERSE, } from './greenbutton.js';
export { splitBillingPeriods } from './billing-periods.js';
export { householdSeries, localMidnightOf } from './synthetic.js';
//# sourceMappingURL=index.js.map