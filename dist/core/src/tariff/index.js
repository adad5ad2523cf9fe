/**
 * Tariffs: build, validate, encode, commit, serialize.
 * @packageDocumentation
 */
export * from './constants.js';
export * from './calendar.js';
export { expandBandRanges, bandsToRanges } from './bands.js';
export { TARIFF_FORMAT, tariffSchema, parseTariff, createTariff, tariffFieldPath, } from './schema.js';
export { encodeTariff, tariffWords, tariffBitFields, tariffBitLength, tariffCommitment, encodedTariffCommitment, } from './encode.js';
export { tariffToJSON, serializeTariff, parseTariffJson } from './document.js';
export { newTariffSalt } from './salt.js';
//# sourceMappingURL=index.js.map