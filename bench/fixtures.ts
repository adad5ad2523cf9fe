/**
 * The bills the bench proves: one realistic prosumer household (time-of-use tariff with tiers,
 * standing charge, tax, holidays, solar export) per circuit instance, always a full period so
 * every interval slot carries a real reading. Deterministic: same seed, same bill.
 * @packageDocumentation
 */
import { createTariff, type Tariff } from '../core/src/tariff/index.js';
import { householdSeries, localMidnightOf, signPeriod, type SignedPeriod } from '../core/src/meter/index.js';
import { settlementDomain } from '../core/src/bill/signals.js';

/** Fixed development meter key: the bench needs the key to sign, and a fixed one keeps runs comparable. */
export const BENCH_METER_KEY = new Uint8Array(32).map((_, i) => (i * 37 + 11) & 0xff);

/** Hardhat's chain id and a fixed address: the domain only has to be a valid public input. */
export const BENCH_DOMAIN = settlementDomain(31337n, '0x5FbDB2315678afecb367f032d93F642f64180aa3');

const TZ = 3600; // CET, no DST

/** A time-of-use tariff at `slotsPerDay`: off-peak, shoulder, peak on work days; weekends and two holidays off-peak. */
export function benchTariff(slotsPerDay: 24 | 48 | 96): Tariff {
  return createTariff({
    name: `bench ToU ${slotsPerDay}`,
    currency: { symbol: 'TOK', decimals: 6 },
    slotsPerDay,
    tzOffsetSeconds: TZ,
    restDays: ['saturday', 'sunday'],
    holidays: ['2025-01-01', '2025-01-06'],
    bandPrices: [120_000, 210_000, 340_000],
    bandNames: ['off-peak', 'shoulder', 'peak'],
    workBands: [
      { from: '00:00', to: '07:00', band: 0 },
      { from: '07:00', to: '17:00', band: 1 },
      { from: '17:00', to: '21:00', band: 2 },
      { from: '21:00', to: '23:00', band: 1 },
      { from: '23:00', to: '24:00', band: 0 },
    ],
    restBands: [
      { from: '00:00', to: '08:00', band: 0 },
      { from: '08:00', to: '24:00', band: 1 },
    ],
    exportPrices: [40_000, 70_000],
    exportBandNames: ['midday', 'evening'],
    exportBands: [
      { from: '00:00', to: '16:00', band: 0 },
      { from: '16:00', to: '20:00', band: 1 },
      { from: '20:00', to: '24:00', band: 0 },
    ],
    tiers: [{ upToWhPerDay: 8000, price: 0 }, { upToWhPerDay: 15000, price: 30_000 }, { price: 60_000 }],
    standingPerDay: 450_000,
    taxBps: 1900,
    salt: 0x5a17_bead_cafe_f00dn,
  });
}

/** A signed `days`-day period of a prosumer household (4 kWp solar) from local midnight 2025-01-01. */
export async function benchPeriod(intervalsPerDay: 24 | 48 | 96, days: number): Promise<SignedPeriod> {
  const { imports, exports } = householdSeries({ days, intervalsPerDay, seed: 2025, solarKwp: 4, startDate: '2025-01-01' });
  return signPeriod(BENCH_METER_KEY, {
    meterId: 7_000_001n,
    periodStart: localMidnightOf('2025-01-01', TZ),
    intervalSeconds: 86400 / intervalsPerDay,
    imports,
    exports,
  });
}
