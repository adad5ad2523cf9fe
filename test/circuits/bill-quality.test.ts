// Statement v2 (issue 12): the meter signs how many intervals are not actual reads, the circuit
// makes that count public in `period` (bits 144..159), and a count other than the signed one,
// above the interval count, or outside 16 bits has no witness. Each attack is tried through the
// witness calculator and at the constraint level (the honest witness edited as a cheating
// prover would).
import { beforeAll, describe, expect, it } from 'vitest';
import { packPeriod, unpackPeriod } from '../../core/src/bill/signals.js';
import type { IntervalQuality } from '../../core/src/meter/quality.js';
import { loadCircuit, tamper, type CircuitUnderTest } from './harness.js';
import { billCase, dayProfile, fullTariff, METER_KEY, midnight, ONE_DAY, type BillCase } from './cases.js';
import { signRaw } from './raw-sign.js';

type Input = Record<string, string | string[]>;
const QUALITY: IntervalQuality[] = Array.from({ length: 48 }, (_, i) => (i === 3 ? 'estimated' : i === 20 ? 'substituted' : i === 21 ? 'filled' : 'actual'));

describe('bill_1d_30m: the non-actual interval count (statement v2)', () => {
  let c: CircuitUnderTest;
  let honest: BillCase;
  let w: bigint[];

  async function expectRejected(input: Input): Promise<void> {
    await expect(c.witness(input)).rejects.toThrow(/Assert Failed/);
  }
  /** The input with `count` and a signature the meter key made over a statement with `signed`. */
  async function withCount(count: bigint, signed: bigint): Promise<Input> {
    const s = honest.signed;
    const sig = await signRaw(METER_KEY, s, s.imports.map(BigInt), s.exports.map(BigInt), signed);
    return { ...honest.input, nonActualCount: count.toString(), R8x: sig.R8x.toString(), R8y: sig.R8y.toString(), S: sig.S.toString() };
  }

  beforeAll(async () => {
    c = await loadCircuit(ONE_DAY.name);
    honest = await billCase(ONE_DAY, fullTariff(48), { start: midnight('2026-03-04', 3600), ...dayProfile(48, 1, 2), quality: QUALITY });
    w = await c.witness(honest.input);
    expect(c.violated(w)).toEqual([]);
  });

  it('the honest witness makes the signed count public in period', () => {
    expect(honest.input['nonActualCount']).toBe('3');
    const period = w[c.publicIndexes[2]!]!;
    expect(String(period)).toBe(honest.expected[2]);
    expect(unpackPeriod(period)).toMatchObject({ intervalCount: 48, intervalSeconds: 1800, nonActualCount: 3 });
    expect(period).toBe(packPeriod({ meterId: 4242n, periodStart: honest.signed.periodStart, intervalCount: 48, intervalSeconds: 1800, nonActualCount: 3 }));
  });

  it('a count that differs from the signed one has no witness', async () => {
    for (const lie of [0n, 2n, 4n, 48n]) {
      await expectRejected({ ...honest.input, nonActualCount: lie.toString() });
      // Constraint level: a cheating prover publishes a period with the lie and re-derives
      // everything from it (the count itself is only its bits after --O2), signature kept.
      const period = c.publicIndexes[2]!;
      const cheat = c.solve(w, new Map([[period, w[period]! + (lie - 3n) * (1n << 144n)]]));
      expect(cheat[period]).toBe(w[period]! + (lie - 3n) * (1n << 144n));
      expect(c.violated(cheat).length).toBeGreaterThan(0);
    }
  });

  it('the public period cannot carry another count than the witness', () => {
    expect(c.violated(tamper(w, [[c.publicIndexes[2]!, w[c.publicIndexes[2]!]! - (1n << 144n)]])).length).toBeGreaterThan(0);
  });

  it('a meter that signs a count above the interval count or outside 16 bits gets no witness', async () => {
    // Signed, so only the range checks stand in the way.
    await expectRejected(await withCount(49n, 49n));
    await expectRejected(await withCount(65536n, 65536n));
    await expectRejected(await withCount(1n << 200n, 1n << 200n));
    // The boundary itself is fine: every interval estimated.
    const all = await c.witness(await withCount(48n, 48n));
    expect(c.violated(all)).toEqual([]);
    expect(unpackPeriod(all[c.publicIndexes[2]!]!).nonActualCount).toBe(48);
  });
});
