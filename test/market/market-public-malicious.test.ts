// Malicious witnesses against the public-price market circuit (docs/market-spec.md §11): what the
// residue layout adds (the rotation, the day and slot a reading is priced at, the sign of a price,
// energy on a day outside the period). Each attack is the honest witness edited the way a cheating
// prover would, public signals kept, every other signal re-derived; the R1CS must reject it.
import { beforeAll, describe, expect, it } from 'vitest';
import { computeMarketBill, marketTerms, residuePriceInputs } from '../../core/src/market/index.js';
import { FIELD_P, loadCircuit, type CircuitUnderTest } from '../circuits/harness.js';
import { DAY0, publicPriceCase, SPOTPUB_3D } from './cases.js';

const field = (v: bigint): bigint => ((v % FIELD_P) + FIELD_P) % FIELD_P;

const spot = marketTerms(
  24,
  { kind: 'spot', adders: [2500, 4100, -300, 0, 0, 0, 0, 0], bands: Array.from({ length: 24 }, (_, s) => s % 3), standingPerDay: 120_000n, taxBps: 1900 },
  77n,
);

describe('mkt_spotpub_3d_60m rejects malicious witnesses', () => {
  let c: CircuitUnderTest;
  let honest: Awaited<ReturnType<typeof publicPriceCase>>;
  let w: bigint[];
  const sig = (name: string) => c.signal(`main.${name}`);
  const outputs = ['keyHash', 'termsCommitment', 'period', 'amounts'];
  /** The public signals a cheater must keep: the outputs the contract checks, firstDay, domain and every price. */
  const pinnedPublic = (names = outputs) => {
    const m = new Map<number, bigint>(names.map((o): [number, bigint] => [sig(o), w[sig(o)]!]));
    for (const i of c.publicIndexes) if (!outputs.some((o) => sig(o) === i)) m.set(i, w[i]!);
    return m;
  };
  // a 2-day period starting at residue 2: days at residues 2 and 0, residue 1 outside the period
  const firstDay = DAY0 + ((2 - (DAY0 % 3) + 3) % 3);

  beforeAll(async () => {
    c = await loadCircuit(SPOTPUB_3D.name);
    honest = await publicPriceCase(SPOTPUB_3D, spot, { firstDay, days: 2 });
    expect(firstDay % 3).toBe(2);
    w = await c.witness(honest.input);
    expect(c.violated(w)).toEqual([]);
  });

  it('the re-solver is sound: the honest witness re-derived from its inputs and public signals satisfies every constraint', () => {
    expect(c.violated(c.solve(w, pinnedPublic()))).toEqual([]);
  });

  it('readings rotated by the wrong number of days (the residue of another first day)', async () => {
    // the residue's bits drive the barrel shifter: claim residue 0, 1 or 3 (= 0 mod 3) for a first
    // day of residue 2; the quotient's range check leaves no other q to absorb the difference
    const bits = c.find(/^main\.residueBits\[\d\]$/).sort(([a], [b]) => a.localeCompare(b));
    expect(bits).toHaveLength(2);
    for (const wrong of [0n, 1n, 3n]) {
      const fixed = pinnedPublic();
      bits.forEach(([, i], b) => fixed.set(i, (wrong >> BigInt(b)) & 1n));
      expect(c.violated(c.solve(w, fixed)).length, `residue ${wrong}`).toBeGreaterThan(0);
    }
    // the witness generator computes a wrong rotation when told another first day: the digest
    // then is not the signed one
    await expect(c.witness({ ...honest.input, firstDay: String(firstDay + 1) })).rejects.toThrow();
  });

  it("readings laid out for another rotation, consistently (the digest stays the signed one): only the quotient's range check stops a day from being priced at another day's prices", () => {
    // honest: period day 0 at residue 2, day 1 at residue 0. The cheat claims residue 0: day 0 at
    // residue 0 (day 1's prices), day 1 at residue 1 (no day of the period: price 0). The readings
    // are moved to match, so the rotation still yields the signed series; day = 3 q + 0 then needs
    // q = (firstDay - 0) / 3 in the field, which no 32-bit q is.
    const bits = c.find(/^main\.residueBits\[\d\]$/).sort(([a], [b]) => a.localeCompare(b));
    const fixed = pinnedPublic(['keyHash', 'termsCommitment', 'period']);
    bits.forEach(([, i]) => fixed.set(i, 0n));
    for (let s = 0; s < 24; s++) {
      fixed.set(sig(`slotReadings[${0 * 24 + s}]`), w[sig(`slotReadings[${2 * 24 + s}]`)]!);
      fixed.set(sig(`slotReadings[${1 * 24 + s}]`), w[sig(`slotReadings[${0 * 24 + s}]`)]!);
      fixed.set(sig(`slotReadings[${2 * 24 + s}]`), 0n);
    }
    const cheat = c.solve(w, fixed);
    const violated = c.violated(cheat);
    expect(violated.length).toBeGreaterThan(0);
    // among what is violated: the residue's equation (the quotient's bits cannot absorb it); the
    // rest are the rounding's hints, which the re-solver does not re-derive for the new amount
    const qBits = new Set(c.find(/^main\.DayResidue_\d+_\d+\.Num2Bits_\d+_\d+\.out\[\d+\]$/).map(([, i]) => i));
    expect(qBits.size).toBeGreaterThan(0);
    expect(
      violated.some((k) =>
        Object.keys(c.constraints[k]![0])
          .concat(Object.keys(c.constraints[k]![1]), Object.keys(c.constraints[k]![2]))
          .some((i) => qBits.has(Number(i))),
      ),
    ).toBe(true);
  });

  it("a reading priced at another day's price (two days' readings swapped between residues)", () => {
    const fixed = pinnedPublic();
    for (let s = 0; s < 24; s++) {
      fixed.set(sig(`slotReadings[${2 * 24 + s}]`), w[sig(`slotReadings[${s}]`)]!);
      fixed.set(sig(`slotReadings[${s}]`), w[sig(`slotReadings[${2 * 24 + s}]`)]!);
    }
    expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
  });

  it('a reading shifted by one interval (slot s priced at slot s + 1)', () => {
    const fixed = pinnedPublic();
    const r = 2;
    for (let s = 0; s < 24; s++) fixed.set(sig(`slotReadings[${r * 24 + ((s + 1) % 24)}]`), w[sig(`slotReadings[${r * 24 + s}]`)]!);
    expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
  });

  it('a negative price read as its magnitude, or as its 32-bit biased slot (the amount a careless prover would claim)', async () => {
    const asMagnitude = computeMarketBill(
      spot,
      honest.signed.imports,
      honest.prices.map((d) => d.map(Math.abs)),
      6,
    );
    expect(asMagnitude.charge).not.toBe(honest.amount.charge);
    for (const amounts of [asMagnitude.charge + (asMagnitude.credit << 96n), field(w[sig('amounts')]! + 1n)]) {
      const fixed = pinnedPublic(['keyHash', 'termsCommitment', 'period']);
      fixed.set(sig('amounts'), amounts);
      expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
    }
    // the engine and the circuit read a negative price as p mod r, never as 2^32 + p: the price
    // inputs the feed's point stands for are exactly these field elements
    const inputs = residuePriceInputs(firstDay, honest.prices, 3, 24);
    const neg = honest.prices[0]!.findIndex((p) => p < 0);
    expect(neg).toBeGreaterThanOrEqual(0);
    expect(inputs[2 * 24 + neg]).toBe(FIELD_P + BigInt(honest.prices[0]![neg]!));
    // a price input of 2^32 + p instead of p mod r changes the amount the circuit outputs
    const biased = structuredClone(honest.input) as { prices: string[][] };
    biased.prices[2]![neg] = (2n ** 32n + BigInt(honest.prices[0]![neg]!)).toString();
    const wb = await c.witness(biased);
    expect(wb[sig('amounts')]).not.toBe(w[sig('amounts')]);
  });

  it('energy on the day outside the period (its residue has price 0, but the adders and tax still see it)', async () => {
    const fixed = pinnedPublic(['keyHash', 'termsCommitment', 'period']);
    for (let s = 0; s < 24; s++) fixed.set(sig(`slotReadings[${1 * 24 + s}]`), 60_000n);
    const cheat = c.solve(w, fixed);
    expect(c.violated(cheat).length).toBeGreaterThan(0);
    // the witness generator stops at the same constraint
    const input = structuredClone(honest.input) as { slotReadings: string[] };
    for (let s = 0; s < 24; s++) input.slotReadings[24 + s] = '60000';
    await expect(c.witness(input)).rejects.toThrow();
  });

  it("a price input of a residue outside the period doesn't change the amount (the feed's point gives it 0, the readings there are 0)", async () => {
    const input = structuredClone(honest.input) as { prices: string[][] };
    input.prices[1] = input.prices[1]!.map(() => '123456');
    const w2 = await c.witness(input);
    expect(w2[sig('amounts')]).toBe(w[sig('amounts')]);
  });
});
