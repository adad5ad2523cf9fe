/**
 * The bills the bench proves: one realistic prosumer household (time-of-use tariff with tiers,
 * standing charge, tax, holidays, solar export) per circuit instance, always a full period so
 * every interval slot carries a real reading. Deterministic: same seed, same bill.
 * @packageDocumentation
 */
import { exampleTariffDraft } from '../core/src/tariff/examples.js';
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
  // The demo's example tariff (one definition for the CLI, the demo, tests and the bench).
  return createTariff({
    ...exampleTariffDraft({ slotsPerDay, tzOffsetSeconds: TZ, holidays: ['2025-01-01', '2025-01-06'] }),
    name: `bench ToU ${slotsPerDay}`,
    salt: 424242n,
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
