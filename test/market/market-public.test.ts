// The public-price market circuit (docs/market-spec.md §11): engine == circuit on every residue
// of the first day and every period length, on random inputs (negative prices included), and
// malicious witnesses against what the residue layout adds: the rotation, the day and slot a
// reading is priced at, the sign of a price, and energy on a day outside the period.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMarketBill, type MarketTerms, marketTerms, PRICE_MAX, PRICE_MIN } from '../../core/src/market/index.js';
import { FIELD_P, loadCircuit } from '../circuits/harness.js';
import { DAY0, publicPriceCase, SPOTPUB_3D } from './cases.js';

const field = (v: bigint): bigint => ((v % FIELD_P) + FIELD_P) % FIELD_P;

const spot = marketTerms(
  24,
  { kind: 'spot', adders: [2500, 4100, -300, 0, 0, 0, 0, 0], bands: Array.from({ length: 24 }, (_, s) => s % 3), standingPerDay: 120_000n, taxBps: 1900 },
  77n,
);

async function publicOutputs(name: string, input: Record<string, unknown>): Promise<bigint[]> {
  const c = await loadCircuit(name);
  const w = await c.witness(input);
  expect(c.violated(w)).toEqual([]);
  return c.publicIndexes.map((i) => w[i]!);
}

describe('mkt_spotpub_3d_60m agrees with the engine', () => {
  it('public signals are keyHash, termsCommitment, period, amounts, firstDay, domain, then the prices by residue', async () => {
    const mc = await publicPriceCase(SPOTPUB_3D, spot, { firstDay: DAY0 + 1, days: 2 });
    expect(mc.publicSignals).toHaveLength(6 + 3 * 24);
    expect(mc.publicSignals[4]).toBe(BigInt(DAY0 + 1));
    // day DAY0 + 1 sits at residue (DAY0 + 1) mod 3; the residue no day of the period reaches is 0
    const r0 = (DAY0 + 1) % 3;
    expect(mc.priceInputs.slice(r0 * 24, r0 * 24 + 24)).toEqual(mc.prices[0]!.map((p) => field(BigInt(p))));
    const unused = (DAY0 + 3) % 3;
    expect(mc.priceInputs.slice(unused * 24, unused * 24 + 24)).toEqual(new Array(24).fill(0n));
    expect(await publicOutputs(SPOTPUB_3D.name, mc.input)).toEqual(mc.publicSignals);
  });

  it('every residue of the first day (0, 1, 2) and every period length (1..3 days)', async () => {
    for (const shift of [0, 1, 2]) {
      for (const days of [1, 2, 3]) {
        const mc = await publicPriceCase(SPOTPUB_3D, spot, { firstDay: DAY0 + shift, days });
        expect(
          mc.prices.flat().some((p) => p < 0),
          'the fixture has negative prices',
        ).toBe(true);
        expect(mc.amount).toEqual(computeMarketBill(spot, mc.signed.imports, mc.prices, 6));
        expect(await publicOutputs(SPOTPUB_3D.name, mc.input), `D0 mod 3 = ${(DAY0 + shift) % 3}, ${days} days`).toEqual(mc.publicSignals);
      }
    }
  });

  it('property: random terms, readings and prices (extreme and negative prices included)', async () => {
    const price = fc.oneof(
      fc.integer({ min: PRICE_MIN, max: PRICE_MAX }),
      fc.integer({ min: -50_000, max: 400_000 }),
      fc.constantFrom(PRICE_MIN, PRICE_MAX, 0, -1),
    );
    const reading = fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 3000 }), fc.constant(0));
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          multiplier: fc.oneof(fc.integer({ min: -(2 ** 15), max: 2 ** 15 - 1 }), fc.constantFrom(1000, -1000, 0)),
          adders: fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 8, maxLength: 8 }),
          standingPerDay: fc.bigInt({ min: 0n, max: 2n ** 48n - 1n }),
          taxBps: fc.integer({ min: 0, max: 10000 }),
          bands: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 24, maxLength: 24 }),
          salt: fc.bigInt({ min: 0n, max: 2n ** 250n }),
        }),
        fc.integer({ min: 0, max: 40 }),
        fc
          .integer({ min: 1, max: 3 })
          .chain((days) =>
            fc.tuple(
              fc.array(reading, { minLength: 24 * days, maxLength: 24 * days }),
              fc.array(fc.array(price, { minLength: 24, maxLength: 24 }), { minLength: days, maxLength: days }),
            ),
          ),
        async (t, shift, [imports, prices]) => {
          const terms: MarketTerms = { intervalsPerDay: 24, ...t };
          const mc = await publicPriceCase(SPOTPUB_3D, terms, { firstDay: DAY0 + shift, days: prices.length, imports, prices });
          expect(await publicOutputs(SPOTPUB_3D.name, mc.input)).toEqual(mc.publicSignals);
        },
      ),
      { numRuns: 10 },
    );
  });
});

// on mkt_spotpub_3d_60m, the template of the product month mkt_spotpub_31d_60m (npm test does not compile it)
describe('a period shorter than the public-price circuit, wrapping around the residues', () => {
  it('2 days starting at the last residue (2) wrap around the residues and agree with the engine', async () => {
    const first = DAY0 + ((2 - (DAY0 % 3) + 3) % 3);
    const mc = await publicPriceCase(SPOTPUB_3D, spot, { firstDay: first, days: 2 });
    expect(await publicOutputs(SPOTPUB_3D.name, mc.input)).toEqual(mc.publicSignals);
  }, 300_000);
});
