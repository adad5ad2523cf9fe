// docs/bill-spec.md is implemented twice: the circuit and the TypeScript engine. On random
// tariffs and readings within the spec's bounds, both must give the same public signals.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTariff, type Tariff } from '../../core/src/tariff/index.js';
import { loadCircuit, type CircuitUnderTest } from '../circuits/harness.js';
import { billCase, midnight, MONTH_HOURLY, ONE_DAY, type CircuitShape } from '../circuits/cases.js';

const price = fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.bigInt({ min: 0n, max: 1_000_000n }));
const reading = fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 2000 }), fc.constant(0));

function tariffArb(slots: 24 | 48 | 96): fc.Arbitrary<Tariff> {
  const bands = fc.array(fc.integer({ min: 0, max: 7 }), { minLength: slots, maxLength: slots });
  return fc
    .record({
      tz: fc.integer({ min: -50400, max: 50400 }).map((t) => t - (t % 900)),
      restDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
      holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 16 }),
      bandPrices: fc.array(price, { minLength: 8, maxLength: 8 }),
      exportPrices: fc.array(price, { minLength: 8, maxLength: 8 }),
      workBands: bands,
      restBands: bands,
      exportBands: bands,
      allowances: fc.array(fc.integer({ min: 0, max: 2 ** 24 - 1 }), { minLength: 3, maxLength: 3 }),
      smallAllowances: fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 3, maxLength: 3 }),
      useSmall: fc.boolean(),
      perPeriod: fc.boolean(),
      tierCount: fc.integer({ min: 1, max: 4 }),
      tierPrices: fc.array(price, { minLength: 4, maxLength: 4 }),
      standing: price,
      taxBps: fc.integer({ min: 0, max: 10000 }),
      salt: fc.bigInt({ min: 0n, max: 2n ** 250n }),
    })
    .map((r) => {
      const allowances = [...(r.useSmall ? r.smallAllowances : r.allowances)].sort((a, b) => a - b);
      return createTariff({
        name: 'random',
        slotsPerDay: slots,
        tzOffsetSeconds: r.tz,
        restDays: r.restDays,
        holidays: r.holidayOffsets.map((o) => 20_500 + o),
        bandPrices: r.bandPrices,
        exportPrices: r.exportPrices,
        workBands: r.workBands,
        restBands: r.restBands,
        exportBands: r.exportBands,
        // spec v2: limits per day or per billing period, and 1..4 tiers (unused tiers encode
        // differently per basis, so both bases are drawn with short tier lists too)
        tierBasis: r.perPeriod ? 'period' : 'day',
        tiers: [
          ...allowances.slice(0, r.tierCount - 1).map((a, k) => ({ [r.perPeriod ? 'upToWhPerPeriod' : 'upToWhPerDay']: a, price: r.tierPrices[k]! })),
          { price: r.tierPrices[r.tierCount - 1]! },
        ],
        standingPerDay: r.standing,
        taxBps: r.taxBps,
        salt: r.salt,
      });
    });
}

async function agree(c: CircuitUnderTest, shape: CircuitShape, tariff: Tariff, day: number, imports: number[], exports: number[]) {
  const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
  const bc = await billCase(shape, tariff, { start: midnight(iso, tariff.tzOffsetSeconds), imports, exports });
  const w = await c.witness(bc.input);
  expect(c.publicIndexes.map((i) => String(w[i]))).toEqual(bc.expected);
}

describe('circuit == reference engine on random inputs', () => {
  let oneDay: CircuitUnderTest;
  let month: CircuitUnderTest;
  beforeAll(async () => {
    [oneDay, month] = await Promise.all([loadCircuit(ONE_DAY.name), loadCircuit(MONTH_HOURLY.name)]);
  });

  it('bill_1d_30m: random tariffs, days and readings', async () => {
    const series = fc.array(reading, { minLength: 48, maxLength: 48 });
    await fc.assert(
      fc.asyncProperty(tariffArb(48), fc.integer({ min: 20_490, max: 20_550 }), series, series, (t, day, imp, exp) => agree(oneDay, ONE_DAY, t, day, imp, exp)),
      { numRuns: 30 },
    );
  });

  it('bill_31d_60m: random tariffs, period lengths 1..31 days and readings', async () => {
    const periodArb = fc
      .integer({ min: 1, max: 31 })
      .chain((days) =>
        fc.tuple(
          fc.constant(days),
          fc.array(reading, { minLength: days * 24, maxLength: days * 24 }),
          fc.array(reading, { minLength: days * 24, maxLength: days * 24 }),
        ),
      );
    await fc.assert(
      fc.asyncProperty(tariffArb(24), fc.integer({ min: 20_490, max: 20_550 }), periodArb, (t, day, [, imp, exp]) =>
        agree(month, MONTH_HOURLY, t, day, imp, exp),
      ),
      { numRuns: 8 },
    );
  });
});
