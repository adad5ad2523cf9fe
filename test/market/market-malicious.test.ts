// Malicious witnesses against the market circuits (docs/market-spec.md §8): each attack is the
// honest witness edited the way a cheating prover would, with the public signals it wants kept,
// and every other signal re-derived from the constraints; the R1CS must reject it.
import { beforeAll, describe, expect, it } from 'vitest';
import { chainLinks, computeMarketBill, marketTerms } from '../../core/src/market/index.js';
import { FIELD_P, loadCircuit, type CircuitUnderTest } from '../circuits/harness.js';
import { CFD_DAY, DAY0, dayPrices, marketCase, SPOT_DAY } from './cases.js';

const field = (v: bigint): bigint => ((v % FIELD_P) + FIELD_P) % FIELD_P;

describe.each([SPOT_DAY, CFD_DAY])('%s rejects malicious witnesses', (shape) => {
  let c: CircuitUnderTest;
  let honest: Awaited<ReturnType<typeof marketCase>>;
  let w: bigint[];
  const terms =
    shape === SPOT_DAY
      ? marketTerms(
          24,
          {
            kind: 'spot',
            adders: [2500, 900, 0, 0, 0, 0, 0, 0],
            bands: Array.from({ length: 24 }, (_, s) => (s >= 7 && s < 21 ? 0 : 1)),
            standingPerDay: 90_000n,
            taxBps: 700,
          },
          11n,
        )
      : marketTerms(24, { kind: 'cfd', strike: 7_000 }, 12n);
  const sig = (name: string) => c.signal(`main.${name}`);
  const outputs = ['keyHash', 'termsCommitment', 'period', 'amounts', 'chainAfter'];

  /** Inputs replaced by `prices`, public outputs pinned to the honest ones, the rest re-derived. */
  function cheatWithPrices(prices: number[], pinned: Map<number, bigint> = new Map()): bigint[] {
    const fixed = new Map<number, bigint>(pinned);
    prices.forEach((p, s) => fixed.set(sig(`prices[0][${s}]`), field(BigInt(p))));
    for (const o of outputs) if (!fixed.has(sig(o))) fixed.set(sig(o), w[sig(o)]!);
    return c.solve(w, fixed);
  }

  beforeAll(async () => {
    c = await loadCircuit(shape.name);
    honest = await marketCase(shape, terms);
    w = await c.witness(honest.input);
    expect(c.violated(w)).toEqual([]);
    expect(c.publicIndexes.map((i) => w[i]!)).toEqual(honest.publicSignals);
    expect(honest.prices[0]!.some((p) => p < 0)).toBe(true);
  });

  it('the honest witness re-derived with nothing changed satisfies every constraint (the solver is sound)', () => {
    expect(c.violated(cheatWithPrices(honest.prices[0]!))).toEqual([]);
  });

  it("a price of another day (the next day's prices under this day's published chain)", async () => {
    const other = dayPrices(24, DAY0 + 1);
    expect(c.violated(cheatWithPrices(other)).length).toBeGreaterThan(0);
    // through the witness calculator the proof would carry another chainAfter, which the feed refuses
    const ww = await c.witness({ ...honest.input, prices: [other.map((p) => field(BigInt(p)).toString())] });
    expect(ww[sig('chainAfter')]).not.toBe(w[sig('chainAfter')]);
    expect(ww[sig('chainAfter')]).toBe((await chainLinks(honest.chainBefore, DAY0, [other]))[0]);
  });

  it("the day's own prices claimed for the next delivery day (firstDay shifted)", () => {
    const fixed = new Map<number, bigint>([[sig('firstDay'), BigInt(DAY0 + 1)]]);
    expect(c.violated(cheatWithPrices(honest.prices[0]!, fixed)).length).toBeGreaterThan(0);
  });

  it('prices shifted by one interval', () => {
    const p = honest.prices[0]!;
    expect(c.violated(cheatWithPrices([...p.slice(1), p[0]!])).length).toBeGreaterThan(0);
  });

  it('a negative price mishandled: read as its absolute value, as an unsigned 32-bit word, or off the range', () => {
    const p = honest.prices[0]!;
    const k = p.findIndex((x) => x < 0);
    // the other prices stay the honest inputs; the public outputs stay the honest ones
    const edit = (v: bigint) => c.solve(w, new Map([...outputs.map((o): [number, bigint] => [sig(o), w[sig(o)]!]), [sig(`prices[0][${k}]`), field(v)]]));
    expect(c.violated(edit(-BigInt(p[k]!))).length).toBeGreaterThan(0);
    expect(c.violated(edit(BigInt(p[k]!) + 2n ** 32n)).length).toBeGreaterThan(0);
    // below the range: -2^31 - 1 packs like 2^32 - 1 minus a borrow; the 32-bit check refuses it
    expect(c.violated(edit(-(2n ** 31n) - 1n)).length).toBeGreaterThan(0);
  });

  // The feed hashes packed elements f = Σ (p + 2^31) 2^(32k), six prices each: moving t × 2^32 from
  // one price into its lower neighbour's limb leaves f, hence chainAfter, exactly as published.
  // Only the per-price 32-bit range check can refuse it (spec §3 "the packing is then not unique").
  it('value moved between two prices of one packed element (same feed link), small and near the field size', () => {
    const p = honest.prices[0]!;
    const packed = (xs: bigint[]) => xs.slice(0, 6).reduce((acc, x, k) => acc + (x + 2n ** 31n) * 2n ** BigInt(32 * k), 0n);
    for (const t of [1n, -1n, FIELD_P >> 40n]) {
      const moved = p.map(BigInt);
      moved[0] = moved[0]! + t * 2n ** 32n;
      moved[1] = moved[1]! - t;
      expect(field(packed(moved))).toBe(packed(p.map(BigInt)));
      const fixed = new Map<number, bigint>(outputs.map((o): [number, bigint] => [sig(o), w[sig(o)]!]));
      fixed.delete(sig('amounts')); // the cheater wants another amount: re-derived from the moved prices
      moved.forEach((x, s) => fixed.set(sig(`prices[0][${s}]`), field(x)));
      expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
    }
  });

  // Likewise the meter signs 12 readings per element at a 21-bit stride: 2^21 moved into a
  // neighbour keeps the signed digest; only the 16-bit reading range check refuses it.
  it('energy moved between two readings of one signed element (same digest), small and near the field size', () => {
    const readings = (honest.input.readings as string[]).map(BigInt);
    const k = readings.findIndex((r, i) => i % 12 !== 11 && r > 0n);
    for (const t of [1n, -1n, FIELD_P >> 30n]) {
      const fixed = new Map<number, bigint>(['keyHash', 'termsCommitment', 'period', 'chainAfter'].map((o): [number, bigint] => [sig(o), w[sig(o)]!]));
      fixed.set(sig(`readings[${k}]`), field(readings[k]! + t * 2n ** 21n));
      fixed.set(sig(`readings[${k + 1}]`), field(readings[k + 1]! - t));
      expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
    }
  });

  it('the amount with the sign flipped (charge and credit swapped)', () => {
    const { charge, credit } = honest.amount;
    const flipped = credit + (charge << 96n);
    expect(flipped).not.toBe(w[sig('amounts')]);
    const cheat = c.solve(w, new Map([[sig('amounts'), flipped]]));
    expect(c.violated(cheat).length).toBeGreaterThan(0);
    // and the sign bit itself flipped, with the magnitude re-derived
    const neg = c.find(/^main\.round\.negative$/)[0]![1];
    expect(c.violated(c.solve(w, new Map([[neg, 1n - w[neg]!]]))).length).toBeGreaterThan(0);
  });

  it('an amount off by one unit either way', () => {
    for (const d of [1n, -1n]) {
      const cheat = c.solve(w, new Map([[sig('amounts'), w[sig('amounts')]! + d]]));
      expect(c.violated(cheat).length).toBeGreaterThan(0);
    }
  });

  it('a changed reading (not what the meter signed)', () => {
    const readings = honest.input.readings as string[];
    const k = readings.findIndex((r) => r !== '0');
    const cheat = c.solve(
      w,
      new Map([
        [sig(`readings[${k}]`), BigInt(readings[k]!) + 1n],
        [sig('keyHash'), w[sig('keyHash')]!],
      ]),
    );
    expect(c.violated(cheat).length).toBeGreaterThan(0);
  });

  it('another chainBefore than the one the prices were chained from', () => {
    const cheat = c.solve(
      w,
      new Map([
        [sig('chainBefore'), w[sig('chainBefore')]! + 1n],
        [sig('chainAfter'), w[sig('chainAfter')]!],
      ]),
    );
    expect(c.violated(cheat).length).toBeGreaterThan(0);
  });

  it('the engine refuses what the circuit cannot take', () => {
    expect(() => computeMarketBill(terms, new Array<number>(24).fill(0), [new Array<number>(24).fill(2 ** 31)], 6)).toThrow(/prices\[0\]\[0\]/);
    expect(() => computeMarketBill(terms, new Array<number>(23).fill(0), [new Array<number>(24).fill(0)], 6)).toThrow(/whole days/);
  });
});
