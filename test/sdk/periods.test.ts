import { describe, expect, it } from 'vitest';
import { computeBill } from '../../core/src/bill/index.js';
import { ValidationError } from '../../core/src/errors.js';
import { householdSeries, localMidnightOf, splitBillingPeriods, type IntervalData } from '../../core/src/meter/index.js';
import { dayNumberToIsoDate } from '../../core/src/tariff/index.js';
import { thrown, touTariff } from './helpers.js';
import { zoneTariff } from '../circuits/cases.js';

const TZ = 3600;

/** Half-hourly data from 2024-12-31 12:00 local to 2025-04-10 06:00 local. */
function data(): IntervalData {
  const { imports, exports } = householdSeries({ days: 101, intervalsPerDay: 48, seed: 7, solarKwp: 4, startDate: '2024-12-31' });
  const cut = (xs: number[]) => xs.slice(24, 24 + 48 * 100 - 12);
  return { start: localMidnightOf('2024-12-31', TZ) + 12 * 3600, intervalSeconds: 1800, imports: cut(imports), exports: cut(exports), hasExports: true };
}

describe('splitBillingPeriods', () => {
  it('cuts complete calendar months at local midnight', () => {
    const d = data();
    const periods = splitBillingPeriods(d, { meterId: 9n, tzOffsetSeconds: TZ });
    expect(periods.map((p) => [dayNumberToIsoDate((p.periodStart + TZ) / 86400), p.imports.length / 48])).toEqual([
      ['2025-01-01', 31],
      ['2025-02-01', 28],
      ['2025-03-01', 31],
    ]);
    // Contiguous: each starts where the previous ended, and the readings are the source's.
    const first = periods[0]!;
    expect(first.imports).toEqual(d.imports.slice(24, 24 + 31 * 48));
    expect(periods[1]!.periodStart).toBe(first.periodStart + 31 * 86400);
    for (const p of periods)
      expect(computeBill(touTariff({ tzOffsetSeconds: TZ, slotsPerDay: 48, workBands: new Array(48).fill(1) }), p).dayCount).toBe(p.imports.length / 48);
  });

  it('includes partial months (whole days only) when asked', () => {
    const periods = splitBillingPeriods(data(), { meterId: 9n, tzOffsetSeconds: TZ, includePartial: true });
    expect(periods.map((p) => p.imports.length / 48)).toEqual([31, 28, 31, 9]);
  });

  it('cuts fixed runs of days and single days', () => {
    expect(splitBillingPeriods(data(), { meterId: 1, tzOffsetSeconds: TZ, by: { days: 30 } }).map((p) => p.imports.length / 48)).toEqual([30, 30, 30]);
    expect(splitBillingPeriods(data(), { meterId: 1, tzOffsetSeconds: TZ, by: 'day' })).toHaveLength(99);
  });

  it('refuses data whose grid does not meet local midnight', () => {
    const d = { ...data(), start: data().start + 900 };
    const e = thrown(() => splitBillingPeriods(d, { meterId: 1, tzOffsetSeconds: TZ }));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toBe('data.start: intervals are not aligned with local midnight (UTC+1h)');
  });
});

describe('householdSeries (synthetic data)', () => {
  it('is deterministic by seed', () => {
    const a = householdSeries({ days: 3, intervalsPerDay: 96, seed: 1, solarKwp: 5 });
    expect(householdSeries({ days: 3, intervalsPerDay: 96, seed: 1, solarKwp: 5 })).toEqual(a);
    expect(householdSeries({ days: 3, intervalsPerDay: 96, seed: 2, solarKwp: 5 })).not.toEqual(a);
    expect(a.imports).toHaveLength(288);
  });

  it('looks like a household: 5-30 kWh a day, evening above night, valid readings', () => {
    const { imports, exports } = householdSeries({ days: 28, intervalsPerDay: 24, seed: 3, startDate: '2025-02-01' });
    expect(exports.every((x) => x === 0)).toBe(true);
    for (let d = 0; d < 28; d++) {
      const day = imports.slice(24 * d, 24 * d + 24);
      const total = day.reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThan(5000);
      expect(total).toBeLessThan(30000);
    }
    const hourMean = (h: number) => imports.filter((_, i) => i % 24 === h).reduce((a, b) => a + b, 0) / 28;
    expect(hourMean(19)).toBeGreaterThan(2 * hourMean(3));
    expect([...imports].every((r) => Number.isInteger(r) && r >= 0 && r < 65536)).toBe(true);
  });

  it('exports around midday with solar, never at night', () => {
    const { imports, exports } = householdSeries({ days: 30, intervalsPerDay: 48, seed: 11, solarKwp: 6, startDate: '2025-06-01' });
    const slotTotal = (s: number, xs: number[]) => xs.filter((_, i) => i % 48 === s).reduce((a, b) => a + b, 0);
    expect(slotTotal(25, exports)).toBeGreaterThan(30 * 500); // 12:30-13:00
    for (const night of [0, 4, 8, 46]) expect(slotTotal(night, exports)).toBe(0);
    expect(slotTotal(25, imports)).toBeLessThan(slotTotal(39, imports)); // 19:30 imports more than 12:30
  });
});

describe('splitBillingPeriods on a daylight-saving clock (spec §5a)', () => {
  it('cuts Europe/London months and days at their local midnights: 23- and 25-hour days included', () => {
    const london = zoneTariff(48, 'Europe/London');
    // half-hourly data from 2026-02-28 00:00 UTC (= local midnight, GMT) to 2026-11-02 00:00 UTC
    const start = Date.parse('2026-02-28T00:00:00Z') / 1000;
    const n = (Date.parse('2026-11-02T00:00:00Z') / 1000 - start) / 1800;
    const d: IntervalData = { start, intervalSeconds: 1800, imports: new Array(n).fill(100), exports: new Array(n).fill(0), hasExports: false };
    const opts = { meterId: 9n, tzOffsetSeconds: london.tzOffsetSeconds, zoneTransitions: london.zoneTransitions ?? [] };
    const months = splitBillingPeriods(d, opts);
    expect(months.map((p) => [new Date(p.periodStart * 1000).toISOString().slice(0, 16), p.imports.length])).toEqual([
      ['2026-03-01T00:00', 31 * 48 - 2], // 29 March: 23 hours
      ['2026-03-31T23:00', 30 * 48], // April starts at 00:00 BST
      ['2026-04-30T23:00', 31 * 48],
      ['2026-05-31T23:00', 30 * 48],
      ['2026-06-30T23:00', 31 * 48],
      ['2026-07-31T23:00', 31 * 48],
      ['2026-08-31T23:00', 30 * 48],
      ['2026-09-30T23:00', 31 * 48 + 2], // 25 October: 25 hours
    ]);
    // every month bills under the zone tariff (the engine accepts its local days)
    for (const p of months) expect(computeBill(london, p).dayCount).toBe(Math.round(p.imports.length / 48));
    const days = splitBillingPeriods(d, { ...opts, by: 'day' }).filter((p) => p.imports.length !== 48);
    expect(days.map((p) => [new Date(p.periodStart * 1000).toISOString().slice(0, 10), p.imports.length])).toEqual([
      ['2026-03-29', 46],
      ['2026-10-24', 50], // 25 October local starts at 2026-10-24T23:00Z
    ]);
  });
});
