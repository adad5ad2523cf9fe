/**
 * Fixed sizes and widths of the tariff encoding (spec §2, §4).
 * @packageDocumentation
 */

/** Interval resolutions a circuit family supports (`I`, slots per day). */
export const SUPPORTED_SLOTS_PER_DAY = [24, 48, 96] as const;
export type SlotsPerDay = (typeof SUPPORTED_SLOTS_PER_DAY)[number];

/** Import price bands. */
export const BAND_COUNT = 8;
/** Export (feed-in) price bands. */
export const EXPORT_BAND_COUNT = 8;
/** Tiers (so `TIER_COUNT - 1` allowances). */
export const TIER_COUNT = 4;
/** Holiday slots. */
export const HOLIDAY_SLOTS = 16;

/** Bias added to the time-zone offset so it is stored unsigned. */
export const TZ_BIAS = 50400;
export const MAX_TAX_BPS = 10000;

/** Field widths in bits (spec §4 table). */
export const WIDTH = {
  slotsPerDay: 8,
  tzBiased: 17,
  restDays: 7,
  taxBps: 14,
  standingPerDay: 64,
  tierAllowance: 24,
  price: 64,
  holiday: 24,
  band: 3,
  tierBasis: 1,
  demandPrice: 64,
  demandSlot: 1,
  yearlyBlocks: 1,
  yearStartDay: 24,
  yearLeap: 1,
  zoneAt: 40,
  zoneOffset: 17,
} as const;

/** Bits per commitment word. */
export const WORD_BITS = 248;
/** Words hashed into the commitment (missing words are 0). */
export const COMMITMENT_WORDS = 14;

/**
 * The allowance used for tiers a tariff does not have: `2^24 - 1` Wh. Per day, a day has at most
 * `96 * (2^16 - 1) < 2^23` Wh, so total import never reaches it and the unused tiers stay empty.
 * Per period a month can pass it (31 days of 96 full readings), so with per-period thresholds the
 * unused tiers repeat the last tier's price (spec §4): energy past it is billed as the last tier.
 */
export const UNLIMITED_ALLOWANCE = (1 << 24) - 1;

/** Largest local day number (exclusive) a holiday or period start may have. */
export const DAY_LIMIT = 1 << 24;
