// Engine == circuit for the market family (docs/market-spec.md), on fixed cases of every
// granularity and on random terms, readings and prices (negative prices included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMarketBill, type MarketTerms, marketTerms, PRICE_MAX, PRICE_MIN } from '../../core/src/market/index.js';
import { loadCircuit } from '../circuits/harness.js';
import { CFD_DAY, DAY0, marketCase, type MarketShape, SPOT_DAY, SPOT_DAY_15M, SPOT_DAY_30M, SPOT_MONTH } from './cases.js';

async function publicOutputs(shape: MarketShape, input: Record<string, unknown>): Promise<bigint[]> {
  const c = await loadCircuit(shape.name);
  const w = await c.witness(input);
  expect(c.violated(w)).toEqual([]);
  return c.publicIndexes.map((i) => w[i]!);
}

const spot = (I: 24 | 48 | 96) =>
  marketTerms(
    I,
    {
      kind: 'spot',
      adders: [2500, 4100, -300, 0, 0, 0, 0, 0],
      bands: Array.from({ length: I }, (_, s) => (s * 3) % 3),
      standingPerDay: 120_000n,
      taxBps: 1900,
    },
    77n,
  );

describe('market circuits agree with the engine', () => {
  it.each([
    [SPOT_DAY, 1],
    [SPOT_DAY_30M, 1],
    [SPOT_DAY_15M, 1],
  ] as const)('%s: a spot-indexed day', async (shape) => {
    const mc = await marketCase(shape, spot(shape.intervalsPerDay));
    expect(
      mc.prices.flat().some((p) => p < 0),
      'the fixture has negative prices',
    ).toBe(true);
    expect(await publicOutputs(shape, mc.input)).toEqual(mc.publicSignals);
  });

  it('mkt_cfd_1d_60m: a CfD day pays the generator when the strike is above the price, and the offtaker when below', async () => {
    const high = await marketCase(CFD_DAY, marketTerms(24, { kind: 'cfd', strike: 20_000 }, 5n));
    expect(high.amount.charge).toBeGreaterThan(0n);
    expect(high.amount.credit).toBe(0n);
    expect(await publicOutputs(CFD_DAY, high.input)).toEqual(high.publicSignals);
    const low = await marketCase(CFD_DAY, marketTerms(24, { kind: 'cfd', strike: -50_000 }, 5n));
    expect(low.amount.charge).toBe(0n);
    expect(low.amount.credit).toBeGreaterThan(0n);
    expect(await publicOutputs(CFD_DAY, low.input)).toEqual(low.publicSignals);
  });

  it('mkt_spot_31d_60m: a 31-day month and a 30-day month in the same circuit', async () => {
    for (const days of [31, 30]) {
      const mc = await marketCase(SPOT_MONTH, spot(24), { firstDay: DAY0 - 2, days });
      expect(await publicOutputs(SPOT_MONTH, mc.input)).toEqual(mc.publicSignals);
    }
  });

  it('the engine: a fixed PPA is energy × price, a CfD is energy × (strike − price), rounded half away from zero', () => {
    const readings = new Array<number>(24).fill(0);
    readings[3] = 1500; // Wh
    const prices = [new Array<number>(24).fill(-3333)];
    // 1500 Wh × 1.00 currency/MWh = 0.0015 currency = 1500 units of a 6-decimal token
    expect(computeMarketBill(marketTerms(24, { kind: 'fixed', price: 100 }, 1n), readings, prices, 6)).toMatchObject({ charge: 1500n, credit: 0n });
    // CfD strike 0 at -33.33/MWh: the wholesaler tops the generator up by 33.33/MWh: 1500 × 3333 × 10^-8 = 0.049995
    expect(computeMarketBill(marketTerms(24, { kind: 'cfd', strike: 0 }, 1n), readings, prices, 6)).toMatchObject({ charge: 49_995n, credit: 0n });
    // strike 66.66: 1500 × 9999 × 10^-8 = 0.149985
    expect(computeMarketBill(marketTerms(24, { kind: 'cfd', strike: 6666 }, 1n), readings, prices, 6)).toMatchObject({ charge: 149_985n, credit: 0n });
    // half a unit rounds away from zero in both directions: 1 Wh × 0.50/MWh = 0.5 units
    const one = [1, ...new Array<number>(23).fill(0)];
    const cfd0 = marketTerms(24, { kind: 'cfd', strike: 0 }, 1n);
    expect(computeMarketBill(cfd0, one, [new Array<number>(24).fill(-50)], 6)).toMatchObject({ charge: 1n, credit: 0n });
    expect(computeMarketBill(cfd0, one, [new Array<number>(24).fill(50)], 6)).toMatchObject({ charge: 0n, credit: 1n });
    expect(computeMarketBill(cfd0, one, [new Array<number>(24).fill(49)], 6)).toMatchObject({ charge: 0n, credit: 0n });
  });
});

describe('property: engine == circuit on random inputs (mkt_spot_1d_60m, mkt_cfd_1d_60m)', () => {
  const price = fc.oneof(
    fc.integer({ min: PRICE_MIN, max: PRICE_MAX }),
    fc.integer({ min: -50_000, max: 400_000 }),
    fc.constantFrom(PRICE_MIN, PRICE_MAX, 0, -1),
  );
  const reading = fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 3000 }), fc.constant(0));
  const termsArb = fc.record({
    multiplier: fc.oneof(fc.integer({ min: -(2 ** 15), max: 2 ** 15 - 1 }), fc.constantFrom(1000, -1000, 0)),
    adders: fc.array(fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: -5000, max: 5000 })), { minLength: 8, maxLength: 8 }),
    standingPerDay: fc.bigInt({ min: 0n, max: 2n ** 48n - 1n }),
    taxBps: fc.integer({ min: 0, max: 10000 }),
    bands: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 24, maxLength: 24 }),
    salt: fc.bigInt({ min: 0n, max: 2n ** 250n }),
  });

  it.each([SPOT_DAY, CFD_DAY])('%s', async (shape) => {
    await fc.assert(
      fc.asyncProperty(
        termsArb,
        fc.array(reading, { minLength: 24, maxLength: 24 }),
        fc.array(price, { minLength: 24, maxLength: 24 }),
        async (t, readings, prices) => {
          const terms: MarketTerms = { intervalsPerDay: 24, ...t };
          const energy =
            shape.series === 'import'
              ? { imports: readings, exports: new Array<number>(24).fill(0) }
              : { imports: new Array<number>(24).fill(1), exports: readings };
          const mc = await marketCase(shape, terms, { ...energy, prices: [prices] });
          expect(await publicOutputs(shape, mc.input)).toEqual(mc.publicSignals);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('market instances', () => {
  it('each has its pinned constraint count, and the hourly month stays under 2^16', async () => {
    const { readMarketInstances } = await import('../../circuits/build/generate-main.js');
    const { readR1csHeader } = await import('../../circuits/build/binfile.js');
    const { access } = await import('node:fs/promises');
    const path = await import('node:path');
    const buildRoot = process.env.WATTPROOF_BUILD_DIR ?? path.resolve('build');
    // an instance npm test does not build has its pin held where it is built (checkConstraintPin)
    const { readInstances } = await import('../../circuits/build/instances.js');
    const onDemand = new Set((await readInstances(path.resolve('.'))).filter((i) => i.tests === false).map((i) => i.name));
    expect(onDemand.has('mkt_spotpub_31d_60m')).toBe(true);
    for (const inst of (await readMarketInstances(path.resolve('.'))).filter((i) => !onDemand.has(i.name))) {
      expect(inst.constraints, `pin ${inst.name} in circuits/market/instances.json`).toBeTypeOf('number');
      let file: string | undefined;
      for (const kind of ['circuits', 'witness']) {
        const f = path.join(buildRoot, kind, inst.name, `${inst.name}.r1cs`);
        if (
          await access(f).then(
            () => true,
            () => false,
          )
        )
          file = f;
      }
      expect(file, `${inst.name} is built`).toBeDefined();
      expect((await readR1csHeader(file!)).nConstraints, inst.name).toBe(inst.constraints);
    }
    const month = (await readMarketInstances(path.resolve('.'))).find((i) => i.name === SPOT_MONTH.name)!;
    expect(month.constraints).toBeLessThan(2 ** 16);
    // issue 13: the public-price month's Groth16 domain (constraints + public inputs + 1) fits 2^15
    const pub = (await readMarketInstances(path.resolve('.'))).find((i) => i.name === 'mkt_spotpub_31d_60m')!;
    expect(pub.constraints! + (4 + 2 + 31 * 24) + 1).toBeLessThanOrEqual(2 ** 15);
  });
});
