/**
 * Slot-of-day band schedules: the per-slot arrays the commitment hashes, and the time-range
 * form people write (`{ from: '07:00', to: '23:00', band: 1 }`).
 * @packageDocumentation
 */
import { DAY_SECONDS, formatTimeOfDay, parseTimeOfDay } from './calendar.js';

/** A band for a range of local time of day; `to` may be `24:00`, and `to < from` wraps midnight. */
export interface BandRange {
  from: string;
  to: string;
  band: number;
}

/** A problem found while expanding ranges: the path below the schedule field and the reason. */
export interface BandRangeProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Expands time ranges into one band per slot. Every slot must be covered exactly once and every
 * boundary must fall on a slot boundary. Returns the slots or the first problem.
 */
export function expandBandRanges(ranges: readonly BandRange[], slotsPerDay: number): { slots: number[] } | { problem: BandRangeProblem } {
  const slotSeconds = DAY_SECONDS / slotsPerDay;
  const owner: (number | undefined)[] = new Array<number | undefined>(slotsPerDay).fill(undefined);
  const slots: number[] = new Array<number>(slotsPerDay).fill(0);
  for (const [i, r] of ranges.entries()) {
    const bounds: number[] = [];
    for (const key of ['from', 'to'] as const) {
      const t = parseTimeOfDay(r[key]);
      if (t === undefined) return { problem: { path: [i, key], message: `'${r[key]}' is not a time of day HH:MM` } };
      if (t % slotSeconds !== 0) {
        return { problem: { path: [i, key], message: `${r[key]} is not on a ${slotSeconds / 60}-minute slot boundary` } };
      }
      bounds.push(t / slotSeconds);
    }
    const [a, b] = bounds as [number, number];
    if (a === b) {
      return { problem: { path: [i], message: `range ${r.from}-${r.to} is empty; use 00:00-24:00 for a whole day` } };
    }
    const end = b > a ? b : b + slotsPerDay;
    for (let s = a; s < end; s++) {
      const slot = s % slotsPerDay;
      const prev = owner[slot];
      if (prev !== undefined) {
        return { problem: { path: [i], message: `overlaps range [${prev}] at ${formatTimeOfDay(slot * slotSeconds)}` } };
      }
      owner[slot] = i;
      slots[slot] = r.band;
    }
  }
  const gap = owner.indexOf(undefined);
  if (gap >= 0) {
    return {
      problem: {
        path: [],
        message: `slot ${formatTimeOfDay(gap * slotSeconds)}-${formatTimeOfDay((gap + 1) * slotSeconds)} is not covered by any range`,
      },
    };
  }
  return { slots };
}

/** Compresses a per-slot schedule into the fewest time ranges (for readable documents). */
export function bandsToRanges(slots: readonly number[]): BandRange[] {
  const slotSeconds = DAY_SECONDS / slots.length;
  const out: BandRange[] = [];
  let start = 0;
  for (let s = 1; s <= slots.length; s++) {
    if (s === slots.length || slots[s] !== slots[start]) {
      out.push({ from: formatTimeOfDay(start * slotSeconds), to: formatTimeOfDay(s * slotSeconds), band: slots[start] ?? 0 });
      start = s;
    }
  }
  return out;
}

/** A time window of the day, `from` inclusive, `to` exclusive (`to` before `from` wraps midnight). */
export interface TimeWindow {
  from: string;
  to: string;
}

/**
 * Expands time windows into one 0/1 flag per slot (1 = inside a window). Windows must lie on slot
 * boundaries and must not overlap; slots outside every window are 0.
 */
export function expandWindows(windows: readonly TimeWindow[], slotsPerDay: number): { slots: number[] } | { problem: BandRangeProblem } {
  const slotSeconds = DAY_SECONDS / slotsPerDay;
  const slots: number[] = new Array<number>(slotsPerDay).fill(0);
  const owner: (number | undefined)[] = new Array<number | undefined>(slotsPerDay).fill(undefined);
  for (const [i, w] of windows.entries()) {
    const bounds: number[] = [];
    for (const key of ['from', 'to'] as const) {
      const t = parseTimeOfDay(w[key]);
      if (t === undefined) return { problem: { path: [i, key], message: `'${w[key]}' is not a time of day HH:MM` } };
      if (t % slotSeconds !== 0) return { problem: { path: [i, key], message: `${w[key]} is not on a ${slotSeconds / 60}-minute slot boundary` } };
      bounds.push(t / slotSeconds);
    }
    const [a, b] = bounds as [number, number];
    if (a === b) return { problem: { path: [i], message: `window ${w.from}-${w.to} is empty; use 00:00-24:00 for a whole day` } };
    const end = b > a ? b : b + slotsPerDay;
    for (let s = a; s < end; s++) {
      const slot = s % slotsPerDay;
      if (owner[slot] !== undefined) return { problem: { path: [i], message: `overlaps window [${owner[slot]}] at ${formatTimeOfDay(slot * slotSeconds)}` } };
      owner[slot] = i;
      slots[slot] = 1;
    }
  }
  return { slots };
}

/** The inverse of {@link expandWindows}: the maximal runs of 1 flags as windows (none if all 0). */
export function slotsToWindows(slots: readonly number[]): TimeWindow[] {
  return bandsToRanges(slots)
    .filter((r) => r.band === 1)
    .map(({ from, to }) => ({ from, to }));
}
