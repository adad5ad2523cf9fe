/**
 * Verifiable disclosure, the TypeScript twin of circuits/lib/disclosure.circom (spec:
 * docs/disclosure-spec.md): ECDH on BabyJubJub with an ephemeral key, then Poseidon encryption
 * (@zk-kit/poseidon-cipher, the construction MACI uses) under the shared point. Browser-safe.
 * @packageDocumentation
 */
import { Base8, inCurve, mulPointEscalar, type Point } from '@zk-kit/baby-jubjub';
import { poseidonDecrypt, poseidonEncrypt } from '@zk-kit/poseidon-cipher';
import { ValidationError, WattproofError } from '../errors.js';
import { BABYJUB_SUBORDER, FIELD_P } from './field.js';
import { poseidon } from './poseidon.js';

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
  /** Poseidon(x, y) of the recipient's public key (the chain checks it is the key in force). */
  recipientHash: bigint;
  /** `e * Base8` for the prover's ephemeral secret `e`. */
  ephemeralKey: CurvePoint;
  /** 3 * ceil(L / 3) + 1 field elements for L plaintext elements. */
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
  return fromPoint(mulPointEscalar(Base8, secret));
}

/** A fresh disclosure key pair (a regulator's, or a supervisory body's). */
export function generateDisclosureKey(): DisclosureKeyPair {
  const secret = randomScalar();
  return { secret, publicKey: disclosurePublicKey(secret) };
}

/** Poseidon(x, y): how the chain names a disclosure key. */
export function disclosureKeyHash(key: CurvePoint): Promise<bigint> {
  return poseidon([key.x, key.y]);
}

/** True when `p` is on BabyJubJub (what the circuit's BabyCheck enforces). */
export function isCurvePoint(p: CurvePoint): boolean {
  return p.x >= 0n && p.x < FIELD_P && p.y >= 0n && p.y < FIELD_P && inCurve(toPoint(p));
}

/** The ECDH shared point `secret * other`, whose coordinates are the cipher key. */
export function sharedPoint(secret: bigint, other: CurvePoint): CurvePoint {
  checkScalar(secret, 'secret');
  if (!isCurvePoint(other)) throw new ValidationError('publicKey', 'is not a BabyJubJub point');
  return fromPoint(mulPointEscalar(toPoint(other), secret));
}

function checkNonce(nonce: bigint): void {
  if (nonce < 0n || nonce >= NONCE_LIMIT) throw new ValidationError('nonce', 'must be below 2^128');
}

/**
 * Encrypts `details` (field elements) to `recipient` with ephemeral secret `ephemeralSecret`, as the
 * circuit's `Disclosure(L)` does.
 */
export async function encryptDetails(details: readonly bigint[], recipient: CurvePoint, ephemeralSecret: bigint, nonce: bigint): Promise<DisclosureCiphertext> {
  checkNonce(nonce);
  for (const [i, d] of details.entries()) if (d < 0n || d >= FIELD_P) throw new ValidationError(`details[${i}]`, 'must be a field element');
  const shared = sharedPoint(ephemeralSecret, recipient);
  return {
    recipientHash: await disclosureKeyHash(recipient),
    ephemeralKey: disclosurePublicKey(ephemeralSecret),
    ciphertext: poseidonEncrypt([...details], [shared.x, shared.y], nonce),
  };
}

/**
 * Decrypts with the recipient's secret: `secret * ephemeralKey` is the shared point.
 * @throws WattproofError (code FAILED) when the ciphertext does not authenticate under this key
 *   and nonce (another recipient, another settlement, or tampered elements)
 */
export function decryptDetails(d: Pick<DisclosureCiphertext, 'ephemeralKey' | 'ciphertext'>, secret: bigint, nonce: bigint, length: number): bigint[] {
  checkNonce(nonce);
  return decryptWithSharedPoint(d.ciphertext, sharedPoint(secret, d.ephemeralKey), nonce, length);
}

/**
 * Decrypts with the shared point itself: what a consumer hands an ombudsman to open one settlement
 * (it knows its ephemeral secret, hence the point) without revealing any key.
 */
export function decryptWithSharedPoint(ciphertext: readonly bigint[], shared: CurvePoint, nonce: bigint, length: number): bigint[] {
  checkNonce(nonce);
  const expected = 3 * Math.ceil(length / 3) + 1;
  if (ciphertext.length !== expected) {
    throw new ValidationError('ciphertext', `has ${ciphertext.length} elements; ${length} details encrypt to ${expected}`);
  }
  try {
    return poseidonDecrypt([...ciphertext], [shared.x, shared.y], nonce, length);
  } catch {
    throw new WattproofError('FAILED', 'the ciphertext does not decrypt under this key and nonce (another recipient, another settlement, or tampered)');
  }
}
