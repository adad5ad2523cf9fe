/**
 * The regulator's disclosure key split 2-of-3 among supervisory bodies (docs/disclosure-spec.md §9):
 * a distributed key generation without a dealer (Pedersen's, with Feldman commitments) gives each body
 * a share of a secret that nobody holds, and a public key `R` registered in DisclosureKeys like any
 * other; any two bodies open a settlement by threshold ECDH: each computes its share times the
 * settlement's ephemeral key, with a Chaum-Pedersen proof that it used its share, and the two partial
 * points combine with Lagrange coefficients into the shared point `r * E`, whose y is the cipher key of
 * exactly that settlement (construction v3, §10: `openBillDisclosure`; computed on either x of the
 * published ephemeral y, it is `r * E` or `-(r * E)`, one y). The circuit, the registry and the
 * contracts are unchanged.
 * Browser-safe.
 * @packageDocumentation
 */
import { Base8, type Point } from '@zk-kit/baby-jubjub';
import { addAffine, mulPoint } from './eddsa.js';
import { ValidationError, WattproofError } from '../errors.js';
import { type CurvePoint, isCurvePoint, randomScalar } from './disclosure.js';
import { BABYJUB_SUBORDER, FIELD_P } from './field.js';
import { poseidon } from './poseidon.js';
import { invertModPrime } from './modular.js';

const L = BABYJUB_SUBORDER;
const IDENTITY: Point<bigint> = [0n, 1n];
const toPoint = (p: CurvePoint): Point<bigint> => [p.x, p.y];
const fromPoint = (p: Point<bigint>): CurvePoint => ({ x: p[0], y: p[1] });
const mod = (a: bigint): bigint => ((a % L) + L) % L;
// extended-coordinate arithmetic (core/src/crypto/eddsa.ts): a body's partial decryptions of a block range
// are a few scalar multiplications per settlement
const mul = (p: CurvePoint, s: bigint): CurvePoint => fromPoint(mulPoint(toPoint(p), mod(s)));
const add = (a: CurvePoint, b: CurvePoint): CurvePoint => fromPoint(addAffine(toPoint(a), toPoint(b)));
const eq = (a: CurvePoint, b: CurvePoint): boolean => a.x === b.x && a.y === b.y;
const BASE: CurvePoint = fromPoint(Base8 as Point<bigint>);

/** `wattproof.threshold.v1`: domain tag of the partial decryptions' Chaum-Pedersen challenges. */
export const TAG_THRESHOLD = 0x77617474_70726f6f_662e7468_72657368_6f6c642e_7631n;

/** The split the tooling implements: any 2 of 3 supervisory bodies (indices 1, 2, 3). */
export const THRESHOLD = 2;
export const BODIES = 3;

/** What body `dealer` sends in the key generation: Feldman commitments (public) and one share per body (private, to that body only). */
export interface KeyDeal {
  dealer: number;
  /** `a_k * Base8` for the coefficients of the dealer's degree-1 polynomial (`a_0` is its secret's part). */
  commitments: CurvePoint[];
  /** `f(j)` for body j = 1..3 (index j - 1); each goes to body j over a private channel. */
  shares: bigint[];
}

/** One body's result of the key generation. */
export interface KeyShare {
  /** 1, 2 or 3. */
  index: number;
  /** `s_j = sum_i f_i(j) mod l`: the body's share of the regulator's secret (kept by the body). */
  share: bigint;
  /** The regulator's public key `R = sum_i a_{i,0} * Base8` (registered in DisclosureKeys). */
  publicKey: CurvePoint;
  /** `s_m * Base8` of every body m = 1..3 (public: checks the partial decryptions). */
  publicShares: CurvePoint[];
}

/** A body's partial decryption of one settlement's ephemeral key, with its proof. */
export interface PartialDecryption {
  index: number;
  /** `s_j * E`. */
  point: CurvePoint;
  /** Chaum-Pedersen proof that `point = s_j * E` for the `s_j` of `s_j * Base8 = publicShares[j - 1]`. */
  proof: { c: bigint; z: bigint };
}

function checkIndex(j: number, field: string): void {
  if (!Number.isInteger(j) || j < 1 || j > BODIES) throw new ValidationError(field, `must be a body index 1..${BODIES}`);
}

/** True when `p` is a curve point of the prime-order subgroup (`l * p` is the identity). */
export function inSubgroup(p: CurvePoint): boolean {
  return isCurvePoint(p) && eq(fromPoint(mulPoint(toPoint(p), L)), fromPoint(IDENTITY));
}

/**
 * Step 1 of the key generation, run by each body: a random polynomial `f(x) = a_0 + a_1 x` over the
 * subgroup order, its commitments and its values at the three bodies' indices.
 */
export function dealKeyShares(dealer: number): KeyDeal {
  checkIndex(dealer, 'dealer');
  const coefficients = Array.from({ length: THRESHOLD }, () => randomScalar());
  return {
    dealer,
    commitments: coefficients.map((a) => mul(BASE, a)),
    shares: Array.from({ length: BODIES }, (_, k) => mod(coefficients.reduce((acc, a, d) => acc + a * BigInt(k + 1) ** BigInt(d), 0n))),
  };
}

/** `sum_k j^k * C_k`: what `f(j) * Base8` must be for the commitments `C`. */
function committedAt(commitments: readonly CurvePoint[], j: number): CurvePoint {
  return commitments.reduce((acc, c, k) => add(acc, mul(c, BigInt(j) ** BigInt(k))), fromPoint(IDENTITY));
}

/**
 * Step 2, run by body `index` with every body's deal: checks the share each dealer sent it against the
 * dealer's commitments (Feldman), then sums its shares and the public key.
 * @throws ValidationError naming the dealer whose share or commitments are wrong (that body is excluded
 *   by the others and the generation restarts)
 */
export function combineKeyShares(index: number, deals: readonly KeyDeal[]): KeyShare {
  checkIndex(index, 'index');
  const dealers = new Set(deals.map((d) => d.dealer));
  if (deals.length !== BODIES || dealers.size !== BODIES) throw new ValidationError('deals', `need one deal from each of the ${BODIES} bodies`);
  let share = 0n;
  for (const d of deals) {
    if (d.commitments.length !== THRESHOLD || !d.commitments.every(inSubgroup)) {
      throw new ValidationError(`deals[${d.dealer}].commitments`, `must be ${THRESHOLD} points of the subgroup`);
    }
    const s = d.shares[index - 1];
    if (s === undefined || s < 0n || s >= L || !eq(mul(BASE, s), committedAt(d.commitments, index))) {
      throw new ValidationError(`deals[${d.dealer}].shares[${index}]`, `does not match dealer ${d.dealer}'s commitments`);
    }
    share = mod(share + s);
  }
  const sum = (points: CurvePoint[]): CurvePoint => points.reduce(add, fromPoint(IDENTITY));
  return {
    index,
    share,
    publicKey: sum(deals.map((d) => d.commitments[0] as CurvePoint)),
    publicShares: Array.from({ length: BODIES }, (_, k) => sum(deals.map((d) => committedAt(d.commitments, k + 1)))),
  };
}

/** The Lagrange coefficient of body `j` among `indices`, evaluating at `x` (mod l). */
function lagrange(j: number, indices: readonly number[], x: number): bigint {
  let num = 1n;
  let den = 1n;
  for (const m of indices) {
    if (m === j) continue;
    num = mod(num * BigInt(x - m));
    den = mod(den * BigInt(j - m));
  }
  return mod(num * modInverse(den));
}

/**
 * True when the bodies' public shares and the public key are one polynomial's points: `R` is the
 * Lagrange combination of any two shares at 0, and the third share lies on the same line. A combined
 * key file whose shares were swapped or altered fails this before any partial is checked against them.
 */
export function publicSharesMatch(publicKey: CurvePoint, publicShares: readonly CurvePoint[]): boolean {
  if (publicShares.length !== BODIES || !publicShares.every(inSubgroup) || !inSubgroup(publicKey)) return false;
  const at = (x: number): CurvePoint =>
    [1, 2].reduce((acc, j) => add(acc, mul(publicShares[j - 1] as CurvePoint, lagrange(j, [1, 2], x))), fromPoint(IDENTITY));
  return eq(at(0), publicKey) && eq(at(3), publicShares[2] as CurvePoint);
}

async function challenge(publicShare: CurvePoint, e: CurvePoint, point: CurvePoint, a1: CurvePoint, a2: CurvePoint): Promise<bigint> {
  return mod(await poseidon([TAG_THRESHOLD, publicShare.x, publicShare.y, e.x, e.y, point.x, point.y, a1.x, a1.y, a2.x, a2.y].map((v) => v % FIELD_P)));
}

/**
 * A body's partial decryption of the ephemeral key `E` of one settlement: `s_j * E` and a proof that
 * it is (a body that posts another point is caught by {@link verifyPartial}).
 * @throws ValidationError when `E` is not in the prime-order subgroup (a small-order component would
 *   leak the share modulo the cofactor)
 */
export async function partialDecrypt(key: KeyShare, ephemeralKey: CurvePoint): Promise<PartialDecryption> {
  if (!inSubgroup(ephemeralKey)) throw new ValidationError('ephemeralKey', 'is not a point of the prime-order subgroup');
  const point = mul(ephemeralKey, key.share);
  const k = randomScalar();
  const a1 = mul(BASE, k);
  const a2 = mul(ephemeralKey, k);
  const c = await challenge(key.publicShares[key.index - 1] as CurvePoint, ephemeralKey, point, a1, a2);
  return { index: key.index, point, proof: { c, z: mod(k + c * key.share) } };
}

/** Checks a partial decryption against the body's public share (Chaum-Pedersen: same discrete log). */
export async function verifyPartial(p: PartialDecryption, publicShare: CurvePoint, ephemeralKey: CurvePoint): Promise<boolean> {
  if (!inSubgroup(p.point) || !inSubgroup(ephemeralKey)) return false;
  const { c, z } = p.proof;
  if (c < 0n || c >= L || z < 0n || z >= L) return false;
  // A1 = z * B - c * P, A2 = z * E - c * D
  const a1 = add(mul(BASE, z), mul(publicShare, L - c));
  const a2 = add(mul(ephemeralKey, z), mul(p.point, L - c));
  return c === (await challenge(publicShare, ephemeralKey, p.point, a1, a2));
}

/**
 * Combines two verified partial decryptions into the shared point `r * E` (Lagrange at 0), whose y
 * opens the settlement with `openBillDisclosure` (only the y is the cipher key, construction v3).
 * @throws WattproofError (FAILED) when a partial does not verify; ValidationError with fewer than two bodies
 */
export async function combinePartials(
  partials: readonly PartialDecryption[],
  publicShares: readonly CurvePoint[],
  ephemeralKey: CurvePoint,
): Promise<CurvePoint> {
  const chosen = partials.slice(0, THRESHOLD);
  const indices = chosen.map((p) => p.index);
  if (chosen.length < THRESHOLD || new Set(indices).size < THRESHOLD) throw new ValidationError('partials', `need ${THRESHOLD} bodies' partial decryptions`);
  for (const p of chosen) {
    checkIndex(p.index, 'partials.index');
    if (!(await verifyPartial(p, publicShares[p.index - 1] as CurvePoint, ephemeralKey))) {
      throw new WattproofError('FAILED', `body ${p.index}'s partial decryption does not verify against its public share`);
    }
  }
  let shared = fromPoint(IDENTITY);
  for (const p of chosen) shared = add(shared, mul(p.point, lagrange(p.index, indices, 0)));
  return shared;
}

const modInverse = (a: bigint): bigint => invertModPrime(a, L);
