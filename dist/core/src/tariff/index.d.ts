/**
 * Tariffs: build, validate, encode, commit, serialize.
 * @packageDocumentation
 */
export * from './constants.js';
export * from './calendar.js';
export { type BandRange, expandBandRanges, bandsToRanges } from './bands.js';
export { type Tariff, type TariffInput, type TariffTier, type TariffCurrency, type BandScheduleInput, TARIFF_FORMAT, tariffSchema, parseTariff, createTariff, tariffFieldPath, } from './schema.js';
export { type EncodedTariff, encodeTariff, tariffWords, tariffBitFields, tariffBitLength, tariffCommitment, encodedTariffCommitment, } from './encode.js';
export { tariffToJSON, serializeTariff, parseTariffJson } from './document.js';
export { newTariffSalt } from './salt.js';
