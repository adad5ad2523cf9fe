import { describe, expect, it } from 'vitest';
import { chargeOf, computeBill, roundMilli } from '../../core/src/bill/index.js';
import { ValidationError } from '../../core/src/errors.js';
import { parseTariff } from '../../core/src/tariff/index.js';
import { makePeriod, midnight, thrown, touTariff } from './helpers.js';

// 2025-01-06 is a Monday.
const MONDAY = midnight('2025-01-06');

describe('computeBill: a day worked out by hand', () => {
  // Hours 0-6 at 250 Wh (off-peak), 7-22 at 500 Wh (peak), 23 at 300 Wh (off-peak);
  // 400 Wh exported in hours 10-14.
  const period = makePeriod({
    start: MONDAY,
    days: 1,
    imports: (h) => (h < 7 ? 250 : h < 23 ? 500 : 300),
    exports: (h) => (h >= 10 && h < 15 ? 400 : 0),
  });

  it('matches the hand calculation', () => {
    const bill = computeBill(touTariff(), period);
    // energy: 2050 Wh x 100 + 8000 Wh x 300 = 2,605,000 milli
    expect(bill.items.energy.map((b) => [b.name, b.wh, b.milli])).toEqual([
      ['off-peak', 2050n, 205_000n],
      ['peak', 8000n, 2_400_000n],
    ]);
    expect(bill.energyMilli).toBe(2_605_000n);
    // tiers on E = 10050 Wh: 5000 free, 3000 at 50, 2050 at 120 = 396,000 milli
    expect(bill.items.tiers.map((t) => [t.fromWh, t.toWh, t.wh, t.milli])).toEqual([
      [0n, 5000n, 5000n, 0n],
      [5000n, 8000n, 3000n, 150_000n],
      [8000n, undefined, 2050n, 246_000n],
    ]);
    expect(bill.standingMilli).toBe(1_000_000n);
    expect(bill.subtotalMilli).toBe(4_001_000n);
    // 4001 units + 5 % = 4201.05 -> 4201
    expect(bill.charge).toBe(4201n);
    expect([bill.net, bill.tax]).toEqual([4001n, 200n]);
    // export: 2000 Wh x 40 = 80,000 milli -> 80
    expect(bill.exportMilli).toBe(80_000n);
    expect(bill.credit).toBe(80n);
    expect([bill.dayCount, bill.firstDay, bill.restDayFlags]).toEqual([1, 20094, [false]]);
    expect([bill.totalImportWh, bill.totalExportWh]).toEqual([10050n, 2000n]);
  });

  it('uses the rest-day schedule on a weekend day', () => {
    const sunday = computeBill(touTariff(), { ...period, periodStart: midnight('2025-01-05') });
    expect(sunday.restDayFlags).toEqual([true]);
    expect(sunday.items.energy.map((b) => b.wh)).toEqual([10050n, 0n]);
    expect(sunday.energyMilli).toBe(1_005_000n);
  });
});

describe('rounding: half up, once, at the end', () => {
  const flat = (taxBps: number) =>
    parseTariff({
      name: 'flat',
      slotsPerDay: 24,
      tzOffsetSeconds: 0,
      bandPrices: [100],
      workBands: new Array(24).fill(0),
      exportPrices: [100],
      taxBps,
      salt: 1,
    });
  const oneReading = (wh: number, xwh = 0) => makePeriod({ start: MONDAY, days: 1, imports: (i) => (i === 0 ? wh : 0), exports: (i) => (i === 0 ? xwh : 0) });

  it('rounds .5 up and below .5 down', () => {
    expect(computeBill(flat(0), oneReading(15)).charge).toBe(2n); // 1.5 -> 2
    expect(computeBill(flat(0), oneReading(14)).charge).toBe(1n); // 1.4 -> 1
    expect(computeBill(flat(0), oneReading(25)).charge).toBe(3n); // 2.5 -> 3 (not banker's 2)
    expect(computeBill(flat(0), oneReading(0, 15)).credit).toBe(2n);
    expect(computeBill(flat(0), oneReading(0, 14)).credit).toBe(1n);
  });

  it('rounds after tax, not before', () => {
    // subtotal 1.4 units; with 10 % tax 1.54 -> 2 (rounding first would give 1 x 1.1 -> 1)
    expect(computeBill(flat(1000), oneReading(14)).charge).toBe(2n);
    // export credit is never taxed
    expect(computeBill(flat(1000), oneReading(0, 14)).credit).toBe(1n);
  });

  it('follows the spec formula exactly at the boundary', () => {
    // subtotal * 10500 + 5e6 hits a multiple of 1e7 exactly
    expect(chargeOf(1_000_000n - 476n, 500)).toBe((999_524n * 10_500n + 5_000_000n) / 10_000_000n);
    expect(chargeOf(3_000_000n, 10000)).toBe(6000n);
    expect(roundMilli(1499n)).toBe(1n);
    expect(roundMilli(1500n)).toBe(2n);
  });
});

describe('tiers', () => {
  const tiered = parseTariff({
    name: 'tiered',
    slotsPerDay: 24,
    tzOffsetSeconds: 0,
    bandPrices: [0],
    workBands: new Array(24).fill(0),
    tiers: [{ upToWhPerDay: 1000, price: 10 }, { upToWhPerDay: 2000, price: 20 }, { upToWhPerDay: 3000, price: 30 }, { price: 40 }],
    salt: 1,
  });
  const withTotal = (days: number, total: number) =>
    computeBill(tiered, makePeriod({ start: MONDAY, days, imports: (i) => (i === 0 ? Math.min(total, 65535) : i === 1 ? Math.max(0, total - 65535) : 0) }));

  it('puts a threshold hit exactly entirely in the lower tier', () => {
    expect(withTotal(1, 1000).items.tiers.map((t) => t.wh)).toEqual([1000n, 0n, 0n, 0n]);
    expect(withTotal(1, 1001).items.tiers.map((t) => t.wh)).toEqual([1000n, 1n, 0n, 0n]);
    expect(withTotal(1, 3000).items.tiers.map((t) => t.wh)).toEqual([1000n, 1000n, 1000n, 0n]);
    expect(withTotal(1, 3001).items.tiers.map((t) => t.wh)).toEqual([1000n, 1000n, 1000n, 1n]);
    expect(withTotal(1, 0).items.tiers.map((t) => t.wh)).toEqual([0n, 0n, 0n, 0n]);
  });

  it('scales allowances by the number of days', () => {
    const bill = withTotal(3, 6000);
    expect(bill.items.tiers.map((t) => [t.fromWh, t.wh])).toEqual([
      [0n, 3000n],
      [3000n, 3000n],
      [6000n, 0n],
      [9000n, 0n],
    ]);
    expect(bill.tiersMilli).toBe(3000n * 10n + 3000n * 20n);
  });

  it('handles equal allowances (an empty tier)', () => {
    const t = parseTariff({ ...tiered, tiers: [{ upToWhPerDay: 1000, price: 10 }, { upToWhPerDay: 1000, price: 99 }, { price: 40 }] });
    const bill = computeBill(t, makePeriod({ start: MONDAY, days: 1, imports: (i) => (i === 0 ? 1500 : 0) }));
    expect(bill.items.tiers.map((x) => x.wh)).toEqual([1000n, 0n, 500n]);
  });
});

describe('rest days: weekends, holidays, time zones', () => {
  it('counts a holiday on a weekend once, and a weekday holiday as a rest day', () => {
    // 2025-12-27 is a Saturday, 2025-12-25 a Thursday.
    const t = touTariff({ holidays: ['2025-12-25', '2025-12-27'] });
    const bill = computeBill(t, makePeriod({ start: midnight('2025-12-24'), days: 5, imports: () => 100 }));
    expect(bill.restDayFlags).toEqual([false, true, false, true, true]);
    expect(bill.items.energy.map((b) => b.wh)).toEqual([
      3n * 2400n + 2n * 800n, // rest days all off-peak; work days 8 off-peak hours
      2n * 1600n,
    ]);
  });

  it('derives the day from the local time zone, not UTC', () => {
    // Local midnight of Monday 2025-01-06 in UTC+14 is Sunday 10:00 UTC.
    for (const tz of [50400, 3600, 0, -3600, -50400]) {
      const t = touTariff({ tzOffsetSeconds: tz });
      const bill = computeBill(t, makePeriod({ start: midnight('2025-01-06', tz), days: 2, imports: () => 1 }));
      expect(bill.firstDay, `tz ${tz}`).toBe(20094);
      expect(bill.restDayFlags, `tz ${tz}`).toEqual([false, false]);
    }
    // The same UTC instant is Sunday midnight in UTC+14 but not midnight at all in UTC.
    const sundayUtc14 = midnight('2025-01-05', 50400);
    expect(computeBill(touTariff({ tzOffsetSeconds: 50400 }), makePeriod({ start: sundayUtc14, days: 1 })).restDayFlags).toEqual([true]);
    const e = thrown(() => computeBill(touTariff(), makePeriod({ start: sundayUtc14, days: 1 })));
    expect(e.message).toBe(`period.periodStart: ${sundayUtc14} is not local midnight in the tariff's time zone (UTC+00:00)`);
  });

  it('moves which readings fall on the rest day when the offset moves the day boundary', () => {
    // A Saturday-to-Monday stretch in UTC+2: the peak hours of Monday are local hours 7-22.
    const tz = 7200;
    const t = touTariff({ tzOffsetSeconds: tz });
    const bill = computeBill(t, makePeriod({ start: midnight('2025-01-04', tz), days: 3, imports: () => 10 }));
    expect(bill.restDayFlags).toEqual([true, true, false]);
    expect(bill.items.energy.map((b) => b.wh)).toEqual([2n * 240n + 80n, 160n]);
  });
});

describe('28- and 31-day periods', () => {
  it('bills February 2025 (28 days) with standing charge and tiers scaled by 28', () => {
    const t = touTariff({ taxBps: 0 });
    const bill = computeBill(t, makePeriod({ start: midnight('2025-02-01'), days: 28, imports: () => 300 }));
    expect(bill.dayCount).toBe(28);
    expect(bill.restDayFlags.filter(Boolean)).toHaveLength(8);
    expect(bill.standingMilli).toBe(28_000_000n);
    expect(bill.totalImportWh).toBe(28n * 24n * 300n);
    expect(bill.items.tiers.map((x) => x.wh)).toEqual([140_000n, 61_600n, 0n]);
  });

  it('bills January 2025 (31 days) with New Year as a holiday', () => {
    const t = touTariff({ holidays: ['2025-01-01'] });
    const bill = computeBill(t, makePeriod({ start: midnight('2025-01-01'), days: 31, imports: () => 65535, exports: () => 65535 }));
    expect(bill.dayCount).toBe(31);
    expect(bill.restDayFlags.filter(Boolean)).toHaveLength(9); // 8 weekend days + Jan 1 (a Wednesday)
    expect(bill.totalImportWh).toBe(31n * 24n * 65535n);
    expect(bill.credit).toBe((31n * 24n * 65535n * 40n + 500n) / 1000n);
  });
});

describe('period validation against the tariff', () => {
  const t = touTariff();
  const cases: [ReturnType<typeof makePeriod>, string][] = [
    [
      makePeriod({ start: MONDAY, days: 1, intervalsPerDay: 48 }),
      'period.intervalSeconds: is 1800 s, but the tariff has 24 slots per day, so intervals must be 3600 s',
    ],
    [
      { ...makePeriod({ start: MONDAY, days: 2 }), imports: new Array(47).fill(0), exports: new Array(47).fill(0) },
      'period.imports: has 47 readings, not a whole number of days of 24 intervals',
    ],
    [makePeriod({ start: MONDAY, days: 32 }), 'period.imports: covers 32 days; a bill covers 1..31 days'],
    [makePeriod({ start: MONDAY + 3600, days: 1 }), `period.periodStart: ${MONDAY + 3600} is not local midnight in the tariff's time zone (UTC+00:00)`],
    [makePeriod({ start: 0, days: 1 }), 'period.periodStart: local day number must be in 1..2^24-1'],
    [{ ...makePeriod({ start: MONDAY, days: 1 }), exports: [1] }, 'period.exports: must have as many readings as imports (24), got 1'],
  ];
  for (const [p, message] of cases) {
    it(message, () => {
      const e = thrown(() => computeBill(t, p));
      expect(e).toBeInstanceOf(ValidationError);
      expect(e.message).toBe(message);
    });
  }
});
