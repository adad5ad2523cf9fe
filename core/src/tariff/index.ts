/**
 * Tariffs: build, validate, encode, commit, serialize.
 * @packageDocumentation
 */
export {
  BAND_COUNT,
  COMMITMENT_WORDS,
  DAY_LIMIT,
  EXPORT_BAND_COUNT,
  HOLIDAY_SLOTS,
  MAX_TAX_BPS,
  type SlotsPerDay,
  SUPPORTED_SLOTS_PER_DAY,
  TIER_COUNT,
  TZ_BIAS,
  UNLIMITED_ALLOWANCE,
  WIDTH,
  WORD_BITS,
} from './constants.js';
export {
  DAY_SECONDS,
  dayNumberToIsoDate,
  formatTimeOfDay,
  isoDateToDayNumber,
  localDayNumber,
  localMidnight,
  parseTimeOfDay,
  parseWeekday,
  WEEKDAY_NAMES,
  type WeekdayName,
  weekdayOfDay,
} from './calendar.js';
export { type BandRange, expandBandRanges, bandsToRanges, type TimeWindow, expandWindows, slotsToWindows } from './bands.js';
export {
  type Tariff,
  type TariffInput,
  type TariffTier,
  type TierBasis,
  type TariffDemand,
  type TariffCurrency,
  type BandScheduleInput,
  TARIFF_FORMAT,
  tariffSchema,
  parseTariff,
  createTariff,
  tariffFieldPath,
} from './schema.js';
export {
  type EncodedTariff,
  encodeTariff,
  tariffWords,
  tariffBitFields,
  tariffBitLength,
  tariffCommitment,
  encodedTariffCommitment,
  type TariffYear,
  tariffYears,
} from './encode.js';
export { tariffToJSON, serializeTariff, parseTariffJson } from './document.js';
export { newTariffSalt } from './salt.js';
