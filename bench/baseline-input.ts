/**
 * Witness input of the naive baseline circuit (circuits/baseline/naive_bill.circom,
 * `NaiveBill(I, MAXD)`), for the same tariff and the same period as the product circuit.
 *
 * The baseline has the product circuit's inputs, but its meter signs a different statement: the
 * series digests chain the readings unpacked, 15 per Poseidon16 call over all `MAXD * I`
 * (zero-padded) readings, instead of 12 readings packed per element. So the input is the
 * engine's {@link buildBillInput} with the signature fields replaced by a signature over that
 * statement.
 * @packageDocumentation
 */
import { buildBillInput, type BillCircuitInput } from '../prover/src/bill-input.js';
import { poseidon } from '../core/src/crypto/poseidon.js';
import { signStatement } from '../core/src/crypto/eddsa.js';
import { TAG_SERIES } from '../core/src/crypto/tags.js';
import type { SignedPeriod } from '../core/src/meter/index.js';
import type { Tariff } from '../core/src/tariff/index.js';

/**
 * `wattproof.period.v1`: the baseline circuit (circuits/baseline/naive_bill.circom) is the
 * pre-packing design kept for comparison, and keeps statement v1 (no non-actual count).
 */
export const TAG_PERIOD_V1 = 2662278197889393509332597895131764359707915825n;

/** Readings absorbed per Poseidon16 call (the 16th input is the chaining value). */
const PER_BLOCK = 15;

/** `h0 = TAG_SERIES`, `h_{b+1} = Poseidon16(h_b, r[15b..15b+14])` over `n` readings, zero-padded. */
export async function unpackedSeriesDigest(readings: readonly (number | bigint)[], n: number): Promise<bigint> {
  if (readings.length > n) throw new RangeError(`series has ${readings.length} readings, more than the circuit's ${n}`);
  let h = TAG_SERIES;
  for (let b = 0; b * PER_BLOCK < n; b++) {
    const block = Array.from({ length: PER_BLOCK }, (_, k) => {
      const i = b * PER_BLOCK + k;
      return i < n ? BigInt(readings[i] ?? 0) : 0n;
    });
    h = await poseidon([h, ...block]);
  }
  return h;
}

/**
 * The statement the baseline's meter signs (statement v1): `Poseidon7(TAG_PERIOD_V1, meterId, periodStart,
 * 86400 / I, MAXD * I, importDigest, exportDigest)` with unpacked digests. The baseline only
 * takes full periods, so the interval count is always `MAXD * I`.
 */
export async function baselineStatement(sp: SignedPeriod, intervalsPerDay: number, maxDays: number): Promise<bigint> {
  const n = intervalsPerDay * maxDays;
  if (sp.imports.length !== n) {
    throw new RangeError(`the baseline takes full periods only: ${sp.imports.length} intervals, expected ${n}`);
  }
  const [imp, exp] = await Promise.all([unpackedSeriesDigest(sp.imports, n), unpackedSeriesDigest(sp.exports, n)]);
  return poseidon([TAG_PERIOD_V1, sp.meterId, BigInt(sp.periodStart), BigInt(86400 / intervalsPerDay), BigInt(n), imp, exp]);
}

/**
 * Input of `NaiveBill(intervalsPerDay, maxDays)`: the product circuit's input for the same bill
 * with `R8x, R8y, S` re-signed over {@link baselineStatement} by `meterKey` (the key of
 * `signedPeriod`).
 */
export async function buildBaselineInput(
  tariff: Tariff,
  signedPeriod: SignedPeriod,
  meterKey: Uint8Array,
  opts: { intervalsPerDay: number; maxDays: number; domain: bigint },
): Promise<BillCircuitInput> {
  const input = await buildBillInput(tariff, signedPeriod, opts);
  const sig = await signStatement(meterKey, await baselineStatement(signedPeriod, opts.intervalsPerDay, opts.maxDays));
  return { ...input, R8x: sig.R8x.toString(), R8y: sig.R8y.toString(), S: sig.S.toString() };
}
