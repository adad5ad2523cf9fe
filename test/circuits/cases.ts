// Builders of honest bills for circuit tests: a tariff, a signed meter period, the circuit
// input and the reference engine's expected public signals, all through the SDK's own code.
import type { IntervalQuality } from '../../core/src/meter/quality.js';
import { buildBillInput, expectedPublicSignals } from '../../prover/src/bill-input.js';
import { computeBill, type Bill } from '../../core/src/bill/index.js';
import { signPeriod, type SignedPeriod } from '../../core/src/meter/sign.js';
import { createTariff, localMidnight, type Tariff, type TariffInput } from '../../core/src/tariff/index.js';
import { offsetInForce } from '../../core/src/tariff/zone.js';

export const METER_KEY = new Uint8Array(32).fill(7);
export const OTHER_KEY = new Uint8Array(32).fill(9);
export const DOMAIN = (31337n << 160n) + 0x5fbdb2315678afecb367f032d93f642f64180aa3n;

export interface CircuitShape {
  name: string;
  intervalsPerDay: 24 | 48 | 96;
  maxDays: number;
  /** Has the demand component (spec v2 §6). */
  demand?: boolean;
  /** Follows a daylight-saving clock (`"zone": 1`, spec §5a). */
  zone?: boolean;
}
export const ONE_DAY: CircuitShape = { name: 'bill_1d_30m', intervalsPerDay: 48, maxDays: 1 };
export const MONTH_HOURLY: CircuitShape = { name: 'bill_31d_60m', intervalsPerDay: 24, maxDays: 31 };
export const MONTH_DEMAND: CircuitShape = { name: 'bill_31d_30m_demand', intervalsPerDay: 48, maxDays: 31, demand: true };
/**
 * The half-hourly month, on the demand month: a tariff without a demand charge bills there as on
 * the plain bill_31d_30m (the same template without the demand component, compiled by the demo and
 * the bench but not by npm test, whose build is CPU-bound at ~10 CPU-s a compile).
 */
export const MONTH_HALF_HOURLY: CircuitShape = MONTH_DEMAND;
export const ONE_DAY_ZONE: CircuitShape = { name: 'bill_1d_30m_zone', intervalsPerDay: 48, maxDays: 1, zone: true };
export const MONTH_HOURLY_ZONE: CircuitShape = { name: 'bill_31d_60m_zone', intervalsPerDay: 24, maxDays: 31, zone: true };
/** Three half-hourly days on a daylight-saving clock: the template of the product's bill_31d_30m_zone, smaller. */
export const HALF_HOURLY_ZONE_3D: CircuitShape = { name: 'bill_3d_30m_zone', intervalsPerDay: 48, maxDays: 3, zone: true };

/**
 * A tariff with every feature in use: 3 bands, weekend rest days, a holiday, 4 tiers, tax,
 * feed-in. Its own values on purpose (not the shared example tariff): the attack tests count on
 * its allowances (8, 15, 25 kWh) and prices.
 */
export function fullTariff(slotsPerDay: 24 | 48 | 96, overrides: Partial<TariffInput> = {}): Tariff {
  const base: TariffInput = {
    name: 'test time-of-use',
    slotsPerDay,
    tzOffsetSeconds: 3600,
    restDays: ['saturday', 'sunday'],
    holidays: ['2026-01-01', '2026-04-06', '2026-12-26'],
    bandPrices: [180_000n, 260_000n, 410_000n],
    bandNames: ['off-peak', 'shoulder', 'peak'],
    exportPrices: [60_000n, 95_000n],
    exportBandNames: ['night', 'day'],
    workBands: [
      { from: '00:00', to: '07:00', band: 0 },
      { from: '07:00', to: '17:00', band: 1 },
      { from: '17:00', to: '21:00', band: 2 },
      { from: '21:00', to: '24:00', band: 1 },
    ],
    restBands: [
      { from: '00:00', to: '09:00', band: 0 },
      { from: '09:00', to: '24:00', band: 1 },
    ],
    exportBands: [
      { from: '00:00', to: '09:00', band: 0 },
      { from: '09:00', to: '18:00', band: 1 },
      { from: '18:00', to: '24:00', band: 0 },
    ],
    tiers: [{ upToWhPerDay: 8_000, price: 0n }, { upToWhPerDay: 15_000, price: 20_000n }, { upToWhPerDay: 25_000, price: 45_000n }, { price: 90_000n }],
    standingPerDay: 410_000n,
    taxBps: 1900,
    salt: 987654321987654321n,
  };
  return createTariff({ ...base, ...overrides });
}

export interface BillCase {
  tariff: Tariff;
  signed: SignedPeriod;
  input: Record<string, string | string[]>;
  expected: string[];
  bill: Bill;
}

/** Local midnight (in the tariff's zone) starting the ISO date. */
export function midnight(isoDate: string, tzOffsetSeconds: number): number {
  return localMidnight(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000, tzOffsetSeconds);
}

export async function billCase(
  shape: CircuitShape,
  tariff: Tariff,
  period: { start: number; imports: number[]; exports?: number[]; meterId?: bigint; quality?: IntervalQuality[] },
  key: Uint8Array = METER_KEY,
): Promise<BillCase> {
  const signed = await signPeriod(key, {
    meterId: period.meterId ?? 4242n,
    periodStart: period.start,
    intervalSeconds: 86400 / shape.intervalsPerDay,
    imports: period.imports,
    exports: period.exports ?? period.imports.map(() => 0),
    ...(period.quality === undefined ? {} : { quality: period.quality }),
  });
  const opts = { intervalsPerDay: shape.intervalsPerDay, maxDays: shape.maxDays, domain: DOMAIN, demand: shape.demand === true, zone: shape.zone === true };
  const [input, expected] = await Promise.all([buildBillInput(tariff, signed, opts), expectedPublicSignals(tariff, signed, opts)]);
  return { tariff, signed, input, expected, bill: computeBill(tariff, signed) };
}

/** A day's household-like import and solar export, deterministic. */
export function dayProfile(intervalsPerDay: number, days: number, scale = 1): { imports: number[]; exports: number[] } {
  const imports: number[] = [];
  const exports: number[] = [];
  for (let d = 0; d < days; d++) {
    for (let s = 0; s < intervalsPerDay; s++) {
      const hour = (s * 24) / intervalsPerDay;
      const base = 150 + 90 * Math.sin((s + d) * 1.3) ** 2;
      const peak = hour >= 17 && hour < 21 ? 700 : hour >= 7 && hour < 9 ? 400 : 0;
      const solar = hour >= 9 && hour < 16 ? Math.round(500 * Math.sin(((hour - 9) / 7) * Math.PI)) : 0;
      const perInterval = 24 / intervalsPerDay;
      imports.push(Math.round((base + peak) * perInterval * scale));
      exports.push(Math.max(0, Math.round((solar - 120) * perInterval * scale)));
    }
  }
  return { imports, exports };
}

/** The year's validity window the DST tests commit to (spec §5a). */
export const ZONE_WINDOW = { zoneValidFrom: '2026-01-01', zoneValidUntil: '2027-01-01' } as const;

/** {@link fullTariff} on the wall clock of an IANA zone (its 2026 transitions committed). */
export function zoneTariff(slotsPerDay: 24 | 48 | 96, zone: string, overrides: Partial<TariffInput> = {}): Tariff {
  const base = fullTariff(slotsPerDay);
  const { tzOffsetSeconds: _fixed, ...rest } = base;
  return createTariff({ ...rest, zone, ...ZONE_WINDOW, ...overrides });
}

/** Unix time of local midnight starting local day number `day` under the tariff's clock. */
export function zoneMidnightOfDay(tariff: Tariff, day: number): number {
  let t = day * 86400 - tariff.tzOffsetSeconds;
  // the offset in force at that instant; twice is enough (the rules keep midnights unambiguous)
  for (let k = 0; k < 2; k++) t = day * 86400 - offsetInForce(tariff.tzOffsetSeconds, tariff.zoneTransitions ?? [], t);
  return t;
}

/** Local midnight of an ISO date and the interval count of `days` local days from it. */
export function zonePeriod(tariff: Tariff, isoDate: string, days: number): { start: number; intervals: number } {
  const day = Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
  const start = zoneMidnightOfDay(tariff, day);
  const end = zoneMidnightOfDay(tariff, day + days);
  return { start, intervals: (end - start) / (86400 / tariff.slotsPerDay) };
}
