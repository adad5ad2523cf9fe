// Property tests of the bill engine and the formats, against independent reference models.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBill, packAmounts, packPeriod, unpackAmounts, unpackPeriod } from '../../core/src/bill/index.js';
import { parseIntervalCsv, type MeterPeriod } from '../../core/src/meter/index.js';
import { encodeTariff, parseTariff, parseTariffJson, serializeTariff, type Tariff } from '../../core/src/tariff/index.js';

const U64 = (1n << 64n) - 1n;
const price = fc.oneof(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: U64 }), fc.constant(U64));
const reading = fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 600 }), fc.constantFrom(0, 65535));

/** A random valid tariff and a period of 1-3 days at local midnight that fits it. */
const scenario = fc
  .record({
    I: fc.constantFrom(24, 48),
    days: fc.integer({ min: 1, max: 3 }),
    tz: fc.oneof(fc.integer({ min: -50400, max: 50400 }), fc.constantFrom(-50400, 0, 50400)),
    firstDay: fc.integer({ min: 1, max: 40000 }),
    restDays: fc.subarray([0, 1, 2, 3, 4, 5, 6]),
    bandPrices: fc.array(price, { minLength: 1, maxLength: 8 }),
    exportPrices: fc.array(price, { minLength: 1, maxLength: 8 }),
    limits: fc.array(fc.integer({ min: 0, max: (1 << 24) - 1 }), { maxLength: 3 }),
    tierPrices: fc.array(price, { minLength: 4, maxLength: 4 }),
    holidayOffsets: fc.uniqueArray(fc.integer({ min: -3, max: 5 }), { maxLength: 6 }),
    standing: price,
    taxBps: fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.constantFrom(0, 10000)),
    seed: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
  })
  .chain((s) =>
    fc.record({
      s: fc.constant(s),
      workBands: fc.array(fc.nat(s.bandPrices.length - 1), { minLength: s.I, maxLength: s.I }),
      restBands: fc.array(fc.nat(s.bandPrices.length - 1), { minLength: s.I, maxLength: s.I }),
      exportBands: fc.array(fc.nat(s.exportPrices.length - 1), { minLength: s.I, maxLength: s.I }),
      imports: fc.array(reading, { minLength: s.days * s.I, maxLength: s.days * s.I }),
      exports: fc.array(reading, { minLength: s.days * s.I, maxLength: s.days * s.I }),
    }),
  )
  .map(({ s, workBands, restBands, exportBands, imports, exports }) => {
    const limits = [...s.limits].sort((a, b) => a - b);
    const tariff = parseTariff({
      name: 'random',
      slotsPerDay: s.I,
      tzOffsetSeconds: s.tz,
      restDays: s.restDays,
      holidays: s.holidayOffsets.map((o) => s.firstDay + o).filter((d) => d >= 1),
      bandPrices: s.bandPrices,
      exportPrices: s.exportPrices,
      workBands,
      restBands,
      exportBands,
      tiers: [...limits.map((l, k) => ({ upToWhPerDay: l, price: s.tierPrices[k]! })), { price: s.tierPrices[limits.length]! }],
      standingPerDay: s.standing,
      taxBps: s.taxBps,
      salt: 1n,
    });
    const period: MeterPeriod = { meterId: 5n, periodStart: s.firstDay * 86400 - s.tz, intervalSeconds: 86400 / s.I, imports, exports };
    return { tariff, period };
  });

/** Spec §5-6 written independently: JS Date for weekdays and dates, the tariff's own tier list, rational rounding. */
function referenceBill(t: Tariff, p: MeterPeriod): { charge: bigint; credit: bigint; E: bigint } {
  const I = t.slotsPerDay;
  const days = p.imports.length / I;
  let energy = 0n;
  let exportValue = 0n;
  let E = 0n;
  for (let i = 0; i < p.imports.length; i++) {
    const localMidnight = new Date((p.periodStart + t.tzOffsetSeconds + Math.floor(i / I) * 86400) * 1000);
    const rest = t.restDays.includes(localMidnight.getUTCDay()) || t.holidays.includes(localMidnight.toISOString().slice(0, 10));
    const band = (rest ? t.restBands : t.workBands)[i % I]!;
    energy += BigInt(p.imports[i]!) * t.bandPrices[band]!;
    exportValue += BigInt(p.exports[i]!) * t.exportPrices[t.exportBands[i % I]!]!;
    E += BigInt(p.imports[i]!);
  }
  let tiers = 0n;
  let lower = 0n;
  for (const tier of t.tiers) {
    const upper = tier.upToWhPerDay === undefined ? E : BigInt(tier.upToWhPerDay) * BigInt(days);
    const inTier = E < lower ? 0n : (E < upper ? E : upper) - lower;
    tiers += (inTier > 0n ? inTier : 0n) * tier.price;
    lower = upper > lower ? upper : lower;
  }
  const subtotal = energy + tiers + t.standingPerDay * BigInt(days) * 1000n;
  const x = subtotal * BigInt(10000 + t.taxBps);
  const halfUp = (num: bigint, den: bigint): bigint => num / den + (2n * (num % den) >= den ? 1n : 0n);
  return { charge: halfUp(x, 10_000_000n), credit: halfUp(exportValue, 1000n), E };
}

describe('bill engine properties', () => {
  it('agrees with the independent reference model', () => {
    fc.assert(
      fc.property(scenario, ({ tariff, period }) => {
        const bill = computeBill(tariff, period);
        const ref = referenceBill(tariff, period);
        expect([bill.charge, bill.credit, bill.totalImportWh]).toEqual([ref.charge, ref.credit, ref.E]);
      }),
      { numRuns: 300 },
    );
  });

  it('itemizes consistently: tiers sum to E, bands sum to E, items sum to the subtotal, tax >= 0', () => {
    fc.assert(
      fc.property(scenario, ({ tariff, period }) => {
        const b = computeBill(tariff, period);
        const sum = (xs: bigint[]) => xs.reduce((a, c) => a + c, 0n);
        expect(sum(b.items.tiers.map((x) => x.wh))).toBe(b.totalImportWh);
        expect(b.items.tiers.every((x) => x.wh >= 0n)).toBe(true);
        expect(sum(b.items.energy.map((x) => x.wh))).toBe(b.totalImportWh);
        expect(sum(b.items.exports.map((x) => x.wh))).toBe(b.totalExportWh);
        expect(sum(b.items.energy.map((x) => x.milli)) + sum(b.items.tiers.map((x) => x.milli)) + b.items.standing.milli).toBe(b.subtotalMilli);
        expect(sum(b.items.exports.map((x) => x.milli))).toBe(b.exportMilli);
        expect(b.tax).toBeGreaterThanOrEqual(0n);
        const err = b.charge * 10_000_000n - b.subtotalMilli * BigInt(10000 + b.taxBps);
        expect(err > -5_000_000n && err <= 5_000_000n).toBe(true);
        expect(b.charge < 1n << 96n && b.credit < 1n << 96n).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('charge never falls when a reading rises; exports only move the credit', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.integer({ min: 1, max: 65535 }), ({ tariff, period }, at, delta) => {
        const i = at % period.imports.length;
        const b = computeBill(tariff, period);
        const moreImport = { ...period, imports: period.imports.map((r, k) => (k === i ? Math.min(65535, r + delta) : r)) };
        const moreExport = { ...period, exports: period.exports.map((r, k) => (k === i ? Math.min(65535, r + delta) : r)) };
        const bi = computeBill(tariff, moreImport);
        const be = computeBill(tariff, moreExport);
        expect(bi.charge).toBeGreaterThanOrEqual(b.charge);
        expect(bi.credit).toBe(b.credit);
        expect(be.charge).toBe(b.charge);
        expect(be.credit).toBeGreaterThanOrEqual(b.credit);
      }),
      { numRuns: 200 },
    );
  });
});

describe('format properties', () => {
  it('tariff documents round-trip to the same encoding', () => {
    fc.assert(
      fc.property(scenario, ({ tariff }) => {
        const back = parseTariffJson(serializeTariff(tariff));
        expect(back).toEqual(tariff);
        expect(encodeTariff(back)).toEqual(encodeTariff(tariff));
      }),
      { numRuns: 100 },
    );
  });

  it('public-signal packing round-trips', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: U64 }),
        fc.integer({ min: 0, max: 2 ** 40 - 1 }),
        fc.integer({ min: 0, max: 65535 }),
        fc.constantFrom(900, 1800, 3600),
        fc.bigInt({ min: 0n, max: (1n << 96n) - 1n }),
        fc.bigInt({ min: 0n, max: (1n << 96n) - 1n }),
        fc.nat(),
        (meterId, periodStart, intervalCount, intervalSeconds, charge, credit, k) => {
          const nonActualCount = k % (intervalCount + 1);
          expect(unpackPeriod(packPeriod({ meterId, periodStart, intervalCount, intervalSeconds, nonActualCount }))).toEqual({
            meterId,
            periodStart,
            intervalCount,
            intervalSeconds,
            nonActualCount,
          });
          expect(unpackAmounts(packAmounts({ charge, credit }))).toEqual({ charge, credit });
        },
      ),
    );
  });

  it('CSV import reads back what was written, in Wh or kWh', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(reading, reading), { minLength: 2, maxLength: 200 }),
        fc.constantFrom(900, 1800, 3600),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.boolean(),
        (rows, step, start0, kwh) => {
          const start = start0 - (start0 % step);
          const fmt = (wh: number) => (kwh ? (wh / 1000).toFixed(3) : String(wh));
          const text = `timestamp,import_${kwh ? 'kwh' : 'wh'},export_${kwh ? 'kwh' : 'wh'}\n${rows
            .map(([a, b], i) => `${new Date((start + i * step) * 1000).toISOString()},${fmt(a)},${fmt(b)}`)
            .join('\n')}\n`;
          expect(parseIntervalCsv(text)).toMatchObject({
            start,
            intervalSeconds: step,
            imports: rows.map((r) => r[0]),
            exports: rows.map((r) => r[1]),
            hasExports: true,
            quality: rows.map(() => 'actual'),
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
