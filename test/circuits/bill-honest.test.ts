// Honest bills of every tariff feature: the circuit's public outputs equal the reference
// engine's, and every witness satisfies the R1CS.
import { beforeAll, describe, expect, it } from 'vitest';
import { unpackAmounts } from '../../core/src/bill/signals.js';
import { loadCircuit, type CircuitUnderTest } from './harness.js';
import {
  billCase,
  dayProfile,
  fullTariff,
  midnight,
  MONTH_DEMAND,
  MONTH_HALF_HOURLY,
  MONTH_HOURLY,
  ONE_DAY,
  type BillCase,
  type CircuitShape,
} from './cases.js';

async function outputsOf(c: CircuitUnderTest, bc: BillCase): Promise<string[]> {
  const w = await c.witness(bc.input);
  expect(c.violated(w)).toEqual([]);
  return c.publicIndexes.map((i) => String(w[i]));
}

describe('bill_1d_30m honest bills', () => {
  let c: CircuitUnderTest;
  beforeAll(async () => {
    c = await loadCircuit(ONE_DAY.name);
  });
  const tz = 3600;

  it('work day: time-of-use bands, tiers, standing, tax, feed-in', async () => {
    const start = midnight('2026-03-04', tz); // a Wednesday
    const bc = await billCase(ONE_DAY, fullTariff(48), { start, ...dayProfile(48, 1, 3) });
    expect(bc.bill.restDayFlags).toEqual([false]);
    expect(bc.bill.credit).toBeGreaterThan(0n);
    expect(bc.bill.items.tiers.some((t) => t.wh > 0n && t.price > 0n)).toBe(true);
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
  });

  it('weekend day uses the rest-day schedule', async () => {
    const start = midnight('2026-03-07', tz); // a Saturday
    const profile = dayProfile(48, 1);
    const weekend = await billCase(ONE_DAY, fullTariff(48), { start, ...profile });
    const weekday = await billCase(ONE_DAY, fullTariff(48), { start: midnight('2026-03-06', tz), ...profile });
    expect(weekend.bill.restDayFlags).toEqual([true]);
    expect(weekend.bill.charge).not.toEqual(weekday.bill.charge);
    expect(await outputsOf(c, weekend)).toEqual(weekend.expected);
    expect(await outputsOf(c, weekday)).toEqual(weekday.expected);
  });

  it('a holiday on a work day is a rest day; a holiday on a weekend is counted once', async () => {
    const holidayMonday = await billCase(ONE_DAY, fullTariff(48), { start: midnight('2026-04-06', tz), ...dayProfile(48, 1) });
    expect(holidayMonday.bill.restDayFlags).toEqual([true]);
    expect(await outputsOf(c, holidayMonday)).toEqual(holidayMonday.expected);
    const holidaySaturday = await billCase(ONE_DAY, fullTariff(48), { start: midnight('2026-12-26', tz), ...dayProfile(48, 1) });
    expect(holidaySaturday.bill.restDayFlags).toEqual([true]);
    expect(await outputsOf(c, holidaySaturday)).toEqual(holidaySaturday.expected);
  });

  it('time-zone offsets that move the day boundary', async () => {
    // 2026-03-06 is a Friday; at UTC-10 and UTC+14 local midnight falls on different UTC dates
    for (const offset of [-36000, 50400, -50400, 19800]) {
      const tariff = fullTariff(48, { tzOffsetSeconds: offset });
      const bc = await billCase(ONE_DAY, tariff, { start: midnight('2026-03-06', offset), ...dayProfile(48, 1) });
      expect(bc.bill.restDayFlags).toEqual([false]);
      expect(await outputsOf(c, bc)).toEqual(bc.expected);
      const sat = await billCase(ONE_DAY, tariff, { start: midnight('2026-03-07', offset), ...dayProfile(48, 1) });
      expect(sat.bill.restDayFlags).toEqual([true]);
      expect(await outputsOf(c, sat)).toEqual(sat.expected);
    }
  });

  it('a tier threshold hit exactly', async () => {
    const imports = Array(48).fill(0);
    imports[10] = 8_000; // exactly the first allowance
    const exact = await billCase(ONE_DAY, fullTariff(48), { start: midnight('2026-03-04', tz), imports });
    expect(exact.bill.items.tiers.map((t) => t.wh)).toEqual([8000n, 0n, 0n, 0n]);
    expect(await outputsOf(c, exact)).toEqual(exact.expected);
    imports[10] = 8_001;
    const over = await billCase(ONE_DAY, fullTariff(48), { start: midnight('2026-03-04', tz), imports });
    expect(over.bill.items.tiers.map((t) => t.wh)).toEqual([8000n, 1n, 0n, 0n]);
    expect(await outputsOf(c, over)).toEqual(over.expected);
  });

  it('rounding half up at exactly .5', async () => {
    // subtotal 1_000_500 milli, no tax: 1000.5 units -> 1001
    const tariff = fullTariff(48, {
      bandPrices: [1_000_500n],
      bandNames: ['flat'],
      workBands: Array(48).fill(0),
      restBands: Array(48).fill(0),
      tiers: [{ price: 0n }],
      standingPerDay: 0n,
      taxBps: 0,
      exportPrices: [500n],
      exportBandNames: ['flat'],
      exportBands: Array(48).fill(0),
    });
    const imports = Array(48).fill(0);
    imports[0] = 1; // 1 Wh * 1_000_500 per kWh = 1_000_500 milli
    const exports = Array(48).fill(0);
    exports[3] = 1; // 1 Wh * 500 per kWh = 500 milli = 0.5 -> 1
    const bc = await billCase(ONE_DAY, tariff, { start: midnight('2026-03-04', tz), imports, exports });
    expect(bc.bill.charge).toBe(1001n);
    expect(bc.bill.credit).toBe(1n);
    expect(unpackAmounts((await outputsOf(c, bc))[3]!)).toEqual({ charge: 1001n, credit: 1n });
  });

  it('maximum readings and maximum prices stay exact', async () => {
    const max = 2n ** 64n - 1n;
    const tariff = fullTariff(48, {
      bandPrices: [max, max, max],
      tiers: [{ upToWhPerDay: 0, price: max }, { price: max }],
      standingPerDay: max,
      taxBps: 10000,
      exportPrices: [max, max],
    });
    const imports = Array(48).fill(65535);
    const bc = await billCase(ONE_DAY, tariff, { start: midnight('2026-03-04', tz), imports, exports: imports });
    expect(bc.bill.charge).toBeGreaterThan(2n ** 70n);
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
  });
});

describe('bill_31d_60m honest bills', () => {
  let c: CircuitUnderTest;
  beforeAll(async () => {
    c = await loadCircuit(MONTH_HOURLY.name);
  });
  const tz = -18000;

  it('a 31-day month with holidays and weekends', async () => {
    const bc = await billCase(MONTH_HOURLY, fullTariff(24, { tzOffsetSeconds: tz, holidays: ['2026-12-25', '2026-12-26'] }), {
      start: midnight('2026-12-01', tz),
      ...dayProfile(24, 31),
    });
    expect(bc.bill.dayCount).toBe(31);
    expect(bc.bill.restDayFlags.filter(Boolean).length).toBe(9); // 8 weekend days + Friday 25th
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
  });

  it('a 28-day February on the same circuit', async () => {
    const bc = await billCase(MONTH_HOURLY, fullTariff(24, { tzOffsetSeconds: tz }), {
      start: midnight('2027-02-01', tz),
      ...dayProfile(24, 28),
    });
    expect(bc.bill.dayCount).toBe(28);
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
  });

  it('an all-zero month bills only the standing charge', async () => {
    const zeros = Array(30 * 24).fill(0);
    const bc = await billCase(MONTH_HOURLY, fullTariff(24, { tzOffsetSeconds: tz, taxBps: 0 }), {
      start: midnight('2026-11-01', tz),
      imports: zeros,
      exports: zeros,
    });
    expect(bc.bill.charge).toBe(410_000n * 30n);
    expect(bc.bill.credit).toBe(0n);
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
  });

  it('maximum readings for 31 days fill every lane to its bound without carrying', async () => {
    // 31 * 65535 is the largest per-slot sum: it must fit the 21-bit lane exactly
    const max = Array(31 * 24).fill(65535);
    const bc = await billCase(MONTH_HOURLY, fullTariff(24, { tzOffsetSeconds: tz }), {
      start: midnight('2026-12-01', tz),
      imports: max,
      exports: max,
    });
    expect(bc.bill.totalImportWh).toBe(31n * 24n * 65535n);
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
  });

  it('a one-day period (shortest) and 16 holidays', async () => {
    const holidays = Array.from({ length: 16 }, (_, i) => `2026-06-${String(i + 1).padStart(2, '0')}`);
    const bc = await billCase(MONTH_HOURLY, fullTariff(24, { tzOffsetSeconds: tz, holidays }), {
      start: midnight('2026-06-16', tz),
      ...dayProfile(24, 1),
    });
    expect(bc.bill.restDayFlags).toEqual([true]);
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
  });
});

// Issue 11: a half-hourly month (UK, Australia, many Chinese provinces settle on 48 intervals a day).
describe('the half-hourly month (on bill_31d_30m_demand, tariffs without demand) honest bills', () => {
  let c: CircuitUnderTest;
  beforeAll(async () => {
    c = await loadCircuit(MONTH_HALF_HOURLY.name);
  });
  const tz = 0;

  it('a 31-day month with holidays and weekends', async () => {
    const bc = await billCase(MONTH_HALF_HOURLY, fullTariff(48, { tzOffsetSeconds: tz, holidays: ['2026-12-25', '2026-12-28'] }), {
      start: midnight('2026-12-01', tz),
      ...dayProfile(48, 31),
    });
    expect(bc.bill.dayCount).toBe(31);
    expect(bc.signed.imports.length).toBe(31 * 48);
    expect(bc.bill.restDayFlags.filter(Boolean).length).toBe(10); // 8 weekend days + Friday 25th + Monday 28th
    expect(bc.bill.credit).toBeGreaterThan(0n);
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
  });

  it('a 30-day month: the 31st day is empty', async () => {
    const bc = await billCase(MONTH_HALF_HOURLY, fullTariff(48, { tzOffsetSeconds: tz }), {
      start: midnight('2026-11-01', tz),
      ...dayProfile(48, 30, 2),
    });
    expect(bc.bill.dayCount).toBe(30);
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
  });

  it('monthly blocks (0-200 / 200-400 / >400 kWh per month) in a 30-day and a 31-day month', async () => {
    // written in the test: 30 days x 48 x 300 Wh = 432 kWh: 200 free, 200 at +0.05, 32 at +0.30
    const tariff = fullTariff(48, {
      tzOffsetSeconds: tz,
      bandPrices: [100_000n],
      bandNames: ['flat'],
      workBands: new Array(48).fill(0),
      restBands: new Array(48).fill(0),
      exportBands: new Array(48).fill(0),
      tiers: [{ upToWhPerPeriod: 200_000, price: 0n }, { upToWhPerPeriod: 400_000, price: 50_000n }, { price: 300_000n }],
      standingPerDay: 0n,
      taxBps: 0,
    });
    expect(tariff.tierBasis).toBe('period');
    const imports = Array(30 * 48).fill(300);
    const bc = await billCase(MONTH_HALF_HOURLY, tariff, { start: midnight('2026-11-01', tz), imports });
    const milli = 432_000n * 100_000n + 200_000n * 50_000n + 32_000n * 300_000n;
    expect(bc.bill.charge).toBe((milli + 500n) / 1000n);
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
    // the same limits in a 31-day month: 446.4 kWh, 46.4 in the top block (not 31/30 of the limits)
    const long = await billCase(MONTH_HALF_HOURLY, tariff, { start: midnight('2026-12-01', tz), imports: Array(31 * 48).fill(300) });
    expect(long.bill.items.tiers.map((t) => t.wh)).toEqual([200_000n, 200_000n, 46_400n]);
    expect(await outputsOf(c, long)).toEqual(long.expected);
  });

  it('maximum readings for 31 days fill every lane to its bound without carrying', async () => {
    const max = Array(31 * 48).fill(65535);
    const bc = await billCase(MONTH_HALF_HOURLY, fullTariff(48, { tzOffsetSeconds: tz }), {
      start: midnight('2026-12-01', tz),
      imports: max,
      exports: max,
    });
    expect(bc.bill.totalImportWh).toBe(31n * 48n * 65535n);
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
  });
});

describe('bill_3d_15m: per-period blocks past the unused-tier limit', () => {
  // three days of 15-minute maxima already pass 2^24 Wh: the template of bill_31d_15m, smaller
  const DAYS_15M: CircuitShape = { name: 'bill_3d_15m', intervalsPerDay: 96, maxDays: 3 };

  it('energy past 2^24 - 1 Wh in a period stays priced as the last tier (spec §4, unused tiers)', async () => {
    const c = await loadCircuit(DAYS_15M.name);
    const tariff = fullTariff(96, {
      tiers: [{ upToWhPerPeriod: 1_000_000, price: 0n }, { price: 7_000n }],
      taxBps: 0,
      standingPerDay: 0n,
      bandPrices: [1n],
      bandNames: ['flat'],
      workBands: new Array(96).fill(0),
      restBands: new Array(96).fill(0),
      exportBands: new Array(96).fill(0),
    });
    const max = Array(3 * 96).fill(65535);
    const bc = await billCase(DAYS_15M, tariff, { start: midnight('2026-12-01', 3600), imports: max });
    const E = 3n * 96n * 65535n;
    expect(E).toBeGreaterThan(2n ** 24n);
    // written here: E Wh at 1 milli-unit, everything above 1 MWh at 7 units per kWh
    expect(bc.bill.charge).toBe((E * 1n + (E - 1_000_000n) * 7_000n + 500n) / 1000n);
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
  });
});

// Spec v2 §6: a demand charge on the highest half-hour of work days 16:00-21:00 (as Australian
// network tariffs bill it), written out here by hand.
describe('bill_31d_30m_demand honest bills', () => {
  let c: CircuitUnderTest;
  beforeAll(async () => {
    c = await loadCircuit(MONTH_DEMAND.name);
  });

  it('price per kW times the peak half-hour power, taxed with the rest', async () => {
    const tariff = fullTariff(48, {
      tzOffsetSeconds: 36000,
      bandPrices: [200_000n],
      bandNames: ['flat'],
      workBands: new Array(48).fill(0),
      restBands: new Array(48).fill(0),
      tiers: [{ price: 0n }],
      standingPerDay: 0n,
      taxBps: 1000,
      demand: { pricePerKw: 150_000n, workWindows: [{ from: '16:00', to: '21:00' }] },
    });
    const imports = Array(31 * 48).fill(100);
    imports[48 * 9 + 40] = 1_800; // Thursday 10 Dec 20:00-20:30: 1.8 kWh in half an hour = 3.6 kW
    imports[48 * 12 + 36] = 2_500; // Sunday 13 Dec: a rest day, not in the window
    imports[48 * 14 + 42] = 2_200; // Tuesday 15 Dec 21:00: just after the window
    const bc = await billCase(MONTH_DEMAND, tariff, { start: midnight('2026-12-01', 36000), imports });
    const E = 100n * (31n * 48n - 3n) + 1_800n + 2_500n + 2_200n;
    const subtotal = E * 200_000n + 150_000n * 3_600n; // milli-units: per kWh x Wh, per kW x W
    expect(bc.bill.items.demand).toMatchObject({ peakWh: 1_800n, peakW: 3_600n, atInterval: 48 * 9 + 40 });
    expect(bc.bill.charge).toBe((subtotal * 11_000n + 5_000_000n) / 10_000_000n);
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
  });

  it('a rest-day window (all day at weekends); a tariff without demand bills as on the plain circuit', async () => {
    const tariff = fullTariff(48, { demand: { pricePerKw: 150_000n, restWindows: [{ from: '00:00', to: '24:00' }] } });
    const bc = await billCase(MONTH_DEMAND, tariff, { start: midnight('2027-02-01', 3600), ...dayProfile(48, 28) });
    expect(bc.bill.items.demand?.peakWh).toBeGreaterThan(0n); // weekends are in the window
    expect(await outputsOf(c, bc)).toEqual(bc.expected);
    const plain = await billCase(MONTH_DEMAND, fullTariff(48), { start: midnight('2027-02-01', 3600), ...dayProfile(48, 28) });
    expect(plain.bill.demandMilli).toBe(0n);
    expect(await outputsOf(c, plain)).toEqual(plain.expected);
  });
});
