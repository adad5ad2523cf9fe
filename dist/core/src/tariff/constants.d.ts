/**
 * Fixed sizes and widths of the tariff encoding (spec §2, §4).
 * @packageDocumentation
 */
/** Interval resolutions a circuit family supports (`I`, slots per day). */
export declare const SUPPORTED_SLOTS_PER_DAY: readonly [24, 48, 96];
export type SlotsPerDay = (typeof SUPPORTED_SLOTS_PER_DAY)[number];
/** Import price bands. */
export declare const BAND_COUNT = 8;
/** Export (feed-in) price bands. */
export declare const EXPORT_BAND_COUNT = 8;
/** Tiers (so `TIER_COUNT - 1` allowances). */
export declare const TIER_COUNT = 4;
/** Holiday slots. */
export declare const HOLIDAY_SLOTS = 16;
/** Bias added to the time-zone offset so it is stored unsigned. */
export declare const TZ_BIAS = 50400;
export declare const MAX_TAX_BPS = 10000;
/** Field widths in bits (spec §4 table). */
export declare const WIDTH: {
    readonly slotsPerDay: 8;
    readonly tzBiased: 17;
    readonly restDays: 7;
    readonly taxBps: 14;
    readonly standingPerDay: 64;
    readonly tierAllowance: 24;
    readonly price: 64;
    readonly holiday: 24;
    readonly band: 3;
};
/** Bits per commitment word. */
export declare const WORD_BITS = 248;
/** Words hashed into the commitment (missing words are 0). */
export declare const COMMITMENT_WORDS = 14;
/**
 * The allowance used for tiers a tariff does not have: `2^24 - 1` Wh per day. A day has at most
 * `96 * (2^16 - 1) < 2^23` Wh, so total import never reaches it and the unused tiers stay empty.
 */
export declare const UNLIMITED_ALLOWANCE: number;
/** Largest local day number (exclusive) a holiday or period start may have. */
export declare const DAY_LIMIT: number;
