/**
 * The example tariff of `wattproof tariff new` and of the demo: a residential time-of-use tariff
 * with three bands, four tiers, a standing charge, tax, weekend rest days, holidays, and a
 * two-band feed-in credit for rooftop solar. Prices in a 6-decimal token (1 WTD = 1_000_000).
 * @packageDocumentation
 */
import type { SlotsPerDay } from './constants.js';
import type { TariffInput } from './schema.js';

/** Options of {@link exampleTariffDraft}. */
export interface ExampleTariffOptions {
  slotsPerDay?: SlotsPerDay;
  /** Seconds east of UTC; default 3600 (Central European standard time). */
  tzOffsetSeconds?: number;
  name?: string;
  /** Local `YYYY-MM-DD` dates billed as rest days. */
  holidays?: string[];
}

/** The draft (without salt) of the example tariff. */
export function exampleTariffDraft(opts: ExampleTariffOptions = {}): Omit<TariffInput, 'salt'> {
  return {
    name: opts.name ?? 'Home Time-of-Use with Solar Feed-in',
    description:
      'Off-peak 00-07 and 22-24, shoulder 07-17, peak 17-22 on work days; off-peak and shoulder only on weekends and holidays. ' +
      'Inclining block surcharge on daily import above 6, 12 and 20 kWh. Feed-in credit higher in the evening peak.',
    currency: { symbol: 'WTD', decimals: 6 },
    slotsPerDay: opts.slotsPerDay ?? 24,
    tzOffsetSeconds: opts.tzOffsetSeconds ?? 3600,
    restDays: ['saturday', 'sunday'],
    holidays: opts.holidays ?? ['2026-06-04', '2026-08-17'],
    bandNames: ['off-peak', 'shoulder', 'peak'],
    bandPrices: ['120000', '215000', '385000'],
    workBands: [
      { from: '00:00', to: '07:00', band: 0 },
      { from: '07:00', to: '17:00', band: 1 },
      { from: '17:00', to: '22:00', band: 2 },
      { from: '22:00', to: '24:00', band: 0 },
    ],
    restBands: [
      { from: '00:00', to: '08:00', band: 0 },
      { from: '08:00', to: '22:00', band: 1 },
      { from: '22:00', to: '24:00', band: 0 },
    ],
    exportBandNames: ['solar day', 'evening'],
    exportPrices: ['55000', '140000'],
    exportBands: [
      { from: '00:00', to: '17:00', band: 0 },
      { from: '17:00', to: '22:00', band: 1 },
      { from: '22:00', to: '24:00', band: 0 },
    ],
    tiers: [{ upToWhPerDay: 6000, price: '0' }, { upToWhPerDay: 12000, price: '18000' }, { upToWhPerDay: 20000, price: '42000' }, { price: '75000' }],
    standingPerDay: '850000',
    taxBps: 800,
  };
}
