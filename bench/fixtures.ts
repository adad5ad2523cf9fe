/**
 * The bills the bench proves: one realistic prosumer household (time-of-use tariff with tiers,
 * standing charge, tax, holidays, solar export) per circuit instance, always a full period so
 * every interval slot carries a real reading. Deterministic: same seed, same bill.
 * @packageDocumentation
 */
import { exampleTariffDraft } from '../core/src/tariff/examples.js';
import { createTariff, tariffToJSON, type Tariff } from '../core/src/tariff/index.js';
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

/**
 * The bench tariff with yearly blocks (bill spec §9) for the yearly instances: the same bands, with
 * the Chinese residential block shape (a first block of 3,120 kWh a year, +0.05 then +0.30 per kWh)
 * on a tariff year starting 2025-01-01, the first day of the bench period.
 */
export function benchYearlyTariff(slotsPerDay: 24 | 48 | 96): Tariff {
  return createTariff({
    ...exampleTariffDraft({ slotsPerDay, tzOffsetSeconds: TZ, holidays: ['2025-01-01', '2025-01-06'] }),
    name: `bench ToU ${slotsPerDay} yearly blocks`,
    tierBasis: 'year',
    yearStart: '2025-01-01',
    tiers: [{ upToWhPerYear: 3_120_000, price: 0n }, { upToWhPerYear: 4_800_000, price: 50_000n }, { price: 300_000n }],
    salt: 424243n,
  });
}

/**
 * The year to date a yearly bench bill carries: 3,100 kWh already imported in the tariff year, so the
 * bill crosses the first block (a carried opening, not a fresh start: the opening check runs).
 */
export function benchYearToDate(): { opening: { meterId: bigint; yearStartDay: number; wh: bigint; salt: bigint }; newSalt: bigint } {
  return { opening: { meterId: 7_000_001n, yearStartDay: Date.UTC(2025, 0, 1) / 86_400_000, wh: 3_100_000n, salt: 77n }, newSalt: 78n };
}

/**
 * The bench tariff on the Europe/London clock (bill spec §5a) for the zone instances: the same bands,
 * committing to the zone's transitions of 2026.
 */
export function benchZoneTariff(slotsPerDay: 24 | 48 | 96): Tariff {
  const { tzOffsetSeconds: _tz, ...fields } = tariffToJSON(benchTariff(slotsPerDay));
  return createTariff({ ...fields, zone: 'Europe/London', zoneValidFrom: '2026-01-01', zoneValidUntil: '2027-01-01' } as never);
}

/**
 * The London-clock bench tariff with the yearly blocks of {@link benchYearlyTariff} on a tariff year
 * starting 2026-01-01 (local), for the instances with both flags.
 */
export function benchZoneYearlyTariff(slotsPerDay: 24 | 48 | 96): Tariff {
  const { tiers: _t, tierBasis: _b, ...fields } = tariffToJSON(benchZoneTariff(slotsPerDay));
  return createTariff({
    ...fields,
    name: `bench ToU ${slotsPerDay} Europe/London yearly blocks`,
    tierBasis: 'year',
    yearStart: '2026-01-01',
    tiers: [{ upToWhPerYear: 3_120_000, price: '0' }, { upToWhPerYear: 4_800_000, price: '50000' }, { price: '300000' }],
    salt: '424244',
  } as never);
}

/** The year to date a zone + yearly bench bill carries: 3,100 kWh of 2026 before the London October. */
export function benchZoneYearToDate(): { opening: { meterId: bigint; yearStartDay: number; wh: bigint; salt: bigint }; newSalt: bigint } {
  return { opening: { meterId: 7_000_001n, yearStartDay: Date.UTC(2026, 0, 1) / 86_400_000, wh: 3_100_000n, salt: 79n }, newSalt: 80n };
}

/**
 * A signed month of the bench household on the London clock: October 2026 from local midnight (23:00
 * UTC on 30 September, summer time), 31 local days with the 25-hour day of the 25th.
 */
export async function benchZonePeriod(intervalsPerDay: 24 | 48 | 96): Promise<SignedPeriod> {
  const n = 31 * intervalsPerDay + intervalsPerDay / 24;
  const s = householdSeries({ days: 32, intervalsPerDay, seed: 2025, solarKwp: 4, startDate: '2026-10-01' });
  return signPeriod(BENCH_METER_KEY, {
    meterId: 7_000_001n,
    periodStart: Date.parse('2026-09-30T23:00:00Z') / 1000,
    intervalSeconds: 86400 / intervalsPerDay,
    imports: s.imports.slice(0, n),
    exports: s.exports.slice(0, n),
  });
}
