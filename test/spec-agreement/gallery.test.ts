// The tariff gallery (examples/tariffs/, issue 11): each published structure bills one month
// three ways that must agree to the unit: plain arithmetic written here (not the engine), the
// reference engine, and the circuit's public output.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeBill, ytdCommitment } from '../../core/src/bill/index.js';
import { unpackAmounts } from '../../core/src/bill/signals.js';
import { signPeriod } from '../../core/src/meter/sign.js';
import { buildBillInput, expectedPublicSignals } from '../../prover/src/bill-input.js';
import { parseTariffJson, type Tariff } from '../../core/src/tariff/index.js';
import {
  billCase,
  type CircuitShape,
  DOMAIN,
  METER_KEY,
  midnight,
  MONTH_DEMAND,
  MONTH_HALF_HOURLY,
  HALF_HOURLY_ZONE_3D,
  MONTH_HOURLY,
  ONE_DAY_ZONE,
} from '../circuits/cases.js';
import { type CircuitUnderTest, loadCircuit } from '../circuits/harness.js';

const dir = path.resolve('examples/tariffs');
const load = async (file: string): Promise<Tariff> => parseTariffJson(await readFile(path.join(dir, file), 'utf8'), file);

/** Spec §6's one rounding rule, written out again: charge from milli-units and tax. */
const taxed = (milli: bigint, taxBps: bigint) => (milli * (10_000n + taxBps) + 5_000_000n) / 10_000_000n;
const round = (milli: bigint) => (milli + 500n) / 1000n;

/** A month of readings from a per-slot function. */
function month(days: number, slots: number, f: (day: number, slot: number) => number): number[] {
  return Array.from({ length: days * slots }, (_, i) => f(Math.floor(i / slots), i % slots));
}

const circuits = new Map<string, CircuitUnderTest>();
async function threeWays(
  shape: CircuitShape,
  tariff: Tariff,
  start: string,
  imports: number[],
  exports: number[] | undefined,
  hand: { charge: bigint; credit: bigint },
) {
  const bc = await billCase(shape, tariff, { start: midnight(start, tariff.tzOffsetSeconds), imports, ...(exports ? { exports } : {}) });
  expect({ charge: bc.bill.charge, credit: bc.bill.credit }, 'engine vs. hand').toEqual(hand);
  let c = circuits.get(shape.name);
  if (!c) {
    c = await loadCircuit(shape.name);
    circuits.set(shape.name, c);
  }
  const w = await c.witness(bc.input);
  expect(c.violated(w)).toEqual([]);
  const out = c.publicIndexes.map((i) => String(w[i]));
  expect(out).toEqual(bc.expected);
  expect(unpackAmounts(BigInt(out[3]!)), 'circuit vs. hand').toEqual(hand);
  return bc;
}

describe('tariff gallery: hand arithmetic == engine == circuit', () => {
  beforeAll(async () => {
    const files = (await import('node:fs/promises')).readdir(dir);
    expect((await files).filter((f) => f.endsWith('.json')).length).toBeGreaterThanOrEqual(6);
  });

  it('DE flat tariff with Grundpreis and 19% VAT: November, 400 Wh every hour', async () => {
    const t = await load('de-grundversorgung-flat.json');
    const E = 30n * 24n * 400n;
    const milli = E * 320_000n + 30n * 427_400n * 1000n;
    await threeWays(
      MONTH_HOURLY,
      t,
      '2026-11-01',
      month(30, 24, () => 400),
      undefined,
      { charge: taxed(milli, 1900n), credit: 0n },
    );
  });

  it('UK Economy 7: January, 600 Wh a half-hour at night (00:30-07:30), 150 by day, 100 exported 10:00-14:00', async () => {
    const t = await load('uk-economy7.json');
    const night = (s: number) => s >= 1 && s < 15; // 14 half-hours
    const imports = month(31, 48, (_, s) => (night(s) ? 600 : 150));
    const exports = month(31, 48, (_, s) => (s >= 20 && s < 28 ? 100 : 0));
    const milli = 31n * 14n * 600n * 140_000n + 31n * 34n * 150n * 300_000n + 31n * 550_000n * 1000n;
    await threeWays(MONTH_HALF_HOURLY, t, '2027-01-01', imports, exports, { charge: taxed(milli, 500n), credit: round(31n * 8n * 100n * 150_000n) });
  });

  it('UK Economy 7 on the Europe/London clock: 24-26 October 2026, its 25-hour day bills the repeated night hour twice', async () => {
    const t = await load('uk-economy7-london.json');
    expect(t.zoneTransitions?.map((x) => new Date(x.at * 1000).toISOString())).toEqual(['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z']);
    const night = (s: number) => s >= 1 && s < 15; // 00:30-07:30 local: 14 half-hours
    // the stream as the meter records it, by local slot: on 25 October (day 1) the wall clock
    // runs 00:00, 00:30, 01:00, 01:30, then 01:00, 01:30 again (BST -> GMT), 02:00, ...
    const slotsOf = (days: number, changeDay: number): number[] => {
      const slots: number[] = [];
      for (let d = 0; d < days; d++) {
        for (let s = 0; s < 48; s++) {
          slots.push(s);
          if (d === changeDay && s === 3) slots.push(2, 3);
        }
      }
      return slots;
    };
    const importOf = (s: number) => (night(s) ? 600 : 150);
    const exportOf = (s: number) => (s >= 20 && s < 28 ? 100 : 0);
    // three days around the change, three ways on bill_3d_30m_zone (the same template as the
    // product's bill_31d_30m_zone, which npm test does not compile)
    const slots = slotsOf(3, 1);
    expect(slots).toHaveLength(3 * 48 + 2);
    const monthMilli = (3n * 14n + 2n) * 600n * 140_000n + 3n * 34n * 150n * 300_000n + 3n * 550_000n * 1000n;
    // 24 October starts at local midnight under BST: 23 October 23:00 UTC
    const monthCase = await billCase(HALF_HOURLY_ZONE_3D, t, {
      start: Date.parse('2026-10-23T23:00:00Z') / 1000,
      imports: slots.map(importOf),
      exports: slots.map(exportOf),
    });
    const monthHand = { charge: taxed(monthMilli, 500n), credit: round(3n * 8n * 100n * 150_000n) };
    expect({ charge: monthCase.bill.charge, credit: monthCase.bill.credit }, 'engine vs. hand').toEqual(monthHand);
    expect(monthCase.bill.transition).toMatchObject({ interval: 48 + 4, delta: -2 });
    const cm = await loadCircuit(HALF_HOURLY_ZONE_3D.name);
    const wm = await cm.witness(monthCase.input);
    expect(cm.violated(wm)).toEqual([]);
    expect(cm.publicIndexes.map((i) => String(wm[i]))).toEqual(monthCase.expected);
    expect(unpackAmounts(BigInt(String(wm[cm.publicIndexes[3]!]))), 'circuit vs. hand').toEqual(monthHand);
    // the change day itself, three ways on the zone instance: 16 night half-hours, 34 by day
    const day = slotsOf(1, 0);
    const dayMilli = 16n * 600n * 140_000n + 34n * 150n * 300_000n + 550_000n * 1000n;
    const hand = { charge: taxed(dayMilli, 500n), credit: round(8n * 100n * 150_000n) };
    const start = Date.parse('2026-10-24T23:00:00Z') / 1000;
    const bc = await billCase(ONE_DAY_ZONE, t, { start, imports: day.map(importOf), exports: day.map(exportOf) });
    expect({ charge: bc.bill.charge, credit: bc.bill.credit }, 'engine vs. hand').toEqual(hand);
    expect(bc.bill.transition).toMatchObject({ interval: 4, delta: -2 });
    const c = circuits.get(ONE_DAY_ZONE.name) ?? (await loadCircuit(ONE_DAY_ZONE.name));
    circuits.set(ONE_DAY_ZONE.name, c);
    const w = await c.witness(bc.input);
    expect(c.violated(w)).toEqual([]);
    expect(c.publicIndexes.map((i) => String(w[i]))).toEqual(bc.expected);
    expect(unpackAmounts(BigInt(String(w[c.publicIndexes[3]!]))), 'circuit vs. hand').toEqual(hand);
  });

  it('CN Guangdong monthly blocks: December, 446.4 kWh = 200 + 200 + 46.4', async () => {
    const t = await load('cn-guangdong-monthly-blocks.json');
    const E = 31n * 24n * 600n;
    expect(E).toBe(446_400n);
    const milli = E * 590_000n + 200_000n * 50_000n + 46_400n * 300_000n;
    await threeWays(
      MONTH_HOURLY,
      t,
      '2026-12-01',
      month(31, 24, () => 600),
      undefined,
      { charge: taxed(milli, 0n), credit: 0n },
    );
  });

  it('CN Shanghai peak/valley: November, 300 Wh an hour in the valley (22-06), 500 at peak', async () => {
    const t = await load('cn-shanghai-peak-valley.json');
    const valley = (s: number) => s >= 22 || s < 6;
    const milli = 30n * 8n * 300n * 307_000n + 30n * 16n * 500n * 617_000n;
    await threeWays(
      MONTH_HOURLY,
      t,
      '2026-11-01',
      month(30, 24, (_, s) => (valley(s) ? 300 : 500)),
      undefined,
      { charge: taxed(milli, 0n), credit: 0n },
    );
  });

  it('US PG&E E-TOU-C with baseline credit: December, 11.7 kWh a day against an 11 kWh baseline', async () => {
    const t = await load('us-pge-e-tou-c-baseline.json');
    const peak = (s: number) => s >= 16 && s < 21;
    const imports = month(31, 24, (_, s) => (peak(s) ? 1200 : 300));
    const E = 31n * (5n * 1200n + 19n * 300n);
    const aboveBaseline = E - 31n * 11_000n;
    const milli = 31n * 5n * 1200n * 360_000n + 31n * 19n * 300n * 330_000n + aboveBaseline * 100_000n;
    await threeWays(MONTH_HOURLY, t, '2026-12-01', imports, undefined, { charge: taxed(milli, 0n), credit: 0n });
  });

  it('AU Queensland demand tariff with solar: December, a 1.5 kWh half-hour at 18:00 sets the demand', async () => {
    const t = await load('au-qld-demand-solar.json');
    const imports = month(31, 48, (d, s) => (d === 9 && s === 36 ? 1500 : d === 11 && s === 20 ? 2000 : 200));
    const exports = month(31, 48, (_, s) => (s >= 18 && s < 30 ? 300 : 0));
    const E = 31n * 48n * 200n - 400n + 1500n + 2000n;
    const peakW = 1500n * 2n; // 1.5 kWh in half an hour is 3 kW; the 2 kWh at 10:00 is outside 16-21
    const milli = E * 180_000n + 31n * 900_000n * 1000n + 9_000_000n * peakW;
    const bc = await threeWays(MONTH_DEMAND, t, '2026-12-01', imports, exports, { charge: taxed(milli, 1000n), credit: round(31n * 12n * 300n * 50_000n) });
    expect(bc.bill.items.demand?.peakW).toBe(3000n);
  });

  it('CN Shanghai yearly blocks: November on top of 2,900 kWh from January to October crosses the 3,120 kWh block', async () => {
    const t = await load('cn-shanghai-yearly-blocks.json');
    const valley = (s: number) => s >= 22 || s < 6;
    const imports = month(30, 24, (_, s) => (valley(s) ? 300 : 500));
    const E = 30n * (8n * 300n + 16n * 500n);
    const before = 2_900_000n;
    // hand: the first 220 kWh of November finish the first block, the rest is in the second (+0.05)
    const inSecond = before + E - 3_120_000n;
    const milli = 30n * 8n * 300n * 307_000n + 30n * 16n * 500n * 617_000n + inSecond * 50_000n;
    const signed = await signPeriod(METER_KEY, {
      meterId: 4242n,
      periodStart: midnight('2026-11-01', t.tzOffsetSeconds),
      intervalSeconds: 3600,
      imports,
      exports: imports.map(() => 0),
    });
    const opening = { meterId: 4242n, yearStartDay: Date.parse('2026-01-01T00:00:00Z') / 86_400_000, wh: before, salt: 77n };
    // on the zone-and-yearly month (a fixed-offset tariff bills there as on bill_31d_60m_yearly,
    // which npm test does not compile: the same template without the clock)
    const opts = { intervalsPerDay: 24, maxDays: 31, domain: DOMAIN, yearly: true, zone: true, yearToDate: { opening, newSalt: 78n } };
    const engine = computeBill(t, signed, { ytdWh: before });
    expect({ charge: engine.charge, credit: engine.credit }, 'engine vs. hand').toEqual({ charge: taxed(milli, 0n), credit: 0n });
    const c = await loadCircuit('bill_31d_60m_zone_yearly');
    const [input, expected] = await Promise.all([buildBillInput(t, signed, opts), expectedPublicSignals(t, signed, opts)]);
    const w = await c.witness(input);
    expect(c.violated(w)).toEqual([]);
    const out = c.publicIndexes.map((i) => String(w[i]));
    expect(out).toEqual(expected);
    expect(unpackAmounts(BigInt(out[3]!)), 'circuit vs. hand').toEqual({ charge: taxed(milli, 0n), credit: 0n });
    expect(out[6]).toBe(String(await ytdCommitment({ ...opening, wh: before + E, salt: 78n })));
  });
});
