// Shared builders for the sdk tests: a small time-of-use tariff and periods at local midnight.
import { createTariff, isoDateToDayNumber, type Tariff, type TariffInput } from '../../core/src/tariff/index.js';
import type { MeterPeriod } from '../../core/src/meter/index.js';

/** Fixed salt so known answers stay fixed. */
export const SALT = 123456789n;

/** Hourly time-of-use tariff: off-peak 0-7 and 23-24, peak 7-23 on work days, off-peak all day on rest days. */
export function touTariff(overrides: Partial<TariffInput> = {}): Tariff {
  return createTariff({
    name: 'Test ToU',
    currency: { symbol: 'TOK', decimals: 3 },
    slotsPerDay: 24,
    tzOffsetSeconds: 0,
    restDays: ['saturday', 'sunday'],
    bandPrices: [100, 300],
    bandNames: ['off-peak', 'peak'],
    workBands: [
      { from: '00:00', to: '07:00', band: 0 },
      { from: '07:00', to: '23:00', band: 1 },
      { from: '23:00', to: '24:00', band: 0 },
    ],
    restBands: [{ from: '00:00', to: '24:00', band: 0 }],
    exportPrices: [40],
    tiers: [{ upToWhPerDay: 5000, price: 0 }, { upToWhPerDay: 8000, price: 50 }, { price: 120 }],
    standingPerDay: 1000,
    taxBps: 500,
    salt: SALT,
    ...overrides,
  });
}

/** Unix time of local midnight of an ISO date in a fixed-offset zone. */
export function midnight(iso: string, tz = 0): number {
  const day = isoDateToDayNumber(iso);
  if (day === undefined) throw new Error(`bad date ${iso}`);
  return day * 86400 - tz;
}

/** A period of `days` days with readings from a function of the interval index. */
export function makePeriod(opts: {
  start: number;
  days: number;
  intervalsPerDay?: number;
  imports?: (i: number) => number;
  exports?: (i: number) => number;
  meterId?: bigint;
}): MeterPeriod {
  const I = opts.intervalsPerDay ?? 24;
  const n = opts.days * I;
  return {
    meterId: opts.meterId ?? 42n,
    periodStart: opts.start,
    intervalSeconds: 86400 / I,
    imports: Array.from({ length: n }, (_, i) => opts.imports?.(i) ?? 0),
    exports: Array.from({ length: n }, (_, i) => opts.exports?.(i) ?? 0),
  };
}

/** Runs `fn` and returns the error it throws (fails the test if it does not throw). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error, none was thrown');
}

/** Async variant of {@link thrown}. */
export async function rejected(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection, the promise resolved');
}
