/**
 * The tariff document: its TypeScript type, its zod schema, and validation with errors that name
 * the field path and the reason (e.g. `tariff.bandPrices[3]: must be < 2^64`).
 * @packageDocumentation
 */
import { z } from 'zod';
import { FIELD_P } from '../crypto/field.js';
import { formatFieldPath, intRange, parseWith, uintBits } from '../schema-util.js';
import { type BandRange, expandBandRanges, expandWindows, type TimeWindow } from './bands.js';
import { dayNumberToIsoDate, isoDateToDayNumber, parseWeekday } from './calendar.js';
import {
  BAND_COUNT,
  DAY_LIMIT,
  EXPORT_BAND_COUNT,
  HOLIDAY_SLOTS,
  MAX_TAX_BPS,
  type SlotsPerDay,
  SUPPORTED_SLOTS_PER_DAY,
  TIER_COUNT,
  TZ_BIAS,
  WIDTH,
} from './constants.js';
import { newTariffSalt } from './salt.js';
import { type ZoneTransition, zoneTransitionsBetween, zoneTransitionsProblem } from './zone.js';

/** Format tag of a tariff JSON document. */
export const TARIFF_FORMAT = 'wattproof.tariff.v1';

/**
 * What a tier's limit counts: Wh per day (scaled by the period's day count), Wh per billing
 * period (as written, whatever the period's length), or Wh per tariff year (cumulative over the
 * year's bills: the year-to-date import is carried privately from bill to bill, spec §6).
 */
export type TierBasis = 'day' | 'period' | 'year';

/** The tier limit field of each basis. */
const TIER_LIMIT_KEY = { day: 'upToWhPerDay', period: 'upToWhPerPeriod', year: 'upToWhPerYear' } as const;

/** How many tariff years a yearly tariff commits to (spec §4: `yearLeap[7]`). */
export const TARIFF_YEARS = 7;

/** One tier of the block (tiered) component: a price added per kWh up to an allowance. */
export interface TariffTier {
  /**
   * Wh per day (multiplied by the period's day count) at which the next tier starts, on a tariff
   * whose `tierBasis` is `day`. Absent on the last tier, which has no upper limit.
   */
  upToWhPerDay?: number;
  /** Wh per billing period at which the next tier starts, on a tariff whose `tierBasis` is `period`. */
  upToWhPerPeriod?: number;
  /** Wh per tariff year (year to date) at which the next tier starts, on a tariff whose `tierBasis` is `year`. */
  upToWhPerYear?: number;
  /** Price added per kWh of energy in this tier (token smallest units). */
  price: bigint;
}

/**
 * A demand charge (spec v2 §6): a price per kW on the highest interval demand of the period
 * inside a window of the day, the window given separately for work days and rest days.
 */
export interface TariffDemand {
  /** Price per kW of peak demand, per billing period (token smallest units). */
  pricePerKw: bigint;
  /** 0/1 per slot: slot in the window on a work day (length `slotsPerDay`). */
  workSlots: number[];
  /** 0/1 per slot: slot in the window on a rest day (length `slotsPerDay`). */
  restSlots: number[];
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
  /**
   * Offset of local time from UTC in seconds, east positive: the fixed offset, or with
   * `zoneTransitions` the offset in force before the first of them (spec §4, §5a).
   */
  tzOffsetSeconds: number;
  /** IANA time zone the transitions were derived from (display and re-derivation; not committed). */
  zone?: string;
  /** First local date of the zone's validity window, `YYYY-MM-DD` (with `zone`). */
  zoneValidFrom?: string;
  /** Local date the zone's validity window ends (exclusive), `YYYY-MM-DD` (with `zone`). */
  zoneValidUntil?: string;
  /**
   * Committed daylight-saving transitions (spec §4, §5a), increasing, at most 4; absent or empty
   * for a fixed offset. Derived from `zone` for its window when the tariff names one.
   */
  zoneTransitions?: ZoneTransition[];
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
  /** What the tier limits count (derived from the limit fields the tiers use). */
  tierBasis: TierBasis;
  /** 1..4 tiers; all but the last have `upToWhPerDay` (or `upToWhPerPeriod`, `upToWhPerYear`), non-decreasing. */
  tiers: TariffTier[];
  /**
   * With `tierBasis: 'year'`: the local date (`YYYY-MM-DD`) on which tariff year 0 starts. Tariff
   * years 0..6 start on the same month and day of the following years (not February 29).
   */
  yearStart?: string;
  /** Standing charge per day of the period. */
  standingPerDay: bigint;
  /** Demand charge, if the tariff has one (needs a circuit with a demand component). */
  demand?: TariffDemand;
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
  currency?: { symbol: string; decimals: number };
  slotsPerDay: number;
  /** The fixed offset; with `zone`, optional (derived) and checked if given. */
  tzOffsetSeconds?: number;
  /** An IANA time zone (e.g. `Europe/London`): the tariff then follows its daylight saving. */
  zone?: string;
  /** With `zone`: the first local date the tariff is valid (`YYYY-MM-DD`). */
  zoneValidFrom?: string;
  /** With `zone`: the local date the tariff stops being valid (exclusive). */
  zoneValidUntil?: string;
  /** Explicit transitions (or, with `zone`, the ones expected: they must equal the derived ones). */
  zoneTransitions?: readonly { at: number; offsetAfter: number }[];
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
  /**
   * Default `day`, or what the tiers' limit fields say. Only needed for a single-tier tariff
   * (no limits) that still commits to per-period blocks.
   */
  tierBasis?: TierBasis;
  /** Default: one tier with price 0 (no block component). Limits all per day or all per period. */
  tiers?: readonly {
    upToWhPerDay?: number | bigint | string;
    upToWhPerPeriod?: number | bigint | string;
    upToWhPerYear?: number | bigint | string;
    price: bigint | number | string;
  }[];
  /** Required with `tierBasis: 'year'`: first day of tariff year 0, `YYYY-MM-DD` (local). */
  yearStart?: string;
  /** Default 0. */
  standingPerDay?: bigint | number | string;
  /**
   * Default: none. Windows as time ranges (e.g. work days 16:00-21:00, rest days none) or as 0/1
   * flags per slot.
   */
  demand?: {
    pricePerKw: bigint | number | string;
    workWindows?: readonly TimeWindow[];
    restWindows?: readonly TimeWindow[];
    workSlots?: readonly number[];
    restSlots?: readonly number[];
  };
  /** Default 0. */
  taxBps?: number;
  salt: bigint | string;
}

const nameList = z.array(z.string().min(1, { error: 'must not be empty' }));

const rangeSchema = z.object({ from: z.string(), to: z.string(), band: intRange(0, 7) }).strict();

const tierSchema = z
  .object({
    upToWhPerDay: uintBits(WIDTH.tierAllowance).optional(),
    upToWhPerPeriod: uintBits(WIDTH.tierAllowance).optional(),
    upToWhPerYear: uintBits(WIDTH.tierAllowance).optional(),
    price: uintBits(WIDTH.price),
  })
  .strict();

const windowSchema = z.object({ from: z.string(), to: z.string() }).strict();
const demandSchema = z
  .object({
    pricePerKw: uintBits(WIDTH.demandPrice),
    workWindows: z.array(windowSchema).optional(),
    restWindows: z.array(windowSchema).optional(),
    workSlots: z.array(intRange(0, 1)).optional(),
    restSlots: z.array(intRange(0, 1)).optional(),
  })
  .strict();

const rawSchema = z
  .object({
    format: z.literal(TARIFF_FORMAT, { error: `must be '${TARIFF_FORMAT}'` }).optional(),
    name: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }),
    description: z.string().optional(),
    currency: z
      .object({ symbol: z.string().min(1, { error: 'must not be empty' }), decimals: intRange(0, 36) })
      .strict()
      .optional(),
    slotsPerDay: intRange(0, 255).refine((v) => (SUPPORTED_SLOTS_PER_DAY as readonly number[]).includes(v), {
      error: `must be one of ${SUPPORTED_SLOTS_PER_DAY.join(', ')}`,
    }),
    tzOffsetSeconds: intRange(-TZ_BIAS, TZ_BIAS).optional(),
    zone: z.string({ error: 'must be an IANA time zone name' }).min(1, { error: 'must not be empty' }).optional(),
    zoneValidFrom: z.string({ error: 'must be a date YYYY-MM-DD' }).optional(),
    zoneValidUntil: z.string({ error: 'must be a date YYYY-MM-DD' }).optional(),
    zoneTransitions: z.array(z.object({ at: intRange(1, 2 ** 40 - 1), offsetAfter: intRange(-TZ_BIAS, TZ_BIAS) }).strict()).optional(),
    restDays: z.array(z.unknown()).max(7).optional(),
    holidays: z.array(z.unknown()).optional(),
    bandPrices: z
      .array(uintBits(WIDTH.price))
      .min(1, { error: 'needs at least one band' })
      .max(BAND_COUNT, { error: `has at most ${BAND_COUNT} bands` }),
    bandNames: nameList.optional(),
    exportPrices: z
      .array(uintBits(WIDTH.price))
      .min(1, { error: 'needs at least one export band' })
      .max(EXPORT_BAND_COUNT, { error: `has at most ${EXPORT_BAND_COUNT} export bands` })
      .optional(),
    exportBandNames: nameList.optional(),
    workBands: z.array(z.unknown()),
    restBands: z.array(z.unknown()).optional(),
    exportBands: z.array(z.unknown()).optional(),
    tierBasis: z.enum(['day', 'period', 'year']).optional(),
    yearStart: z.string().optional(),
    tiers: z
      .array(tierSchema)
      .min(1, { error: 'needs at least one tier' })
      .max(TIER_COUNT, { error: `has at most ${TIER_COUNT} tiers` })
      .optional(),
    standingPerDay: uintBits(WIDTH.standingPerDay).optional(),
    demand: demandSchema.optional(),
    taxBps: intRange(0, MAX_TAX_BPS).optional(),
    salt: z.unknown().transform((v, ctx): bigint => {
      if (v === undefined) {
        ctx.addIssue({ code: 'custom', message: 'is required (use createTariff() or newTariffSalt() for a fresh one)' });
        return z.NEVER;
      }
      const r = uintBits(256).safeParse(v);
      if (!r.success || r.data >= FIELD_P) {
        ctx.addIssue({ code: 'custom', message: 'must be a field element (0 <= salt < p)' });
        return z.NEVER;
      }
      return r.data;
    }),
  })
  .strict();

type RawTariff = z.output<typeof rawSchema>;
type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', message, path });
}

function schedule(raw: unknown[] | undefined, field: string, slotsPerDay: number, bandCount: number, priceField: string, ctx: Ctx): number[] | undefined {
  if (raw === undefined) return undefined;
  let slots: number[];
  if (raw.length > 0 && raw.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) {
    const ranges: BandRange[] = [];
    for (const [i, r] of raw.entries()) {
      const parsed = rangeSchema.safeParse(r);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        issue(ctx, [field, i, ...((first?.path ?? []) as (string | number)[])], first?.message ?? 'is not a range');
        return undefined;
      }
      ranges.push(parsed.data);
    }
    const out = expandBandRanges(ranges, slotsPerDay);
    if ('problem' in out) {
      issue(ctx, [field, ...out.problem.path], out.problem.message);
      return undefined;
    }
    slots = out.slots;
  } else {
    if (raw.length !== slotsPerDay) {
      issue(ctx, [field], `must have one band per slot (${slotsPerDay} entries) or be a list of time ranges, got ${raw.length} entries`);
      return undefined;
    }
    slots = [];
    for (const [i, b] of raw.entries()) {
      if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > 7) {
        issue(ctx, [field, i], 'must be a band number 0..7');
        return undefined;
      }
      slots.push(b);
    }
  }
  const bad = slots.findIndex((b) => b >= bandCount);
  if (bad >= 0) {
    issue(ctx, [field, bad], `band ${slots[bad]} has no price (${priceField} has ${bandCount} entr${bandCount === 1 ? 'y' : 'ies'})`);
    return undefined;
  }
  return slots;
}

function names(raw: string[] | undefined, count: number, field: string, prefix: string, ctx: Ctx): string[] {
  if (raw === undefined) return Array.from({ length: count }, (_, i) => `${prefix} ${i}`);
  if (raw.length !== count) issue(ctx, [field], `must have one name per price (${count}), got ${raw.length}`);
  return raw;
}

/** A window's margin: a day either side, so every local date of the window is covered. */
const ZONE_WINDOW_MARGIN = 86400;

/** The clock fields of spec §4/§5a from `zone` (with its window), or the fixed offset. */
function clock(
  raw: RawTariff,
  slotsPerDay: number,
  ctx: Ctx,
): Pick<Tariff, 'tzOffsetSeconds' | 'zone' | 'zoneValidFrom' | 'zoneValidUntil' | 'zoneTransitions'> {
  let tz = raw.tzOffsetSeconds;
  let transitions = raw.zoneTransitions?.map((x) => ({ at: x.at, offsetAfter: x.offsetAfter }));
  const out: Pick<Tariff, 'zone' | 'zoneValidFrom' | 'zoneValidUntil'> = {};
  if (raw.zone !== undefined) {
    const from = raw.zoneValidFrom === undefined ? undefined : isoDateToDayNumber(raw.zoneValidFrom);
    const until = raw.zoneValidUntil === undefined ? undefined : isoDateToDayNumber(raw.zoneValidUntil);
    if (from === undefined) issue(ctx, ['zoneValidFrom'], 'is required with a zone: the first local date (YYYY-MM-DD) whose transitions the tariff commits to');
    if (until === undefined) issue(ctx, ['zoneValidUntil'], 'is required with a zone: the local date (YYYY-MM-DD) the tariff ends, exclusive');
    if (from === undefined || until === undefined) return { tzOffsetSeconds: tz ?? 0 };
    if (until <= from) {
      issue(ctx, ['zoneValidUntil'], 'must be after zoneValidFrom');
      return { tzOffsetSeconds: tz ?? 0 };
    }
    let derived: ReturnType<typeof zoneTransitionsBetween>;
    try {
      derived = zoneTransitionsBetween(raw.zone, from * 86400 - ZONE_WINDOW_MARGIN, until * 86400 + ZONE_WINDOW_MARGIN, 'zone');
    } catch (e) {
      issue(ctx, ['zone'], e instanceof Error ? e.message.replace(/^zone: /, '') : 'unknown time zone');
      return { tzOffsetSeconds: tz ?? 0 };
    }
    if (tz !== undefined && tz !== derived.offsetBefore) {
      issue(ctx, ['tzOffsetSeconds'], `is ${tz}, but ${raw.zone} is at ${derived.offsetBefore} s on ${raw.zoneValidFrom} (omit it with a zone)`);
    }
    if (transitions !== undefined && JSON.stringify(transitions) !== JSON.stringify(derived.transitions)) {
      issue(
        ctx,
        ['zoneTransitions'],
        `differ from this runtime's time-zone data for ${raw.zone} (${JSON.stringify(derived.transitions)}): check the tzdata version`,
      );
    }
    tz = derived.offsetBefore;
    transitions = derived.transitions;
    Object.assign(out, { zone: raw.zone, zoneValidFrom: raw.zoneValidFrom, zoneValidUntil: raw.zoneValidUntil });
  } else {
    for (const f of ['zoneValidFrom', 'zoneValidUntil'] as const) {
      if (raw[f] !== undefined) issue(ctx, [f], 'only goes with a zone');
    }
    if (tz === undefined) {
      issue(ctx, ['tzOffsetSeconds'], 'is required (or name an IANA zone with zone, zoneValidFrom and zoneValidUntil)');
      tz = 0;
    }
  }
  const problem = transitions === undefined ? undefined : zoneTransitionsProblem(tz, transitions, slotsPerDay);
  if (problem !== undefined) {
    issue(ctx, ['zoneTransitions', problem.index], `${raw.zone === undefined ? '' : `${raw.zone}: `}${problem.message}`);
  }
  return { tzOffsetSeconds: tz, ...out, ...(transitions !== undefined && transitions.length > 0 ? { zoneTransitions: transitions } : {}) };
}

function normalize(raw: RawTariff, ctx: Ctx): Tariff {
  const slotsPerDay = raw.slotsPerDay as SlotsPerDay;
  const zoneClock = clock(raw, slotsPerDay, ctx);

  const restDays = new Set<number>();
  for (const [i, d] of (raw.restDays ?? []).entries()) {
    const w = parseWeekday(d);
    if (w === undefined) issue(ctx, ['restDays', i], `'${String(d)}' is not a weekday (0..6 with 0 = Sunday, or a name)`);
    else if (restDays.has(w)) issue(ctx, ['restDays', i], 'is listed twice');
    else restDays.add(w);
  }

  const holidayDays = new Map<number, number>();
  const rawHolidays = raw.holidays ?? [];
  if (rawHolidays.length > HOLIDAY_SLOTS) issue(ctx, ['holidays'], `has at most ${HOLIDAY_SLOTS} dates, got ${rawHolidays.length}`);
  for (const [i, h] of rawHolidays.entries()) {
    const day = typeof h === 'string' ? isoDateToDayNumber(h) : typeof h === 'number' && Number.isInteger(h) ? h : undefined;
    if (day === undefined) issue(ctx, ['holidays', i], `'${String(h)}' is not a date YYYY-MM-DD`);
    else if (day < 1 || day >= DAY_LIMIT) issue(ctx, ['holidays', i], 'must be after 1970-01-01 and before year 47000');
    else if (holidayDays.has(day)) issue(ctx, ['holidays', i], `is the same date as holidays[${holidayDays.get(day)}]`);
    else holidayDays.set(day, i);
  }

  const bandPrices = raw.bandPrices;
  const exportPrices = raw.exportPrices ?? [0n];
  const workBands = schedule(raw.workBands, 'workBands', slotsPerDay, bandPrices.length, 'bandPrices', ctx);
  const restBands = schedule(raw.restBands, 'restBands', slotsPerDay, bandPrices.length, 'bandPrices', ctx) ?? workBands;
  const exportBands = schedule(raw.exportBands, 'exportBands', slotsPerDay, exportPrices.length, 'exportPrices', ctx) ?? new Array<number>(slotsPerDay).fill(0);

  const tiers: TariffTier[] = [];
  const rawTiers = raw.tiers ?? [{ price: 0n }];
  // The basis is what the limit fields say; mixing them, or contradicting tierBasis, is an error.
  const usesYear = rawTiers.some((t) => t.upToWhPerYear !== undefined);
  const usesPeriod = rawTiers.some((t) => t.upToWhPerPeriod !== undefined);
  const tierBasis: TierBasis = raw.tierBasis ?? (usesYear ? 'year' : usesPeriod ? 'period' : 'day');
  const key = TIER_LIMIT_KEY[tierBasis];
  let previous = 0n;
  for (const [i, t] of rawTiers.entries()) {
    const last = i === rawTiers.length - 1;
    const limit = t[key];
    const other = Object.values(TIER_LIMIT_KEY).find((k) => k !== key && t[k] !== undefined);
    if (other !== undefined) {
      issue(ctx, ['tiers', i, other], `this tariff's tier limits are per ${tierBasis} (${key}); do not mix the two kinds`);
    } else if (last && limit !== undefined) {
      issue(ctx, ['tiers', i, key], 'the last tier has no upper limit; remove this field');
    } else if (!last && limit === undefined) {
      issue(ctx, ['tiers', i, key], 'is required on every tier but the last');
    } else if (limit !== undefined && limit < previous) {
      issue(ctx, ['tiers', i, key], `must be >= the previous tier's limit (${previous})`);
    }
    if (limit !== undefined) previous = limit;
    tiers.push(limit === undefined ? { price: t.price } : { [key]: Number(limit), price: t.price });
  }

  // Yearly blocks: the tariff names the first day of its first tariff year; the following years
  // start on the same month-day (so a February 29 start has no anniversary in common years).
  let yearStart: string | undefined;
  if (tierBasis === 'year') {
    const day = raw.yearStart === undefined ? undefined : isoDateToDayNumber(raw.yearStart);
    if (raw.yearStart === undefined) issue(ctx, ['yearStart'], "is required with yearly blocks (tierBasis 'year'): the first day of tariff year 0, YYYY-MM-DD");
    else if (day === undefined) issue(ctx, ['yearStart'], `'${raw.yearStart}' is not a date YYYY-MM-DD`);
    else if (raw.yearStart.endsWith('-02-29')) issue(ctx, ['yearStart'], 'a tariff year cannot start on February 29 (it has no anniversary in common years)');
    else if (day < 1 || day + 7 * 366 >= DAY_LIMIT) issue(ctx, ['yearStart'], 'must be after 1970-01-01 and seven years before year 47000');
    else yearStart = raw.yearStart;
  } else if (raw.yearStart !== undefined) {
    issue(ctx, ['yearStart'], "is only for yearly blocks (tierBasis 'year', tiers with upToWhPerYear)");
  }

  let demand: TariffDemand | undefined;
  if (raw.demand !== undefined) {
    const d = raw.demand;
    const flags = (kind: 'work' | 'rest'): number[] => {
      const windows = d[`${kind}Windows`];
      const slots = d[`${kind}Slots`];
      if (windows !== undefined && slots !== undefined) {
        issue(ctx, ['demand', `${kind}Slots`], `give ${kind}Windows or ${kind}Slots, not both`);
        return [];
      }
      if (slots !== undefined) {
        if (slots.length !== slotsPerDay) issue(ctx, ['demand', `${kind}Slots`], `must have one flag per slot (${slotsPerDay} entries), got ${slots.length}`);
        return [...slots];
      }
      const out = expandWindows(windows ?? [], slotsPerDay);
      if ('problem' in out) {
        issue(ctx, ['demand', `${kind}Windows`, ...out.problem.path], out.problem.message);
        return [];
      }
      return out.slots;
    };
    demand = { pricePerKw: d.pricePerKw, workSlots: flags('work'), restSlots: flags('rest') };
  }

  const tariff: Tariff = {
    name: raw.name,
    currency: raw.currency ?? { symbol: 'units', decimals: 0 },
    slotsPerDay,
    ...zoneClock,
    restDays: [...restDays].sort((a, b) => a - b),
    holidays: [...holidayDays.keys()].sort((a, b) => a - b).map(dayNumberToIsoDate),
    bandPrices,
    bandNames: names(raw.bandNames, bandPrices.length, 'bandNames', 'band', ctx),
    exportPrices,
    exportBandNames: names(raw.exportBandNames, exportPrices.length, 'exportBandNames', 'export band', ctx),
    workBands: workBands ?? [],
    restBands: restBands ?? [],
    exportBands,
    tierBasis,
    tiers,
    standingPerDay: raw.standingPerDay ?? 0n,
    taxBps: raw.taxBps ?? 0,
    salt: raw.salt,
  };
  if (raw.description !== undefined) tariff.description = raw.description;
  if (demand !== undefined) tariff.demand = demand;
  if (yearStart !== undefined) tariff.yearStart = yearStart;
  return tariff;
}

/**
 * The zod schema of a tariff: accepts a {@link TariffInput} (or a parsed JSON document) and
 * outputs a canonical {@link Tariff}. Prefer {@link parseTariff}, which turns zod's issues into a
 * {@link ValidationError}.
 */
export const tariffSchema: z.ZodType<Tariff, unknown> = rawSchema.transform((raw, ctx) => normalize(raw, ctx));

/**
 * Validates and canonicalizes a tariff. Idempotent: a {@link Tariff} parses to an equal one.
 * @param root - Field path prefix used in error messages.
 * @throws ValidationError naming the first invalid field, e.g. `tariff.workBands[3]: band 5 has no price (...)`.
 */
export function parseTariff(input: TariffInput | Tariff | unknown, root = 'tariff'): Tariff {
  return parseWith(tariffSchema, input, root);
}

/** Like {@link parseTariff}, but draws a fresh random salt when the input has none. */
export function createTariff(input: Omit<TariffInput, 'salt'> & { salt?: bigint | string }, root = 'tariff'): Tariff {
  return parseTariff({ ...input, salt: input.salt ?? newTariffSalt() }, root);
}

/** Field path of a tariff's sub-field, for callers composing their own errors. */
export function tariffFieldPath(path: (string | number)[], root = 'tariff'): string {
  return formatFieldPath(root, path);
}
