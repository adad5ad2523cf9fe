/**
 * Meter periods: a meter's interval readings for one billing period, and their validation.
 * @packageDocumentation
 */
import { z } from 'zod';
import { intRange, parseWith, uintBits } from '../schema-util.js';
import { INTERVAL_QUALITIES, type IntervalQuality } from './quality.js';

/** Readings are Wh per interval, `0 <= r < 2^16` (spec §1). */
export const READING_BITS = 16;
/** Exclusive upper bound of a reading. */
export const READING_LIMIT = 1 << READING_BITS;
/** Largest interval count a period statement can carry (`intervalCount < 2^16`, spec §7). */
export const MAX_INTERVAL_COUNT = 0xffff;
/** Exclusive upper bound of `periodStart` (spec §1). */
export const PERIOD_START_LIMIT = 2 ** 40;

/**
 * One meter's readings for a period. `intervalCount` is `imports.length`; `exports` has the same
 * length (all zeros for a consumer without generation).
 */
export interface MeterPeriod {
  /** Meter identifier, `< 2^64`. */
  meterId: bigint;
  /** Unix seconds (UTC) at which the first interval starts. */
  periodStart: number;
  /** Interval length in seconds (divides 86400). */
  intervalSeconds: number;
  /** Import (delivered) energy per interval, Wh. */
  imports: number[];
  /** Export (received) energy per interval, Wh. */
  exports: number[];
  /**
   * Quality of each interval (same length as `imports`); absent means every interval is an
   * actual read. The statement commits to the number of non-actual intervals (spec §3).
   */
  quality?: IntervalQuality[];
}

const reading = intRange(0, READING_LIMIT - 1, `a whole number of Wh in 0..${READING_LIMIT - 1}`);

/** Zod shape of a meter period's fields; reused by the signed-period schema. */
export const meterPeriodShape = {
  meterId: uintBits(64),
  periodStart: intRange(0, PERIOD_START_LIMIT - 1, 'unix seconds in 0..2^40-1'),
  intervalSeconds: intRange(1, 86400).refine((s) => 86400 % s === 0, { error: 'must divide a day (86400 s)' }),
  imports: z
    .array(reading)
    .min(1, { error: 'needs at least one reading' })
    .max(MAX_INTERVAL_COUNT, { error: `has at most ${MAX_INTERVAL_COUNT} readings` }),
  exports: z.array(reading).optional(),
  quality: z.array(z.enum(INTERVAL_QUALITIES, { error: `must be one of ${INTERVAL_QUALITIES.join(', ')}` })).optional(),
};

/**
 * Fills absent `exports` with zeros and checks that `exports` and `quality` (when given) have as
 * many entries as `imports`. An absent `quality` stays absent (every interval actual).
 */
export function withExports<T extends { imports: number[]; exports?: number[] | undefined; quality?: IntervalQuality[] | undefined }>(
  p: T,
  ctx: z.RefinementCtx,
): Omit<T, 'exports'> & { exports: number[] } {
  const exports = p.exports ?? new Array<number>(p.imports.length).fill(0);
  for (const [key, arr, what] of [
    ['exports', exports, 'readings'],
    ['quality', p.quality, 'entries'],
  ] as const) {
    if (arr !== undefined && arr.length !== p.imports.length) {
      ctx.addIssue({ code: 'custom', path: [key], message: `must have as many ${what} as imports (${p.imports.length}), got ${arr.length}` });
    }
  }
  return { ...p, exports };
}

/** Zod schema of a meter period; `exports` defaults to zeros; no `quality` means all actual. Unknown keys are ignored. */
export const meterPeriodSchema: z.ZodType<MeterPeriod, unknown> = z.object(meterPeriodShape).transform((p, ctx) => withExports(p, ctx));

/**
 * Validates a meter period (a copy is returned; numbers given as bigint or decimal strings are
 * normalized).
 * @throws ValidationError naming the field, e.g. `period.imports[17]: must be a whole number of Wh in 0..65535, got 70000`.
 */
export function parseMeterPeriod(input: unknown, root = 'period'): MeterPeriod {
  return parseWith(meterPeriodSchema, input, root);
}

/** The period's interval count `n`. */
export function intervalCount(period: Pick<MeterPeriod, 'imports'>): number {
  return period.imports.length;
}

/** Unix time at which the period ends (exclusive). */
export function periodEnd(period: MeterPeriod): number {
  return period.periodStart + period.intervalSeconds * period.imports.length;
}
