// A realistic one-day bill for the bill_1d_30m circuit (48 half-hour intervals): a tiered
// time-of-use tariff with export credit, a holiday, and a prosumer's signed readings.
import { computeBill } from '../../core/src/bill/compute.js';
import { settlementDomain } from '../../core/src/bill/signals.js';
import { signPeriod, type SignedPeriod } from '../../core/src/meter/sign.js';
import { householdSeries, localMidnightOf } from '../../core/src/meter/synthetic.js';
import { createTariff, type Tariff } from '../../core/src/tariff/index.js';

export const CIRCUIT = 'bill_1d_30m';
export const TZ = 3600;
export const CHAIN_ID = 31337n;
export const SETTLEMENT = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
export const DOMAIN = settlementDomain(CHAIN_ID, SETTLEMENT);
/** Fixed key, so the fixture is deterministic. */
export const METER_KEY = new Uint8Array(32).fill(7);

export function halfHourTariff(): Tariff {
  return createTariff({
    name: 'Half-hourly ToU with feed-in',
    currency: { symbol: 'EURc', decimals: 3 },
    slotsPerDay: 48,
    tzOffsetSeconds: TZ,
    restDays: ['saturday', 'sunday'],
    holidays: ['2026-05-01'],
    bandPrices: [180_000, 320_000],
    bandNames: ['off-peak', 'peak'],
    workBands: [
      { from: '00:00', to: '07:00', band: 0 },
      { from: '07:00', to: '22:00', band: 1 },
      { from: '22:00', to: '24:00', band: 0 },
    ],
    restBands: [{ from: '00:00', to: '24:00', band: 0 }],
    exportPrices: [60_000, 90_000],
    exportBands: [
      { from: '00:00', to: '16:00', band: 0 },
      { from: '16:00', to: '20:00', band: 1 },
      { from: '20:00', to: '24:00', band: 0 },
    ],
    tiers: [{ upToWhPerDay: 6000, price: 0 }, { upToWhPerDay: 12000, price: 25_000 }, { price: 60_000 }],
    standingPerDay: 45_000,
    taxBps: 2100,
    salt: 987654321987654321n,
  });
}

/** One signed day (a Thursday in spring, with rooftop solar) starting at local midnight. */
export async function signedDay(date = '2026-04-30'): Promise<SignedPeriod> {
  const { imports, exports } = householdSeries({ days: 1, intervalsPerDay: 48, seed: 11, solarKwp: 3, consumptionScale: 1.6, startDate: date });
  return signPeriod(METER_KEY, {
    meterId: 1001n,
    periodStart: localMidnightOf(date, TZ),
    intervalSeconds: 1800,
    imports,
    exports,
  });
}

export function referenceBill(tariff: Tariff, sp: SignedPeriod) {
  return computeBill(tariff, sp);
}
