/**
 * Meter keys and EdDSA-Poseidon signatures on BabyJubJub, compatible with circomlib's
 * `EdDSAPoseidonVerifier`. Browser-safe: randomness from `crypto.getRandomValues`, no Buffer in
 * this module.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { BABYJUB_SUBORDER, bytesToHex, hexToBytes, isFieldElement } from './field.js';
import { poseidon } from './poseidon.js';

/** A BabyJubJub point in affine coordinates (the meter's public key `(Ax, Ay)`). */
export interface MeterPublicKey {
  x: bigint;
  y: bigint;
}

/** An EdDSA-Poseidon signature: the point `R8` and the scalar `S`. */
export interface StatementSignature {
  R8x: bigint;
  R8y: bigint;
  S: bigint;
}

type FieldElem = Uint8Array;
interface CircomlibEddsa {
  F: { e(v: bigint): FieldElem; toObject(e: FieldElem): bigint };
  babyJub: { inCurve(p: FieldElem[]): boolean };
  prv2pub(prv: Uint8Array): [FieldElem, FieldElem];
  signPoseidon(prv: Uint8Array, msg: FieldElem): { R8: [FieldElem, FieldElem]; S: bigint };
  verifyPoseidon(msg: FieldElem, sig: { R8: FieldElem[]; S: bigint }, A: FieldElem[]): boolean;
}

let instance: Promise<CircomlibEddsa> | undefined;

function getEddsa(): Promise<CircomlibEddsa> {
  // Imported on first use, like Poseidon (see poseidon.ts).
  instance ??= import('circomlibjs').then(({ buildEddsa }) => buildEddsa() as Promise<CircomlibEddsa>);
  return instance;
}

/** Length in bytes of a meter private key. */
export const METER_KEY_BYTES = 32;

/** A fresh random meter private key (32 bytes from the platform CSPRNG). */
export function generateMeterKey(): Uint8Array {
  const key = new Uint8Array(METER_KEY_BYTES);
  globalThis.crypto.getRandomValues(key);
  return key;
}

/** Hex form of a private key, for key files. */
export function meterKeyToHex(priv: Uint8Array): string {
  checkPrivateKey(priv);
  return bytesToHex(priv);
}

/** Parses a private key from hex (64 hex digits, optional `0x`). */
export function meterKeyFromHex(hex: string, field = 'meterKey'): Uint8Array {
  const bytes = hexToBytes(hex.trim());
  if (bytes === undefined || bytes.length !== METER_KEY_BYTES) {
    throw new ValidationError(field, `must be ${METER_KEY_BYTES * 2} hex digits`);
  }
  return bytes;
}

function checkPrivateKey(priv: Uint8Array, field = 'privateKey'): void {
  if (!(priv instanceof Uint8Array) || priv.length !== METER_KEY_BYTES) {
    throw new ValidationError(field, `must be ${METER_KEY_BYTES} bytes`);
  }
}

function checkField(v: bigint, field: string): void {
  if (typeof v !== 'bigint' || !isFieldElement(v)) throw new ValidationError(field, 'must be a field element (0 <= v < p)');
}

/** The public key `(Ax, Ay)` of a meter private key. */
export async function meterPublicKey(priv: Uint8Array): Promise<MeterPublicKey> {
  checkPrivateKey(priv);
  const eddsa = await getEddsa();
  const [x, y] = eddsa.prv2pub(priv);
  return { x: eddsa.F.toObject(x), y: eddsa.F.toObject(y) };
}

/** The meter's key hash, `Poseidon2(Ax, Ay)` (public signal 0). */
export async function keyHash(pub: MeterPublicKey): Promise<bigint> {
  return poseidon([pub.x, pub.y]);
}

/** Signs a statement (a field element) with EdDSA-Poseidon. */
export async function signStatement(priv: Uint8Array, statement: bigint): Promise<StatementSignature> {
  checkPrivateKey(priv);
  checkField(statement, 'statement');
  const eddsa = await getEddsa();
  const sig = eddsa.signPoseidon(priv, eddsa.F.e(statement));
  return { R8x: eddsa.F.toObject(sig.R8[0]), R8y: eddsa.F.toObject(sig.R8[1]), S: BigInt(sig.S) };
}

/**
 * True iff `signature` is a valid EdDSA-Poseidon signature of `statement` under `pub`, with every
 * value canonical (so the circuit's verifier accepts the same triple). Never throws on bad values.
 */
export async function verifyStatementSignature(pub: MeterPublicKey, statement: bigint, signature: StatementSignature): Promise<boolean> {
  const fieldValues = [pub.x, pub.y, statement, signature.R8x, signature.R8y];
  if (!fieldValues.every((v) => typeof v === 'bigint' && isFieldElement(v))) return false;
  if (typeof signature.S !== 'bigint' || signature.S < 0n || signature.S >= BABYJUB_SUBORDER) return false;
  const eddsa = await getEddsa();
  const A = [eddsa.F.e(pub.x), eddsa.F.e(pub.y)];
  const R8 = [eddsa.F.e(signature.R8x), eddsa.F.e(signature.R8y)];
  return eddsa.verifyPoseidon(eddsa.F.e(statement), { R8, S: signature.S }, A);
}
