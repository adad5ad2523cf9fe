/**
 * Cutting imported interval data into billing periods that start at local midnight (spec §5),
 * e.g. calendar months.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { DAY_SECONDS, dayNumberToIsoDate, isoDateToDayNumber } from '../tariff/calendar.js';
import type { IntervalData } from './interval-data.js';
import { tzOffsetProblem } from './tz-offset.js';
import { parseMeterPeriod, type MeterPeriod } from './period.js';
import { offsetInForce, type ZoneTransition, zoneMidnight } from '../tariff/zone.js';

/** Options of {@link splitBillingPeriods}. */
export interface SplitOptions {
  /** Meter id to stamp on every period. */
  meterId: bigint | number | string;
  /** The tariff's time-zone offset: periods start at local midnight in it. */
  tzOffsetSeconds: number;
  /**
   * The tariff's committed daylight-saving transitions (spec §5a; `tzOffsetSeconds` is then the
   * offset before the first): local days of 23 and 25 hours are cut at their local midnights.
   */
  zoneTransitions?: readonly ZoneTransition[];
  /** Calendar months (default), single days, or runs of `days` days from the first local midnight. */
  by?: 'month' | 'day' | { days: number };
  /**
   * Also return incomplete periods (a month the data covers only part of, a last run shorter than
   * `days`), still cut to whole days. Default false.
   */
  includePartial?: boolean;
}

function monthStartAfter(day: number): number {
  const [y, m] = dayNumberToIsoDate(day).split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return isoDateToDayNumber(next) as number;
}

/**
 * Cuts a contiguous series into billing periods at local midnights. Data before the first and
 * after the last local midnight is never part of a period.
 * @throws ValidationError if the interval grid is not aligned with local midnight.
 */
export function splitBillingPeriods(data: IntervalData, options: SplitOptions): MeterPeriod[] {
  const S = data.intervalSeconds;
  const tz = options.tzOffsetSeconds;
  const tzProblem = tzOffsetProblem(tz);
  if (tzProblem !== undefined) throw new ValidationError('tzOffsetSeconds', tzProblem);
  if (DAY_SECONDS % S !== 0) throw new ValidationError('data.intervalSeconds', `${S} s does not divide a day`);
  const end = data.start + S * data.imports.length;
  const trs = options.zoneTransitions ?? [];
  const midnight = (day: number): number => zoneMidnight(tz, trs, day);
  let firstDay = Math.ceil((data.start + offsetInForce(tz, trs, data.start)) / DAY_SECONDS);
  if (midnight(firstDay - 1) >= data.start) firstDay--;
  let endDay = Math.floor((end + offsetInForce(tz, trs, end)) / DAY_SECONDS);
  if (midnight(endDay) > end) endDay--;
  const index = (day: number): number => (midnight(day) - data.start) / S;
  if (!Number.isInteger(index(firstDay))) {
    throw new ValidationError('data.start', `intervals are not aligned with local midnight (UTC${tz >= 0 ? '+' : '-'}${Math.abs(tz) / 3600}h)`);
  }
  const by = options.by ?? 'month';
  const runDays = by === 'month' ? 0 : by === 'day' ? 1 : by.days;
  if (by !== 'month' && (!Number.isInteger(runDays) || runDays < 1)) throw new ValidationError('by.days', 'must be a positive integer');

  const periods: MeterPeriod[] = [];
  let a = firstDay;
  while (a < endDay) {
    const natural = by === 'month' ? monthStartAfter(a) : a + runDays;
    const b = Math.min(natural, endDay);
    const complete = b === natural && (by !== 'month' || dayNumberToIsoDate(a).endsWith('-01'));
    if (complete || options.includePartial === true) {
      periods.push(
        parseMeterPeriod({
          meterId: options.meterId,
          periodStart: midnight(a),
          intervalSeconds: S,
          imports: data.imports.slice(index(a), index(b)),
          exports: data.exports.slice(index(a), index(b)),
          // Quality travels with the readings only where some interval is not actual: a clean
          // period's file stays as it was (and its statement counts 0 either way).
          ...(data.quality?.slice(index(a), index(b)).some((q) => q !== 'actual') ? { quality: data.quality.slice(index(a), index(b)) } : {}),
        }),
      );
    }
    a = b;
  }
  return periods;
}
