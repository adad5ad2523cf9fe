// docs/bill-spec.md is implemented twice: the circuit and the TypeScript engine. On random
// tariffs and readings within the spec's bounds, both must give the same public signals.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTariff, type Tariff } from '../../core/src/tariff/index.js';
import { loadCircuit, type CircuitUnderTest } from '../circuits/harness.js';
import { billCase, midnight, MONTH_HOURLY, MONTH_HOURLY_ZONE, ONE_DAY, ONE_DAY_ZONE, ZONE_WINDOW, zonePeriod, type CircuitShape } from '../circuits/cases.js';

const price = fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.bigInt({ min: 0n, max: 1_000_000n }));
const reading = fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 2000 }), fc.constant(0));

function tariffArb(slots: 24 | 48 | 96, zone?: string): fc.Arbitrary<Tariff> {
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
        // spec §5a: a zone's wall clock (its 2026 transitions committed) or a fixed offset
        ...(zone === undefined ? { tzOffsetSeconds: r.tz } : { zone, ...ZONE_WINDOW }),
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

// spec §5a: periods on and around the daylight-saving changes of 2026, both directions, in
// both hemispheres, and a zone without DST. The period's local days decide its interval count
// (23 and 25 local hours on the change days).
const ZONES = ['Europe/London', 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Shanghai'] as const;
/** A local date of each 2026 change (spring, autumn), Shanghai's are ordinary days. */
const CHANGE_DAYS: Record<(typeof ZONES)[number], [string, string]> = {
  'Europe/London': ['2026-03-29', '2026-10-25'],
  'America/Los_Angeles': ['2026-03-08', '2026-11-01'],
  'Australia/Sydney': ['2026-10-04', '2026-04-05'],
  'Asia/Shanghai': ['2026-03-29', '2026-10-25'],
};

async function agreeZoned(c: CircuitUnderTest, shape: CircuitShape, tariff: Tariff, isoDate: string, days: number, imp: number[], exp: number[]) {
  const { start, intervals } = zonePeriod(tariff, isoDate, days);
  const bc = await billCase(shape, tariff, { start, imports: imp.slice(0, intervals), exports: exp.slice(0, intervals) });
  const w = await c.witness(bc.input);
  expect(c.publicIndexes.map((i) => String(w[i]))).toEqual(bc.expected);
  return bc.bill;
}

const isoPlus = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('circuit == reference engine across daylight-saving changes (spec §5a)', () => {
  let oneDay: CircuitUnderTest;
  let month: CircuitUnderTest;
  beforeAll(async () => {
    [oneDay, month] = await Promise.all([loadCircuit(ONE_DAY_ZONE.name), loadCircuit(MONTH_HOURLY_ZONE.name)]);
  });

  it('bill_1d_30m_zone: the change days themselves (46 and 50 half-hours) and their neighbours', async () => {
    const series = fc.array(reading, { minLength: 50, maxLength: 50 });
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: -1, max: 1 }),
        fc.integer({ min: 0, max: 1000 }),
        series,
        series,
        async (zone, which, shift, seed, imp, exp) => {
          const t = fc.sample(tariffArb(48, zone), { seed, numRuns: 1 })[0]!;
          const bill = await agreeZoned(oneDay, ONE_DAY_ZONE, t, isoPlus(CHANGE_DAYS[zone][which]!, shift), 1, imp, exp);
          seen.add(bill.transition?.delta ?? 0);
        },
      ),
      {
        numRuns: 30,
        // Always run, besides the random ones: both change days of London (so spring and autumn are
        // covered whatever the seed), and the autumn rest day whose first and 49th readings sum to
        // 2^16 in one lane of the fall wrap (it overflowed a 16-bit lane before the wrap used LWX).
        examples: [
          ['Europe/London', 0, 0, 0, Array(50).fill(0), Array(50).fill(0)],
          ['Europe/London', 1, 0, 0, [21168, ...Array(47).fill(0), 44368, 0], Array(50).fill(0)],
          ['Asia/Shanghai', 0, 0, 0, Array(50).fill(0), Array(50).fill(0)],
        ],
      },
    );
    // the runs covered spring (+2), autumn (-2) and ordinary days
    expect([...seen].sort()).toEqual([-2, 0, 2]);
  });

  it('bill_31d_60m_zone: periods of 1..31 local days that hold a change, or end or start at one', async () => {
    const periodArb = fc.record({
      zone: fc.constantFrom(...ZONES),
      which: fc.integer({ min: 0, max: 1 }),
      days: fc.integer({ min: 1, max: 31 }),
      before: fc.integer({ min: 0, max: 31 }),
      seed: fc.integer({ min: 0, max: 1000 }),
      imp: fc.array(reading, { minLength: 31 * 24 + 1, maxLength: 31 * 24 + 1 }),
      exp: fc.array(reading, { minLength: 31 * 24 + 1, maxLength: 31 * 24 + 1 }),
    });
    await fc.assert(
      fc.asyncProperty(periodArb, async (r) => {
        const t = fc.sample(tariffArb(24, r.zone), { seed: r.seed, numRuns: 1 })[0]!;
        // start up to `days` local days before the change day, so the change is inside
        const first = isoPlus(CHANGE_DAYS[r.zone][r.which]!, -Math.min(r.before, r.days - 1));
        await agreeZoned(month, MONTH_HOURLY_ZONE, t, first, r.days, r.imp, r.exp);
      }),
      { numRuns: 10 },
    );
  });
});
