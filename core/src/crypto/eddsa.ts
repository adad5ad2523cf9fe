/**
 * Meter keys and EdDSA-Poseidon signatures on BabyJubJub, compatible with circomlib's
 * `EdDSAPoseidonVerifier` and bit for bit with circomlibjs's `prv2pub` / `signPoseidon` /
 * `verifyPoseidon` (test/sdk/crypto.test.ts compares them). Browser-safe: randomness from
 * `crypto.getRandomValues`, no Buffer in this module.
 *
 * Written out here rather than through circomlibjs's `buildEddsa`: that builds BabyJubJub,
 * Pedersen, MiMC7, Poseidon and MiMCSponge, each on its own freshly generated BN254 wasm curve
 * (~2 s of CPU per process on the 2-core test machine, paid by every CLI command that signs or
 * checks a meter signature), for point arithmetic that is a few thousand bigint products.
 * @packageDocumentation
 */
import { Base8, inCurve } from '@zk-kit/baby-jubjub';
import { ValidationError } from '../errors.js';
import { blake512 } from './blake512.js';
import { BABYJUB_SUBORDER, bytesToHex, FIELD_P, hexToBytes, isFieldElement } from './field.js';
import { poseidon } from './poseidon.js';
import { invertModPrime } from './modular.js';

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

// BabyJubJub: a x^2 + y^2 = 1 + d x^2 y^2 over the BN254 scalar field (EIP-2494).
const A_COEF = 168700n;
const D_COEF = 168696n;

const mod = (v: bigint): bigint => {
  const r = v % FIELD_P;
  return r < 0n ? r + FIELD_P : r;
};

const invert = (a: bigint): bigint => invertModPrime(a, FIELD_P);

/** Extended coordinates (X : Y : Z : T), x = X/Z, y = Y/Z, T = XY/Z: additions without inversions. */
type Extended = [bigint, bigint, bigint, bigint];

/** Unified addition (add-2008-hwcd); complete on BabyJubJub (d is not a square), so it also doubles. */
function addExtended(p: Extended, q: Extended): Extended {
  const a = (p[0] * q[0]) % FIELD_P;
  const b = (p[1] * q[1]) % FIELD_P;
  const c = (((D_COEF * p[3]) % FIELD_P) * q[3]) % FIELD_P;
  const d = (p[2] * q[2]) % FIELD_P;
  const e = mod((p[0] + p[1]) * (q[0] + q[1]) - a - b);
  const f = mod(d - c);
  const g = (d + c) % FIELD_P;
  const h = mod(b - A_COEF * a);
  return [(e * f) % FIELD_P, (g * h) % FIELD_P, (f * g) % FIELD_P, (e * h) % FIELD_P];
}

/** p + q, affine (the complete twisted Edwards addition in extended coordinates, one inversion). */
export function addAffine(p: readonly [bigint, bigint], q: readonly [bigint, bigint]): [bigint, bigint] {
  const r = addExtended([p[0], p[1], 1n, (p[0] * p[1]) % FIELD_P], [q[0], q[1], 1n, (q[0] * q[1]) % FIELD_P]);
  const zInv = invert(r[2]);
  return [(r[0] * zInv) % FIELD_P, (r[1] * zInv) % FIELD_P];
}

/**
 * `e` times the affine point `p` (double and add; `e` >= 0), as circomlibjs's mulPointEscalar, in extended
 * coordinates with one inversion at the end (zk-kit's affine ladder inverts at every step: ~10x slower).
 */
export function mulPoint(p: readonly [bigint, bigint], e: bigint): [bigint, bigint] {
  let acc: Extended = [0n, 1n, 1n, 0n];
  let base: Extended = [p[0], p[1], 1n, (p[0] * p[1]) % FIELD_P];
  for (let rem = e; rem > 0n; rem >>= 1n) {
    if (rem & 1n) acc = addExtended(acc, base);
    base = addExtended(base, base);
  }
  const zInv = invert(acc[2]);
  return [(acc[0] * zInv) % FIELD_P, (acc[1] * zInv) % FIELD_P];
}

/** Little-endian bytes [from, to) as an integer (circomlibjs `Scalar.fromRprLE`). */
function leInt(bytes: Uint8Array, from: number, to: number): bigint {
  let v = 0n;
  for (let i = to - 1; i >= from; i--) v = (v << 8n) | BigInt(bytes[i]!);
  return v;
}

/** circomlibjs's key expansion: blake512(prv) with the first half pruned into the secret scalar s. */
function expandKey(priv: Uint8Array): { s: bigint; h: Uint8Array } {
  const h = blake512(priv);
  h[0] = h[0]! & 0xf8;
  h[31] = (h[31]! & 0x7f) | 0x40;
  return { s: leInt(h, 0, 32), h };
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
  const [x, y] = mulPoint(Base8, expandKey(priv).s >> 3n);
  return { x, y };
}

/** The meter's key hash, `Poseidon2(Ax, Ay)` (public signal 0). */
export async function keyHash(pub: MeterPublicKey): Promise<bigint> {
  return poseidon([pub.x, pub.y]);
}

/** Signs a statement (a field element) with EdDSA-Poseidon. */
export async function signStatement(priv: Uint8Array, statement: bigint): Promise<StatementSignature> {
  checkPrivateKey(priv);
  checkField(statement, 'statement');
  const { s, h } = expandKey(priv);
  const A = mulPoint(Base8, s >> 3n);
  // The nonce: blake512(second half of the expanded key || statement as 32 little-endian bytes).
  const compose = new Uint8Array(64);
  compose.set(h.subarray(32, 64), 0);
  for (let i = 0, v = statement; i < 32; i++, v >>= 8n) compose[32 + i] = Number(v & 0xffn);
  const r = leInt(blake512(compose), 0, 64) % BABYJUB_SUBORDER;
  const [R8x, R8y] = mulPoint(Base8, r);
  const hm = await poseidon([R8x, R8y, A[0], A[1], statement]);
  return { R8x, R8y, S: (r + hm * s) % BABYJUB_SUBORDER };
}

/**
 * True iff `signature` is a valid EdDSA-Poseidon signature of `statement` under `pub`, with every
 * value canonical (so the circuit's verifier accepts the same triple). Never throws on bad values.
 */
export async function verifyStatementSignature(pub: MeterPublicKey, statement: bigint, signature: StatementSignature): Promise<boolean> {
  const fieldValues = [pub.x, pub.y, statement, signature.R8x, signature.R8y];
  if (!fieldValues.every((v) => typeof v === 'bigint' && isFieldElement(v))) return false;
  if (typeof signature.S !== 'bigint' || signature.S < 0n || signature.S >= BABYJUB_SUBORDER) return false;
  const A: [bigint, bigint] = [pub.x, pub.y];
  const R8: [bigint, bigint] = [signature.R8x, signature.R8y];
  if (!inCurve(R8) || !inCurve(A)) return false;
  // S * Base8 == R8 + 8 * hm * A, as circomlibjs's verifyPoseidon checks it.
  const hm = await poseidon([R8[0], R8[1], A[0], A[1], statement]);
  const left = mulPoint(Base8, signature.S);
  const right = mulPoint(A, hm * 8n);
  const [sx, sy] = addAffine(R8, right);
  return left[0] === sx && left[1] === sy;
}
