// Malicious witnesses that need more than one day (docs/market-spec.md §8): a multi-day circuit
// (the month's template, three days long) billing a shorter period. Kept apart from
// market-malicious.test.ts because the mutant tool runs it only for a mutant of market.circom that
// the one-day circuits cannot see.
import { beforeAll, describe, expect, it } from 'vitest';
import { marketTerms } from '../../core/src/market/index.js';
import { FIELD_P, loadCircuit, type CircuitUnderTest } from '../circuits/harness.js';
import { DAY0, marketCase, SPOT_DAYS } from './cases.js';

const field = (v: bigint): bigint => ((v % FIELD_P) + FIELD_P) % FIELD_P;
const I = SPOT_DAYS.intervalsPerDay;

describe('mkt_spot_3d_15m (the template of mkt_spot_31d_60m) rejects malicious witnesses of a period shorter than the circuit', () => {
  let c: CircuitUnderTest;
  let w: bigint[];
  let honest: Awaited<ReturnType<typeof marketCase>>;
  const sig = (name: string) => c.signal(`main.${name}`);

  beforeAll(async () => {
    c = await loadCircuit(SPOT_DAYS.name);
    honest = await marketCase(SPOT_DAYS, marketTerms(I, { kind: 'spot', adders: [2500, 0, 0, 0, 0, 0, 0, 0], taxBps: 700 }, 15n), {
      firstDay: DAY0 - 2,
      days: 2,
    });
    w = await c.witness(honest.input);
    expect(c.violated(w)).toEqual([]);
    expect((w[sig('period')]! >> 104n) & 0xffffn).toBe(BigInt(2 * I)); // 2 days
  }, 300_000);

  // The last day's readings are outside the signed digest (its chain state is not the one picked) and
  // its prices outside chainAfter (its link is not picked): only "a day past dayCount has no
  // readings" stops a prover from adding energy there at a price of its choosing.
  it("energy on a day past dayCount, at a very negative price of the prover's choice", async () => {
    const fixed = new Map<number, bigint>(['keyHash', 'termsCommitment', 'period', 'chainAfter'].map((o): [number, bigint] => [sig(o), w[sig(o)]!]));
    for (let s = 0; s < I; s++) {
      fixed.set(sig(`readings[${2 * I + s}]`), 60_000n);
      fixed.set(sig(`prices[2][${s}]`), field(-(2n ** 31n)));
    }
    const cheat = c.solve(w, fixed);
    expect(cheat[sig('chainAfter')]).toBe(w[sig('chainAfter')]);
    expect(c.violated(cheat).length).toBeGreaterThan(0);
    // the witness generator computes the whole cheat (a larger credit) and stops at the assertion;
    // the re-solver alone cannot re-derive the rounding's sign hint, so this is what sees the check
    const readings = (honest.input.readings as string[]).map((r, i) => (i >= 2 * I ? '60000' : r));
    const prices = (honest.input.prices as string[][]).map((day, d) => (d === 2 ? day.map(() => field(-(2n ** 31n)).toString()) : day));
    await expect(c.witness({ ...honest.input, readings, prices })).rejects.toThrow();
  }, 300_000);
});
