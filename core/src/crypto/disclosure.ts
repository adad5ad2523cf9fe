/**
 * Verifiable disclosure, the TypeScript twin of circuits/lib/disclosure.circom (spec:
 * docs/disclosure-spec.md, construction v3 of §10): ECDH on BabyJubJub with an ephemeral key, then
 * Poseidon encryption (@zk-kit/poseidon-cipher, the construction MACI uses) under the key
 * `(S.y, 0)` of the shared point `S`, without the authentication element (the proof that publishes
 * the ciphertext is its integrity). Browser-safe.
 * @packageDocumentation
 */
import { Base8, inCurve, type Point } from '@zk-kit/baby-jubjub';
import { poseidonEncrypt, poseidonPerm } from '@zk-kit/poseidon-cipher';
import { ValidationError, WattproofError } from '../errors.js';
// eddsa's ladder in extended coordinates, not zk-kit's mulPointEscalar: the same double and add on
// the same complete addition law (so the same points), but zk-kit inverts at every step (~10x the
// CPU: a disclosed proof's input needs two products, an audit one per settlement and secret).
import { mulPoint } from './eddsa.js';
import { BABYJUB_SUBORDER, FIELD_P } from './field.js';

/** A BabyJubJub point in affine coordinates. */
export interface CurvePoint {
  x: bigint;
  y: bigint;
}

/** A disclosure key: the secret scalar and its public point (`secret * Base8`). */
export interface DisclosureKeyPair {
  secret: bigint;
  publicKey: CurvePoint;
}

/** What a settlement publishes about its details: nothing readable without the recipient's secret. */
export interface DisclosureCiphertext {
  /** y of the recipient's public key (the chain checks it is the key in force; x may have either sign). */
  recipientY: bigint;
  /** `e * Base8` for the prover's ephemeral secret `e`. */
  ephemeralKey: CurvePoint;
  /** 3 * ceil(L / 3) field elements for L plaintext elements (no authentication element). */
  ciphertext: bigint[];
}

/** Nonces live below 2^128 (the plaintext length is folded in above). */
export const NONCE_LIMIT = 1n << 128n;

/** Scalars the circuit decomposes take 251 bits (every residue mod the subgroup order fits). */
const SCALAR_BITS = 251n;

const toPoint = (p: CurvePoint): Point<bigint> => [p.x, p.y];
const fromPoint = (p: Point<bigint>): CurvePoint => ({ x: p[0], y: p[1] });

/** A uniformly random scalar in [1, subgroup order), from `crypto.getRandomValues`. */
export function randomScalar(): bigint {
  // 64 random bytes reduced mod the order: bias below 2^-250.
  const bytes = new Uint8Array(64);
  globalThis.crypto.getRandomValues(bytes);
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return (v % (BABYJUB_SUBORDER - 1n)) + 1n;
}

function checkScalar(s: bigint, field: string): void {
  if (s <= 0n || s >= 1n << SCALAR_BITS) throw new ValidationError(field, 'must be a scalar in [1, 2^251)');
}

/** The public point of a disclosure secret. */
export function disclosurePublicKey(secret: bigint): CurvePoint {
  checkScalar(secret, 'secret');
  return fromPoint(mulPoint(Base8, secret));
}

/** A fresh disclosure key pair (a regulator's, or a supervisory body's). */
export function generateDisclosureKey(): DisclosureKeyPair {
  const secret = randomScalar();
  return { secret, publicKey: disclosurePublicKey(secret) };
}

/** True when `p` is on BabyJubJub (what the circuit's BabyCheck enforces). */
export function isCurvePoint(p: CurvePoint): boolean {
  return p.x >= 0n && p.x < FIELD_P && p.y >= 0n && p.y < FIELD_P && inCurve(toPoint(p));
}

/**
 * True when `p` can be a disclosure key: a curve point with `x != 0` (the circuit refuses `(0, 1)`, the
 * identity, and `(0, -1)`, of order 2: their shared point does not depend on the ephemeral secret).
 */
export function isDisclosureKeyPoint(p: CurvePoint): boolean {
  return isCurvePoint(p) && p.x !== 0n;
}

/** The negation `(-x, y)`: the other point with the same y, under which the same key stream results. */
export function negatePoint(p: CurvePoint): CurvePoint {
  return { x: (FIELD_P - p.x) % FIELD_P, y: p.y };
}

/**
 * The cipher key of a shared point (construction v3): `(S.y, 0)`. `S` and `-S` give the same key, so
 * neither the recipient's nor the ephemeral key's sign of x matters.
 */
export function cipherKey(sharedY: bigint): [bigint, bigint] {
  if (sharedY < 0n || sharedY >= FIELD_P) throw new ValidationError('sharedY', 'must be a field element');
  return [sharedY, 0n];
}

/** The ECDH shared point `secret * other`, whose y is the cipher key. */
export function sharedPoint(secret: bigint, other: CurvePoint): CurvePoint {
  checkScalar(secret, 'secret');
  if (!isCurvePoint(other)) throw new ValidationError('publicKey', 'is not a BabyJubJub point');
  return fromPoint(mulPoint(toPoint(other), secret));
}

function checkNonce(nonce: bigint): void {
  if (nonce < 0n || nonce >= NONCE_LIMIT) throw new ValidationError('nonce', 'must be below 2^128');
}

/**
 * Encrypts `details` (field elements) to `recipient` with ephemeral secret `ephemeralSecret`, as the
 * circuit's `Disclosure(L, CHECK_NONCE)` does: `3 * ceil(L / 3)` ciphertext elements.
 * @throws ValidationError for a nonce of 2^128 or more, a detail outside the field, a recipient that
 *   is not a curve point with x != 0, or a scalar outside [1, 2^251)
 */
export async function encryptDetails(details: readonly bigint[], recipient: CurvePoint, ephemeralSecret: bigint, nonce: bigint): Promise<DisclosureCiphertext> {
  checkNonce(nonce);
  for (const [i, d] of details.entries()) if (d < 0n || d >= FIELD_P) throw new ValidationError(`details[${i}]`, 'must be a field element');
  if (!isDisclosureKeyPoint(recipient)) throw new ValidationError('recipient', 'is not a BabyJubJub point with x != 0');
  const shared = sharedPoint(ephemeralSecret, recipient);
  // zk-kit's encryption appends the authentication element; construction v3 publishes without it.
  const withTag = poseidonEncrypt([...details], cipherKey(shared.y), nonce);
  return {
    recipientY: recipient.y,
    ephemeralKey: disclosurePublicKey(ephemeralSecret),
    ciphertext: withTag.slice(0, -1),
  };
}

/**
 * Decrypts with the recipient's secret: `secret * ephemeralKey` is the shared point (either x of the
 * ephemeral key's y gives the same key). There is no authentication element: decryption under another
 * key or nonce yields unrelated field elements, which the caller's layout check refuses
 * (`unpackBillDetails`); the integrity of a posted ciphertext is the proof that published it.
 * @throws ValidationError when the ciphertext's length does not fit `length` details
 */
export function decryptDetails(d: Pick<DisclosureCiphertext, 'ephemeralKey' | 'ciphertext'>, secret: bigint, nonce: bigint, length: number): bigint[] {
  checkNonce(nonce);
  return decryptWithSharedY(d.ciphertext, sharedPoint(secret, d.ephemeralKey).y, nonce, length);
}

/**
 * Decrypts with the shared point's y: what a consumer hands an ombudsman to open one settlement (it
 * knows its ephemeral secret, hence the point) without revealing any key.
 * @throws ValidationError when the ciphertext's length does not fit `length` details; WattproofError
 *   (code FAILED) when `length` leaves padding in the last block and it does not decrypt to zeros
 */
export function decryptWithSharedY(ciphertext: readonly bigint[], sharedY: bigint, nonce: bigint, length: number): bigint[] {
  checkNonce(nonce);
  const expected = 3 * Math.ceil(length / 3);
  if (ciphertext.length !== expected) {
    throw new ValidationError('ciphertext', `has ${ciphertext.length} elements; ${length} details encrypt to ${expected}`);
  }
  for (const [i, c] of ciphertext.entries()) if (c < 0n || c >= FIELD_P) throw new ValidationError(`ciphertext[${i}]`, 'must be a field element');
  const padded = decryptAllBlocks(ciphertext, cipherKey(sharedY), nonce, length);
  // The zero padding of the last block is the one redundancy left without the tag: under another key or
  // nonce it decrypts to random elements (a false accept has probability 1/p per padding element).
  if (padded.slice(length).some((x) => x !== 0n)) {
    throw new WattproofError('FAILED', 'the ciphertext does not decrypt under this key and nonce (its padding is not zero: another recipient or settlement)');
  }
  return padded.slice(0, length);
}

/**
 * zk-kit's `poseidonDecryptWithoutCheck` (the same state, permutation and absorption), returning every
 * block's elements including the last block's padding, which that function slices off.
 */
function decryptAllBlocks(ciphertext: readonly bigint[], key: readonly [bigint, bigint], nonce: bigint, length: number): bigint[] {
  const mod = (v: bigint): bigint => ((v % FIELD_P) + FIELD_P) % FIELD_P;
  let state = [0n, key[0], key[1], mod(nonce + BigInt(length) * NONCE_LIMIT)];
  const out: bigint[] = [];
  for (let i = 0; i < ciphertext.length; i += 3) {
    state = poseidonPerm(state);
    for (let j = 0; j < 3; j++) {
      const c = ciphertext[i + j] as bigint;
      out.push(mod(c - (state[j + 1] as bigint)));
      state[j + 1] = c;
    }
  }
  return out;
}

/**
 * The regulator's secrets by the y of their public keys: construction v3 names a key on chain by its
 * y, so the epoch's y picks the secret that decrypts a settlement.
 * @throws ValidationError (field `regulatorSecrets[i]`) for a secret that is not a scalar
 */
export function secretsByKeyY(secrets: readonly bigint[]): Map<bigint, bigint> {
  const out = new Map<bigint, bigint>();
  for (const [i, s] of secrets.entries()) {
    try {
      out.set(disclosurePublicKey(s).y, s);
    } catch (e) {
      throw new ValidationError(`regulatorSecrets[${i}]`, e instanceof Error ? e.message : String(e));
    }
  }
  return out;
}
