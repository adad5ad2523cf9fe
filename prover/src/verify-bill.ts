/**
 * Checking bill proofs off-chain, reading their public signals, and shaping them for the
 * verifier and settle calls. Platform-neutral.
 * @packageDocumentation
 */
import { ProofError, ValidationError } from '../../core/src/errors.js';
import { FIELD_P } from '../../core/src/crypto/field.js';
import { unpackAmounts, unpackDomain, unpackPeriod } from '../../core/src/bill/signals.js';
import type { BillPublicSignals } from './bill-input.js';
import { toSolidityArgs, verify, type Groth16Proof, type SolidityProofArgs } from './groth16.js';
import type { PlainProof } from './prove-core.js';

/** BN254 base field: proof coordinates must be below it. */
const BASE_Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583n;
const DECIMAL = /^(0|[1-9][0-9]*)$/;
const SIGNAL_NAMES = ['keyHash', 'tariffCommitment', 'period', 'amounts', 'domain'] as const;
/** Bill circuits have exactly these public signals (spec §7). */
export const BILL_SIGNAL_COUNT = 5;
/** A bill circuit with the regulator's disclosure has five more (docs/disclosure-spec.md §5, construction v3 of §10). */
export const DISCLOSED_BILL_SIGNAL_COUNT = 10;
/**
 * A bill circuit whose disclosure also carries import per hour of the local day (layout v2,
 * `"disclose": 2`, docs/disclosure-spec.md §8) has eight more. (The same count as a disclosed yearly
 * circuit would have; no instance has both, and DisclosedSettlement settles neither as the other.)
 */
export const DISCLOSED_HOURLY_BILL_SIGNAL_COUNT = 13;
/** Public signals of a yearly-block bill circuit: the five, then ytdOld, ytdNew, ytdYear (spec §7). */
export const YEARLY_BILL_SIGNAL_COUNT = 8;
/** Every signal count a bill circuit has: plain, yearly, disclosed, disclosed and yearly or disclosed hourly (13). */
const BILL_SIGNAL_COUNTS = [BILL_SIGNAL_COUNT, YEARLY_BILL_SIGNAL_COUNT, DISCLOSED_BILL_SIGNAL_COUNT, DISCLOSED_BILL_SIGNAL_COUNT + 3];

function fail(field: string, reason: string): never {
  throw new ProofError(`${field}: ${reason}`, { field });
}

function decimalBelow(v: unknown, limit: bigint, field: string, limitName: string): bigint {
  if (typeof v !== 'string' || !DECIMAL.test(v)) fail(field, 'must be a decimal string (digits only, no sign or leading zeros)');
  const n = BigInt(v);
  if (n >= limit) fail(field, `must be below the ${limitName}`);
  return n;
}

function tuple(v: unknown, len: number, field: string): unknown[] {
  if (!Array.isArray(v) || v.length !== len) fail(field, `must be an array of ${len}`);
  return v;
}

/**
 * Checks that `proof` is a well-formed Groth16 BN254 proof in snarkjs's plain form.
 * @throws ProofError naming the first bad field, e.g. `proof.pi_b[1][0]`
 */
export function assertPlainProof(proof: unknown, root = 'proof'): asserts proof is PlainProof {
  if (typeof proof !== 'object' || proof === null || Array.isArray(proof)) fail(root, 'must be an object');
  const p = proof as Record<string, unknown>;
  if (p.protocol !== 'groth16') fail(`${root}.protocol`, "must be 'groth16'");
  if (p.curve !== 'bn128') fail(`${root}.curve`, "must be 'bn128'");
  const q = 'BN254 base field modulus';
  for (const key of ['pi_a', 'pi_c'] as const) {
    tuple(p[key], 3, `${root}.${key}`).forEach((v, i) => decimalBelow(v, BASE_Q, `${root}.${key}[${i}]`, q));
  }
  tuple(p.pi_b, 3, `${root}.pi_b`).forEach((pair, i) =>
    tuple(pair, 2, `${root}.pi_b[${i}]`).forEach((v, j) => decimalBelow(v, BASE_Q, `${root}.pi_b[${i}][${j}]`, q)),
  );
}

/**
 * Checks that `publicSignals` are the 5 bill signals (10 with the regulator's disclosure; 3 more, last,
 * for a yearly-block circuit: ytdOld, ytdNew, ytdYear, spec §7), decimal strings below the scalar field.
 * @throws ProofError naming the first bad entry, e.g. `publicSignals[3]`
 */
export function assertBillSignals(publicSignals: unknown, root = 'publicSignals'): asserts publicSignals is BillPublicSignals {
  const n = Array.isArray(publicSignals) && BILL_SIGNAL_COUNTS.includes(publicSignals.length) ? publicSignals.length : BILL_SIGNAL_COUNT;
  tuple(publicSignals, n, root).forEach((v, i) => decimalBelow(v, FIELD_P, `${root}[${i}]`, 'BN254 scalar field modulus'));
}

/** What {@link verifyBill} checks. */
export interface VerifyBillOptions {
  proof: PlainProof;
  publicSignals: readonly string[];
  /** The circuit's Groth16 verification key (snarkjs JSON, e.g. build/circuits/<name>/vkey.json). */
  vkey: unknown;
}

/**
 * Verifies a bill proof off-chain with the circuit's verification key.
 * @returns true iff the proof is valid for these public signals under `vkey`
 * @throws ProofError naming the field when the proof, the signals or the key are malformed
 *   (a well-formed but wrong proof is not an error: it returns false)
 */
export async function verifyBill({ proof, publicSignals, vkey }: VerifyBillOptions): Promise<boolean> {
  assertPlainProof(proof);
  assertBillSignals(publicSignals);
  const k = vkey as { protocol?: unknown; curve?: unknown; nPublic?: unknown } | null;
  if (typeof k !== 'object' || k === null) fail('vkey', 'must be a verification key object');
  if (k.protocol !== 'groth16') fail('vkey.protocol', "must be 'groth16'");
  if (k.curve !== 'bn128') fail('vkey.curve', "must be 'bn128'");
  if (k.nPublic !== publicSignals.length) fail('vkey.nPublic', `is ${String(k.nPublic)}; these signals need a key of ${publicSignals.length}`);
  return verify(vkey, proof, [...publicSignals]);
}

/** The public facts of a bill proof, decoded from its signals (spec §7). */
export interface DecodedBillSignals {
  /** Poseidon2 of the meter's public key. */
  keyHash: bigint;
  tariffCommitment: bigint;
  meterId: bigint;
  /** Unix seconds. */
  periodStart: number;
  intervalCount: number;
  intervalSeconds: number;
  /** Intervals that were not actual meter reads, as the meter signed (statement v2). */
  nonActualCount: number;
  /** Token smallest units charged (tax included). */
  charge: bigint;
  /** Token smallest units credited for export. */
  credit: bigint;
  chainId: bigint;
  /** Settlement contract address, lowercase hex. */
  contract: string;
}

/**
 * Decodes the five public signals of a bill proof.
 * @throws ProofError naming the signal when one is malformed or not a packed value
 */
export function decodeBillSignals(publicSignals: readonly string[]): DecodedBillSignals {
  assertBillSignals(publicSignals);
  const s = publicSignals;
  const unpack = <T>(i: number, fn: (v: string) => T): T => {
    try {
      return fn(s[i]!);
    } catch (e) {
      if (e instanceof ValidationError) fail(`publicSignals[${i}]`, `(${SIGNAL_NAMES[i]}) ${e.reason}`);
      throw e;
    }
  };
  const period = unpack(2, unpackPeriod);
  const amounts = unpack(3, unpackAmounts);
  const domain = unpack(4, unpackDomain);
  return {
    keyHash: BigInt(s[0]),
    tariffCommitment: BigInt(s[1]),
    meterId: period.meterId,
    periodStart: period.periodStart,
    intervalCount: period.intervalCount,
    intervalSeconds: period.intervalSeconds,
    nonActualCount: period.nonActualCount ?? 0,
    charge: amounts.charge,
    credit: amounts.credit,
    chainId: domain.chainId,
    contract: domain.address,
  };
}

/** {@link toSettlementArgs}'s result: the signals are exactly the five of a bill. */
export interface BillSolidityArgs extends SolidityProofArgs {
  /** The five of spec §7; a yearly-block circuit's eight (SettlementClient.settle then sends settleYearly). */
  signals: [bigint, bigint, bigint, bigint, bigint] | [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
}

/**
 * A bill proof as the arguments of the generated verifier's `verifyProof(a, b, c, signals)` and
 * of `Settlement.settle(a, b, c, signals)` (G2 coordinates swapped as the EVM expects).
 * @throws ProofError naming the field when the proof or the signals are malformed
 */
export function toSettlementArgs(bill: { proof: PlainProof; publicSignals: readonly string[] }): BillSolidityArgs {
  assertPlainProof(bill.proof, 'proof');
  assertBillSignals(bill.publicSignals);
  return toSolidityArgs(bill.proof as Groth16Proof, [...bill.publicSignals]) as BillSolidityArgs;
}
