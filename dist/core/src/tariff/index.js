/**
 * Tariffs: build, validate, encode, commit, serialize.
 * @packageDocumentation
 */
export { BAND_COUNT, COMMITMENT_WORDS, DAY_LIMIT, EXPORT_BAND_COUNT, HOLIDAY_SLOTS, MAX_TAX_BPS, SUPPORTED_SLOTS_PER_DAY, TIER_COUNT, TZ_BIAS, UNLIMITED_ALLOWANCE, WIDTH, WORD_BITS, } from './constants.js';
export { DAY_SECONDS, dayNumberToIsoDate, formatTimeOfDay, isoDateToDayNumber, localDayNumber, localMidnight, parseTimeOfDay, parseWeekday, WEEKDAY_NAMES, weekdayOfDay, } from './calendar.js';
export { expandBandRanges, bandsToRanges } from './bands.js';
export { TARIFF_FORMAT, tariffSchema, parseTariff, createTariff, tariffFieldPath, } from './schema.js';
export { encodeTariff, tariffWords, tariffBitFields, tariffBitLength, tariffCommitment, encodedTariffCommitment, } from './encode.js';
export { tariffToJSON, serializeTariff, parseTariffJson } from './document.js';
export { newTariffSalt } from './salt.js';
//# sourceMappingURL=index.js.map