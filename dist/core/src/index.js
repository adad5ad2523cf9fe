/**
 * wattproof core: the spec engine, in plain TypeScript that runs anywhere (Node, browsers,
 * workers; no `node:` imports). Tariffs (validation, encoding, commitment), meter data (CSV and
 * Green Button import, billing periods, signing statements), the bill as `docs/bill-spec.md`
 * defines it, the crypto it rests on (Poseidon, EdDSA on BabyJubJub), display formatting, and
 * the one error hierarchy with its codes.
 * @packageDocumentation
 */
export { ArtifactError, ChainError, ERROR_EXIT_CODES, exitCodeFor, ImportError, isErrorCode, isWattproofError, NegativeResultError, ProofError, PtauError, ValidationError, WattproofError, } from './errors.js';
export { BAND_COUNT, bandsToRanges, COMMITMENT_WORDS, createTariff, DAY_LIMIT, DAY_SECONDS, dayNumberToIsoDate, encodedTariffCommitment, encodeTariff, expandBandRanges, EXPORT_BAND_COUNT, formatTimeOfDay, HOLIDAY_SLOTS, isoDateToDayNumber, localDayNumber, localMidnight, MAX_TAX_BPS, newTariffSalt, parseTariff, parseTariffJson, parseTimeOfDay, parseWeekday, serializeTariff, SUPPORTED_SLOTS_PER_DAY, TARIFF_FORMAT, tariffBitFields, tariffBitLength, tariffCommitment, tariffFieldPath, tariffSchema, tariffToJSON, tariffWords, TIER_COUNT, TZ_BIAS, UNLIMITED_ALLOWANCE, WEEKDAY_NAMES, weekdayOfDay, WIDTH, WORD_BITS, } from './tariff/index.js';
export { exampleTariffDraft, } from './tariff/examples.js';
export { assertSignedPeriod, contiguousSeries, ELEMENTS_PER_BLOCK, energyToWh, FLOW_FORWARD, FLOW_REVERSE, householdSeries, intervalCount, localMidnightOf, MAX_INTERVAL_COUNT, METER_PERIOD_FORMAT, meterPeriodSchema, meterPeriodToJSON, packReadings, parseGreenButtonXml, parseIntervalCsv, parseMeterPeriod, parseMeterPeriodDocument, parseMeterPeriodJson, parseSignedPeriodDocument, parseSignedPeriodJson, parseTimestamp, PERIOD_START_LIMIT, periodEnd, periodStatement, READING_BITS, READING_LIMIT, READINGS_PER_ELEMENT, serializeMeterPeriod, serializeSignedPeriod, seriesDigest, SIGNED_PERIOD_FORMAT, signedPeriodProblem, signedPeriodToJSON, signPeriod, splitBillingPeriods, UOM_WH, verifySignedPeriod, } from './meter/index.js';
export { addressToBigInt, chargeOf, computeBill, MAX_BILL_DAYS, packAmounts, packPeriod, periodLayout, restDayFlags, roundMilli, settlementDomain, unpackAmounts, unpackDomain, unpackPeriod, } from './bill/index.js';
export { BABYJUB_SUBORDER, bytesToHex, FIELD_P, generateMeterKey, getPoseidon, hexToBytes, isFieldElement, keyHash, METER_KEY_BYTES, meterKeyFromHex, meterKeyToHex, meterPublicKey, poseidon, signStatement, TAG_PERIOD, TAG_SERIES, TAG_TARIFF, tagFromName, verifyStatementSignature, } from './crypto/index.js';
export { duration, gas, kwh, localDate, localTime, money, pricePerKwh, short, table, zoneName, } from './format.js';
//# sourceMappingURL=index.js.map