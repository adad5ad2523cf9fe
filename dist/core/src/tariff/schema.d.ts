/**
 * The tariff document: its TypeScript type, its zod schema, and validation with errors that name
 * the field path and the reason (e.g. `tariff.bandPrices[3]: must be < 2^64`).
 * @packageDocumentation
 */
import { z } from 'zod';
import { type BandRange } from './bands.js';
import { type SlotsPerDay } from './constants.js';
/** Format tag of a tariff JSON document. */
export declare const TARIFF_FORMAT = "wattproof.tariff.v1";
/** One tier of the block (tiered) component: a price added per kWh up to an allowance per day. */
export interface TariffTier {
    /**
     * Wh per day (multiplied by the period's day count) at which the next tier starts. Absent on
     * the last tier, which has no upper limit.
     */
    upToWhPerDay?: number;
    /** Price added per kWh of energy in this tier (token smallest units). */
    price: bigint;
}
/** Display information about the settlement token. */
export interface TariffCurrency {
    /** Symbol for display, e.g. `USDC`. */
    symbol: string;
    /** Decimals of the token: amounts are in units of `10^-decimals` of a symbol. */
    decimals: number;
}
/**
 * A validated tariff in canonical form. All prices are token smallest units per kWh; standing
 * charge per day; energy in Wh. Build one with {@link parseTariff} or {@link createTariff}.
 */
export interface Tariff {
    name: string;
    description?: string;
    currency: TariffCurrency;
    /** `I`: slots per day (24, 48 or 96). Must equal the meter's intervals per day. */
    slotsPerDay: SlotsPerDay;
    /** Fixed offset of local time from UTC in seconds, east positive (no DST). */
    tzOffsetSeconds: number;
    /** Weekly rest days as weekday numbers (0 = Sunday), ascending. */
    restDays: number[];
    /** Holidays (rest days) as local `YYYY-MM-DD` dates, ascending, at most 16. */
    holidays: string[];
    /** Import price per kWh of each band in use (1..8 bands). */
    bandPrices: bigint[];
    /** Display names of the bands, same length as `bandPrices`. */
    bandNames: string[];
    /** Feed-in price per kWh of each export band (1..8). */
    exportPrices: bigint[];
    /** Display names of the export bands, same length as `exportPrices`. */
    exportBandNames: string[];
    /** Band of each slot on a work day (length `slotsPerDay`). */
    workBands: number[];
    /** Band of each slot on a rest day (length `slotsPerDay`). */
    restBands: number[];
    /** Export band of each slot, every day (length `slotsPerDay`). */
    exportBands: number[];
    /** 1..4 tiers; all but the last have `upToWhPerDay`, non-decreasing. */
    tiers: TariffTier[];
    /** Standing charge per day of the period. */
    standingPerDay: bigint;
    /** Tax on the charge in basis points (0..10000). */
    taxBps: number;
    /** Random blinding field element of the commitment; keep it as private as the tariff. */
    salt: bigint;
}
/** A band schedule as written: one band per slot, or time ranges. */
export type BandScheduleInput = readonly number[] | readonly BandRange[];
/**
 * What {@link parseTariff} accepts: the canonical form, plus conveniences (weekday names, day
 * numbers or ISO dates for holidays, time ranges for schedules, numbers or decimal strings for
 * integers, omitted optional fields).
 */
export interface TariffInput {
    format?: typeof TARIFF_FORMAT;
    name: string;
    description?: string;
    currency?: {
        symbol: string;
        decimals: number;
    };
    slotsPerDay: number;
    tzOffsetSeconds: number;
    restDays?: readonly (number | string)[];
    holidays?: readonly (string | number)[];
    bandPrices: readonly (bigint | number | string)[];
    bandNames?: readonly string[];
    /** Default `[0]`: no feed-in credit. */
    exportPrices?: readonly (bigint | number | string)[];
    exportBandNames?: readonly string[];
    workBands: BandScheduleInput;
    /** Default: same as `workBands`. */
    restBands?: BandScheduleInput;
    /** Default: every slot in export band 0 (a flat feed-in price). */
    exportBands?: BandScheduleInput;
    /** Default: one tier with price 0 (no block component). */
    tiers?: readonly {
        upToWhPerDay?: number | bigint | string;
        price: bigint | number | string;
    }[];
    /** Default 0. */
    standingPerDay?: bigint | number | string;
    /** Default 0. */
    taxBps?: number;
    salt: bigint | string;
}
/**
 * The zod schema of a tariff: accepts a {@link TariffInput} (or a parsed JSON document) and
 * outputs a canonical {@link Tariff}. Prefer {@link parseTariff}, which turns zod's issues into a
 * {@link ValidationError}.
 */
export declare const tariffSchema: z.ZodType<Tariff, unknown>;
/**
 * Validates and canonicalizes a tariff. Idempotent: a {@link Tariff} parses to an equal one.
 * @param root - Field path prefix used in error messages.
 * @throws ValidationError naming the first invalid field, e.g. `tariff.workBands[3]: band 5 has no price (...)`.
 */
export declare function parseTariff(input: TariffInput | Tariff | unknown, root?: string): Tariff;
/** Like {@link parseTariff}, but draws a fresh random salt when the input has none. */
export declare function createTariff(input: Omit<TariffInput, 'salt'> & {
    salt?: bigint | string;
}, root?: string): Tariff;
/** Field path of a tariff's sub-field, for callers composing their own errors. */
export declare function tariffFieldPath(path: (string | number)[], root?: string): string;
