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
export declare function exampleTariffDraft(opts?: ExampleTariffOptions): Omit<TariffInput, 'salt'>;
