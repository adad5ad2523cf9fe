/**
 * Cryptographic primitives of wattproof: Poseidon and EdDSA-Poseidon meter keys.
 * @packageDocumentation
 */
export { FIELD_P, BABYJUB_SUBORDER, isFieldElement, tagFromName, bytesToHex, hexToBytes } from './field.js';
export { poseidon, getPoseidon } from './poseidon.js';
export { TAG_SERIES, TAG_SLOTS, TAG_PERIOD, TAG_TARIFF, TAG_YTD } from './tags.js';
export {
  generateMeterKey,
  meterKeyToHex,
  meterKeyFromHex,
  meterPublicKey,
  keyHash,
  signStatement,
  verifyStatementSignature,
  METER_KEY_BYTES,
  type MeterPublicKey,
  type StatementSignature,
} from './eddsa.js';
