/**
 * Local clocks with daylight saving (spec §5a): a tariff's zone as its offset before the first
 * transition plus up to {@link ZONE_TRANSITION_SLOTS} committed transitions, derived from the
 * runtime's IANA time-zone data (`Intl`), and the rule that maps a period's intervals to local
 * slots and local days. The circuit proves the same mapping (circuits/lib/zone.circom).
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { DAY_SECONDS } from './calendar.js';
import { TZ_BIAS } from './constants.js';

/** Transitions one tariff commits to (spec §4): enough for a validity window of about two years. */
export const ZONE_TRANSITION_SLOTS = 4;

/** The one offset change wattproof bills across: one hour (every DST rule in use but Lord Howe's). */
export const ZONE_STEP_SECONDS = 3600;

/** One committed transition: from unix instant `at` on, local time is UTC + `offsetAfter` seconds. */
export interface ZoneTransition {
  /** Unix seconds (UTC) at which the new offset takes effect, `1 <= at < 2^40`. */
  at: number;
  /** Offset east of UTC in seconds from `at` on. */
  offsetAfter: number;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string, root: string): Intl.DateTimeFormat {
  let f = offsetFormats.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      throw new ValidationError(root, `unknown time zone '${zone}' (an IANA name such as Europe/London, America/Los_Angeles)`);
    }
    offsetFormats.set(zone, f);
  }
  return f;
}

/** True if the runtime's time-zone data knows `zone` (an IANA name). */
export function isKnownZone(zone: string): boolean {
  try {
    formatFor(zone, 'zone');
    return true;
  } catch {
    return false;
  }
}

/**
 * Offset east of UTC, in seconds, of IANA zone `zone` at unix time `t`, from the runtime's data.
 * @throws ValidationError for an unknown zone.
 */
export function zoneOffsetAt(zone: string, t: number, root = 'zone'): number {
  const part = formatFor(zone, root)
    .formatToParts(new Date(t * 1000))
    .find((p) => p.type === 'timeZoneName')?.value;
  // "GMT" alone is UTC; otherwise "GMT+05:30" (seconds are never shown for modern offsets)
  const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(part ?? '');
  if (m === null) throw new ValidationError(root, `time zone '${zone}' gave an offset this runtime cannot read (${part ?? 'none'})`);
  if (m[1] === undefined) return 0;
  const secs = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[1] === '-' ? -secs : secs;
}

/** Scans already made, by zone and window: a tariff's window is scanned each time it is parsed. */
const transitionScans = new Map<string, { offsetBefore: number; transitions: readonly ZoneTransition[] }>();
/** Enough for every tariff a process bills at once; beyond it the memo starts over. */
const TRANSITION_SCANS_KEPT = 256;

/**
 * The transitions of IANA zone `zone` with `from < at < until` (unix seconds), and the offset in
 * force at `from`. Scans hour by hour (a rule changes the offset at most every few weeks), then
 * bisects each change to the second. The scan of a year's window asks the runtime for ~8,800
 * offsets, and every parse of a zoned tariff needs it, so scans are remembered per (zone, from,
 * until): the runtime's time-zone data does not change while a process runs.
 * @throws ValidationError for an unknown zone.
 */
export function zoneTransitionsBetween(zone: string, from: number, until: number, root = 'zone'): { offsetBefore: number; transitions: ZoneTransition[] } {
  const key = `${zone}\n${from}\n${until}`;
  let scan = transitionScans.get(key);
  if (scan === undefined) {
    scan = scanTransitions(zone, from, until, root);
    if (transitionScans.size >= TRANSITION_SCANS_KEPT) transitionScans.clear();
    transitionScans.set(key, scan);
  }
  // copies: a caller may edit what it gets
  return { offsetBefore: scan.offsetBefore, transitions: scan.transitions.map((t) => ({ ...t })) };
}

function scanTransitions(zone: string, from: number, until: number, root: string): { offsetBefore: number; transitions: ZoneTransition[] } {
  const offsetBefore = zoneOffsetAt(zone, from, root);
  const transitions: ZoneTransition[] = [];
  let prevT = from;
  let prev = offsetBefore;
  for (let t = from + 3600; prevT < until; t += 3600) {
    const probe = Math.min(t, until);
    const off = zoneOffsetAt(zone, probe, root);
    if (off !== prev) {
      let lo = prevT; // offset prev at lo, off at hi
      let hi = probe;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (zoneOffsetAt(zone, mid, root) === prev) lo = mid;
        else hi = mid;
      }
      if (hi < until) transitions.push({ at: hi, offsetAfter: off });
      prev = off;
    }
    prevT = probe;
  }
  return { offsetBefore, transitions };
}

/**
 * Why a list of committed transitions cannot be billed (spec §5a), or undefined. Each must
 * change the offset by exactly one hour, fall on a slot boundary of local time, and leave the
 * skipped or repeated hour inside one local day (local time before it in 01:00..23:00).
 */
export function zoneTransitionsProblem(
  offsetBefore: number,
  transitions: readonly ZoneTransition[],
  slotsPerDay: number,
): { index: number; message: string } | undefined {
  if (transitions.length > ZONE_TRANSITION_SLOTS) {
    return {
      index: ZONE_TRANSITION_SLOTS,
      message: `has ${transitions.length} transitions; a tariff commits to at most ${ZONE_TRANSITION_SLOTS} (shorten its validity window)`,
    };
  }
  const S = DAY_SECONDS / slotsPerDay;
  let before = offsetBefore;
  let last = 0;
  for (const [index, tr] of transitions.entries()) {
    if (!Number.isSafeInteger(tr.at) || tr.at < 1 || tr.at >= 2 ** 40) return { index, message: 'at must be a unix time in 1..2^40-1' };
    if (tr.at <= last) return { index, message: 'transitions must be in strictly increasing order' };
    if (!Number.isSafeInteger(tr.offsetAfter) || Math.abs(tr.offsetAfter) > TZ_BIAS)
      return { index, message: `offsetAfter must be an integer in -${TZ_BIAS}..${TZ_BIAS}` };
    if (Math.abs(tr.offsetAfter - before) !== ZONE_STEP_SECONDS) {
      return { index, message: `changes the offset by ${tr.offsetAfter - before} s; wattproof bills across one-hour changes only` };
    }
    const local = (((tr.at + before) % DAY_SECONDS) + DAY_SECONDS) % DAY_SECONDS;
    if (local % S !== 0) return { index, message: `happens at a local time that is not a boundary of the tariff's ${S} s slots` };
    if (local < ZONE_STEP_SECONDS || local > DAY_SECONDS - ZONE_STEP_SECONDS) {
      return { index, message: 'happens before 01:00 or after 23:00 local time, so its skipped or repeated hour would straddle two local days' };
    }
    before = tr.offsetAfter;
    last = tr.at;
  }
  return undefined;
}

/** Offset in force at unix time `t`: the offset before the first transition, then each `offsetAfter` from its instant on. */
export function offsetInForce(offsetBefore: number, transitions: readonly ZoneTransition[], t: number): number {
  let off = offsetBefore;
  for (const tr of transitions) if (tr.at <= t) off = tr.offsetAfter;
  return off;
}

/**
 * The clock's other offset: the first of the committed offsets (before the first transition, then
 * after each) that differs from the one in force at `t`; that one itself on a clock without changes.
 * What the tariff registry keeps beside the offset at validFrom, so that a meter's billing cursor may
 * be a local midnight in either season (contracts/README, "Tariffs: retailer, time zone, acceptance").
 */
export function otherOffset(offsetBefore: number, transitions: readonly ZoneTransition[], t: number): number {
  const now = offsetInForce(offsetBefore, transitions, t);
  for (const off of [offsetBefore, ...transitions.map((tr) => tr.offsetAfter)]) if (off !== now) return off;
  return now;
}

/**
 * Unix time of local midnight starting local day number `day` under a committed clock (spec
 * §5a): `86400 * day - off`, `off` the offset in force at that instant. The billable-transition
 * rule (no change at local midnight) makes it unique.
 */
export function zoneMidnight(offsetBefore: number, transitions: readonly ZoneTransition[], day: number): number {
  let t = day * DAY_SECONDS - offsetBefore;
  for (let k = 0; k < 2; k++) t = day * DAY_SECONDS - offsetInForce(offsetBefore, transitions, t);
  return t;
}

/** Where a transition falls in a period's reading stream (spec §5a). */
export interface PeriodTransition {
  /** Index of the first interval after the change. */
  interval: number;
  /** `(offsetAfter - offsetBefore) / S`: +I/24 in spring (23-hour day), -I/24 in autumn (25-hour day). */
  delta: number;
  at: number;
  offsetBefore: number;
  offsetAfter: number;
}

/** A period's local clock: its local days and, when it holds one, its transition. */
export interface PeriodClock {
  dayCount: number;
  /** Local day number of the first day (`D0`). */
  firstDay: number;
  /** Offset in force at the period's start. */
  offsetStart: number;
  transition?: PeriodTransition;
}

/**
 * The local day (offset from the first) and local slot of interval `i` (spec §5a): local
 * position `L = i + delta` from the transition's interval on, `i` before it; day `floor(L / I)`,
 * slot `L mod I`.
 */
export function localSlotOf(clock: PeriodClock, slotsPerDay: number, i: number): { day: number; slot: number } {
  const t = clock.transition;
  const L = t !== undefined && i >= t.interval ? i + t.delta : i;
  return { day: Math.floor(L / slotsPerDay), slot: L % slotsPerDay };
}
