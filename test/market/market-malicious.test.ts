// Malicious witnesses against the market circuits (docs/market-spec.md §8): each attack is the
// honest witness edited the way a cheating prover would, with the public signals it wants kept,
// and every other signal re-derived from the constraints; the R1CS must reject it.
import { beforeAll, describe, expect, it } from 'vitest';
import { signStatement } from '../../core/src/crypto/eddsa.js';
import { poseidon } from '../../core/src/crypto/poseidon.js';
import { TAG_PERIOD } from '../../core/src/crypto/tags.js';
import { chainLinks, computeMarketBill, marketTerms } from '../../core/src/market/index.js';
import { seriesDigest } from '../../core/src/meter/index.js';
import { FIELD_P, loadCircuit, type CircuitUnderTest } from '../circuits/harness.js';
import { CFD_DAY, DAY0, dayPrices, METER_KEY, marketCase, SPOT_DAY, START0 } from './cases.js';

const field = (v: bigint): bigint => ((v % FIELD_P) + FIELD_P) % FIELD_P;

// What the meter signs and the terms commit to must fit the public encodings (spec §7, §8): these
// witnesses are what a compromised meter key or a careless retailer could produce; each is refused
// by one range check or comparator, which the mutant tool (`npm run mutants -- --only market`) removes in turn.
describe('mkt_spot_1d_60m refuses statements and terms outside their encodings', () => {
  let c: CircuitUnderTest;
  let honest: Awaited<ReturnType<typeof marketCase>>;
  let w: bigint[];
  const terms = marketTerms(24, { kind: 'spot', adders: [2500, 0, 0, 0, 0, 0, 0, 0], standingPerDay: 90_000n, taxBps: 700 }, 13n);
  const sig = (name: string) => c.signal(`main.${name}`);
  const outputs = ['keyHash', 'termsCommitment', 'period', 'amounts', 'chainAfter'];
  const pinned = (names = outputs) => new Map<number, bigint>(names.map((o): [number, bigint] => [sig(o), w[sig(o)]!]));

  /** The honest input with the meter's statement fields replaced and signed again by the meter key. */
  async function resigned(fields: { meterId?: bigint; periodStart?: bigint; nonActualCount?: bigint }) {
    const inp = honest.input as Record<string, string>;
    const meterId = fields.meterId ?? BigInt(inp.meterId!);
    const periodStart = fields.periodStart ?? BigInt(inp.periodStart!);
    const nonActual = fields.nonActualCount ?? BigInt(inp.nonActualCount!);
    const readings = (inp.readings as unknown as string[]).map(BigInt);
    const statement = await poseidon([
      TAG_PERIOD,
      meterId,
      periodStart,
      3600n,
      24n,
      field(nonActual),
      await seriesDigest(readings),
      BigInt(inp.otherDigest!),
      BigInt(inp.exportSlotsDigest!),
    ]);
    const s = await signStatement(METER_KEY, statement);
    const input = {
      ...inp,
      meterId: meterId.toString(),
      periodStart: periodStart.toString(),
      nonActualCount: field(nonActual).toString(),
      R8x: s.R8x.toString(),
      R8y: s.R8y.toString(),
      S: s.S.toString(),
    };
    // --O2 keeps some inputs only as their bits (periodStart): fix the ones the witness has
    const kept = (name: string) => c.find(new RegExp(`^main\\.${name}$`))[0]?.[1];
    const fixed = new Map<number, bigint>();
    for (const [name, v] of [
      ['meterId', meterId],
      ['periodStart', periodStart],
      ['nonActualCount', field(nonActual)],
      ['R8x', s.R8x],
      ['R8y', s.R8y],
      ['S', s.S],
    ] as const) {
      const i = kept(name);
      if (i !== undefined) fixed.set(i, v);
    }
    return { input, fixed };
  }

  beforeAll(async () => {
    c = await loadCircuit(SPOT_DAY.name);
    honest = await marketCase(SPOT_DAY, terms);
    w = await c.witness(honest.input);
    expect(c.violated(w)).toEqual([]);
  });

  it('the re-signing itself is sound: the honest statement signed again satisfies every constraint', async () => {
    const { input, fixed } = await resigned({});
    expect(c.violated(await c.witness(input))).toEqual([]);
    expect(c.violated(c.solve(w, new Map([...fixed, ...pinned()])))).toEqual([]);
  });

  it('a meterId of 2^64 or more that aliases the honest period signal (meterId + 2^64, periodStart - 1)', async () => {
    const { input, fixed } = await resigned({
      meterId: BigInt((honest.input as Record<string, string>).meterId!) + 2n ** 64n,
      periodStart: BigInt(START0) - 1n,
    });
    await expect(c.witness(input)).rejects.toThrow();
    expect(c.violated(c.solve(w, new Map([...fixed, ...pinned()]))).length).toBeGreaterThan(0);
  });

  it('a periodStart of 2^40 or more (its top bits would read as the interval count)', async () => {
    const { input, fixed } = await resigned({ periodStart: BigInt(START0) + 2n ** 40n });
    await expect(c.witness(input)).rejects.toThrow();
    expect(c.violated(c.solve(w, new Map([...fixed, ...pinned(outputs.filter((o) => o !== 'period'))]))).length).toBeGreaterThan(0);
  });

  it('a nonActualCount above the interval count, or negative (p - 1, which LessEqThan(16) alone would take)', async () => {
    for (const n of [25n, -1n]) {
      const { input, fixed } = await resigned({ nonActualCount: n });
      await expect(c.witness(input)).rejects.toThrow();
      expect(c.violated(c.solve(w, new Map([...fixed, ...pinned()]))).length).toBeGreaterThan(0);
    }
  });

  it('terms with taxBps above 10000 (a 14-bit field holds up to 16383)', async () => {
    const input = { ...honest.input, taxBps: '10001' };
    await expect(c.witness(input)).rejects.toThrow();
    // the cheater commits to such terms: termsCommitment and the amount follow from them
    const fixed = new Map([...pinned(['keyHash', 'period', 'chainAfter']), [sig('taxBps'), 10001n]]);
    expect(c.violated(c.solve(w, fixed)).length).toBeGreaterThan(0);
  });

  it('a non-boolean sign that scales the amount to below half a unit (charge = credit = 0)', () => {
    const value = w[sig('taxed')]!;
    expect(value).not.toBe(0n);
    // magnitude = value (1 - 2x) = 1 for x = (1 - 1/value) / 2: rounds to 0 either way
    const inv = (v: bigint) => {
      let [a, b, x0, x1] = [field(v), FIELD_P, 1n, 0n];
      while (b !== 0n) [a, b, x0, x1] = [b, a % b, x1, x0 - (a / b) * x1];
      return field(x0);
    };
    const x = field((1n - inv(value)) * inv(2n));
    const neg = c.find(/^main\.round\.negative$/)[0]![1];
    const cheat = c.solve(w, new Map([...pinned(['keyHash', 'termsCommitment', 'period', 'chainAfter']), [neg, x], [sig('amounts'), 0n]]));
    expect(cheat[neg]).toBe(x);
    expect(c.violated(cheat).length).toBeGreaterThan(0);
  });

  it('exactly half a unit claimed with the negative sign (-D/2 rounds to 0, +D/2 to 1)', async () => {
    // 1 Wh at a fixed 0.50/MWh, no tax: taxed = 1 × 1000 × 50 × 10000 = 5 × 10^8 = D / 2
    const half = await marketCase(SPOT_DAY, marketTerms(24, { kind: 'fixed', price: 50 }, 14n), { imports: [1, ...new Array<number>(23).fill(0)] });
    expect(half.amount).toMatchObject({ charge: 1n, credit: 0n });
    const hw = await c.witness(half.input);
    expect(c.violated(hw)).toEqual([]);
    const neg = c.find(/^main\.round\.negative$/)[0]![1];
    const keep = new Map<number, bigint>(['keyHash', 'termsCommitment', 'period', 'chainAfter'].map((o): [number, bigint] => [sig(o), hw[sig(o)]!]));
    const cheat = c.solve(hw, new Map([...keep, [neg, 1n], [sig('amounts'), 0n]]));
    expect(c.violated(cheat).length).toBeGreaterThan(0);
  });
});

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

  /**
   * A complete cheating witness for `fixed`: the solver re-derives the amount, but the sign of the
   * rounding is a hint (`<--`) it cannot re-derive, so it is set from the re-derived `taxed` and the
   * witness solved again. What is then violated is only what refuses the cheat itself.
   */
  function solveWithSign(fixed: Map<number, bigint>): bigint[] {
    const first = c.solve(w, fixed);
    const taxed = first[sig('taxed')]!;
    const negative = taxed > FIELD_P / 2n ? 1n : 0n;
    const [neg, mag] = [c.find(/^main\.round\.negative$/)[0]![1], c.find(/^main\.round\.magnitude$/)[0]![1]];
    return c.solve(w, new Map([...fixed, [neg, negative], [mag, negative === 1n ? FIELD_P - taxed : taxed]]));
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
  it('value moved between two prices of one packed element (same feed link), small and near the field size', async () => {
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
      expect(c.violated(solveWithSign(fixed)).length).toBeGreaterThan(0);
      // the witness generator computes the cheat's whole witness (amount included) and stops at
      // the range check's assertion: without the check it would yield a proof of another amount
      await expect(c.witness({ ...honest.input, prices: [moved.map((x) => field(x).toString())] })).rejects.toThrow();
    }
  });

  // Likewise the meter signs 12 readings per element at a 21-bit stride: 2^21 moved into a
  // neighbour keeps the signed digest; only the 16-bit reading range check refuses it.
  it('energy moved between two readings of one signed element (same digest), small and near the field size', async () => {
    const readings = (honest.input.readings as string[]).map(BigInt);
    const k = readings.findIndex((r, i) => i % 12 !== 11 && r > 0n);
    for (const t of [1n, -1n, FIELD_P >> 30n]) {
      const fixed = new Map<number, bigint>(['keyHash', 'termsCommitment', 'period', 'chainAfter'].map((o): [number, bigint] => [sig(o), w[sig(o)]!]));
      fixed.set(sig(`readings[${k}]`), field(readings[k]! + t * 2n ** 21n));
      fixed.set(sig(`readings[${k + 1}]`), field(readings[k + 1]! - t));
      expect(c.violated(solveWithSign(fixed)).length).toBeGreaterThan(0);
      const edited = readings.map((r, i) => (i === k ? r + t * 2n ** 21n : i === k + 1 ? r - t : r));
      await expect(c.witness({ ...honest.input, readings: edited.map((r) => field(r).toString()) })).rejects.toThrow();
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
