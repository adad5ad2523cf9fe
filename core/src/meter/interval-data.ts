/**
 * Imported interval data (before it is cut into billing periods) and the assembly every importer
 * shares: one interval length on one grid, whole Wh in range, and the repairs real exports need
 * (exact duplicates dropped, conflicting duplicates and gaps refused unless a rule is chosen).
 *
 * Repairs, both off by default, both recorded in each interval's quality:
 *
 * | option | CLI | rule | quality |
 * | --- | --- | --- | --- |
 * | `onConflict: 'first'` | `--on-conflict first` | the reading that comes first in the file | substituted |
 * | `onConflict: 'last'` | `--on-conflict last` | the reading that comes last in the file (a later correction) | substituted |
 * | `onConflict: 'max'` | `--on-conflict max` | the largest value (never bills less than a reading says) | substituted |
 * | `fillGaps: 'linear'` | `--fill-gaps linear` | straight line between the readings either side, rounded half up | filled |
 * | `fillGaps: 'previous-week'` | `--fill-gaps previous-week` | the same interval seven days earlier (refused if that is missing too) | filled |
 * @packageDocumentation
 */
import { ImportError, ValidationError } from '../errors.js';
import { READING_LIMIT } from './period.js';
import { INTERVAL_QUALITIES, type IntervalQuality } from './quality.js';

export { INTERVAL_QUALITIES, type IntervalQuality };
import { describeInstant, type DisplayZone } from './zone.js';

/** How conflicting duplicates (two readings for one interval with different values) are resolved. */
export type ConflictRule = 'error' | 'first' | 'last' | 'max';
/** Every {@link ConflictRule}. */
export const CONFLICT_RULES: readonly ConflictRule[] = ['error', 'first', 'last', 'max'];
/** How missing intervals are estimated. */
export type GapFillRule = 'linear' | 'previous-week';
/** Every {@link GapFillRule}. */
export const GAP_FILL_RULES: readonly GapFillRule[] = ['linear', 'previous-week'];

/** The repairs an import may make; the defaults make none. */
export interface RepairOptions {
  /** Conflicting duplicates: refuse (default) or keep one by a rule. */
  onConflict?: ConflictRule;
  /** Gaps: refuse (default) or estimate the missing intervals by a rule. */
  fillGaps?: GapFillRule;
  /**
   * How instants are shown in messages besides UTC: a fixed offset (seconds east) or an IANA zone.
   * Default: UTC only (or the file's own zone where it has one).
   */
  displayZone?: number | string;
}

/** What an import read and what it repaired, for the per-file summary. */
export interface ImportSummary {
  /** Readings read from the file (every row or IntervalReading, duplicates included). */
  readings: number;
  /** Intervals in the series. */
  intervals: number;
  /** Readings dropped because another reading of the same interval had the same value. */
  exactDuplicates: number;
  /** Intervals that had readings with different values, resolved by `onConflict`. */
  conflicts: number;
  /** Intervals the file had no reading for, estimated by `fillGaps`. */
  gapsFilled: number;
  /** Intervals the file itself marks as estimated. */
  estimated: number;
  /** Intervals substituted (marked so in the file, or a conflict resolved by rule). */
  substituted: number;
}

/** A contiguous series of interval readings, as read from a file. */
export interface IntervalData {
  /** Unix seconds at which the first interval starts. */
  start: number;
  /** Interval length in seconds. */
  intervalSeconds: number;
  /** Import (delivered) Wh per interval. */
  imports: number[];
  /** Export (received) Wh per interval; zeros when the file has none. */
  exports: number[];
  /** True if the file had an export series. */
  hasExports: boolean;
  /** Quality of each interval (of import and export together: the worse of the two). Default all actual. */
  quality?: IntervalQuality[];
  /** What the import read and repaired. */
  summary?: ImportSummary;
}

/** One reading with where it came from. */
export interface SourcedReading {
  /** Interval start, unix seconds. */
  t: number;
  /** Wh. */
  wh: number;
  /** 1-based file line. */
  line: number;
  /** Quality the file gives the reading; default actual. */
  quality?: IntervalQuality;
}

/** ISO-8601 UTC rendering used in messages. */
export function isoTime(t: number): string {
  return new Date(t * 1000).toISOString().replace('.000Z', 'Z');
}

/** A series assembled from readings. */
export interface AssembledSeries {
  start: number;
  intervalSeconds: number;
  values: number[];
  quality: IntervalQuality[];
  summary: ImportSummary;
}

const rank = (q: IntervalQuality): number => INTERVAL_QUALITIES.indexOf(q);

/** The worse of two qualities (actual < estimated < substituted < filled), per interval. */
export function worseQuality(a: readonly IntervalQuality[], b: readonly IntervalQuality[]): IntervalQuality[] {
  return a.map((q, i) => {
    const r = b[i] ?? 'actual';
    return rank(r) > rank(q) ? r : q;
  });
}

function inferStep(sorted: readonly SourcedReading[]): number | undefined {
  // The most common step, so one misplaced row is reported instead of setting the grid.
  const counts = new Map<number, number>();
  for (let i = 1; i < sorted.length; i++) {
    const d = (sorted[i]?.t ?? 0) - (sorted[i - 1]?.t ?? 0);
    if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let step: number | undefined;
  for (const [d, c] of counts) {
    const best = step === undefined ? 0 : (counts.get(step) ?? 0);
    if (c > best || (c === best && step !== undefined && d < step)) step = d;
  }
  return step;
}

/** At most this many instants are listed in one message (the count says how many in all). */
const LISTED = 5;

function listed<T>(items: readonly T[], show: (x: T) => string): string {
  const head = items.slice(0, LISTED).map(show).join('; ');
  return items.length > LISTED ? `${head}; and ${items.length - LISTED} more` : head;
}

/**
 * Sorts readings by time and assembles one contiguous series with step `intervalSeconds`
 * (inferred as the most common step when not given). Exact duplicates are dropped and counted;
 * conflicting duplicates and gaps are refused, all of them in one message that names each
 * instant (UTC and local) and the option that would repair it, unless `repair` chooses a rule.
 * @throws ImportError on conflicts or gaps without a rule, misaligned times, an interval that does
 *   not divide a day, or a gap a rule cannot fill.
 */
export function contiguousSeries(
  readings: readonly SourcedReading[],
  file: string,
  what: string,
  intervalSeconds?: number,
  repair: RepairOptions = {},
): AssembledSeries {
  const onConflict = repair.onConflict ?? 'error';
  if (!CONFLICT_RULES.includes(onConflict)) throw new ValidationError('onConflict', `must be one of ${CONFLICT_RULES.join(', ')}, got '${String(onConflict)}'`);
  if (repair.fillGaps !== undefined && !GAP_FILL_RULES.includes(repair.fillGaps)) {
    throw new ValidationError('fillGaps', `must be one of ${GAP_FILL_RULES.join(', ')}, got '${String(repair.fillGaps)}'`);
  }
  const zone: DisplayZone = repair.displayZone;
  const sorted = [...readings].sort((a, b) => a.t - b.t || a.line - b.line);
  const first = sorted[0];
  if (first === undefined) throw new ImportError(file, undefined, `no ${what} readings found`);
  const step = intervalSeconds ?? inferStep(sorted);
  if (step === undefined) {
    throw new ImportError(file, first.line, `cannot infer the interval length from a single ${what} reading; give intervalSeconds`);
  }
  if (!Number.isInteger(step) || step <= 0 || 86400 % step !== 0) {
    throw new ImportError(file, first.line, `interval length ${step} s does not divide a day (86400 s)`);
  }

  // Group readings of the same instant (sorted by time, then file order).
  const groups: SourcedReading[][] = [];
  for (const r of sorted) {
    if ((r.t - first.t) % step !== 0) {
      throw new ImportError(file, r.line, `${isoTime(r.t)} is not on the ${step}-second grid that starts at ${isoTime(first.t)} (line ${first.line})`);
    }
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0]?.t === r.t) last.push(r);
    else groups.push([r]);
  }

  const summary: ImportSummary = { readings: readings.length, intervals: 0, exactDuplicates: 0, conflicts: 0, gapsFilled: 0, estimated: 0, substituted: 0 };
  const conflicts: SourcedReading[][] = [];
  const gaps: { after: SourcedReading; before: SourcedReading; missing: number }[] = [];
  const picked: SourcedReading[] = [];
  for (const g of groups) {
    const head = g[0] as SourcedReading;
    if (g.length === 1) {
      picked.push(head);
      continue;
    }
    if (g.every((r) => r.wh === head.wh)) {
      summary.exactDuplicates += g.length - 1;
      // The same value read twice: keep the best-quality copy (an actual read confirms an estimate).
      const best = g.reduce((a, b) => (rank(b.quality ?? 'actual') < rank(a.quality ?? 'actual') ? b : a));
      picked.push(best);
      continue;
    }
    conflicts.push(g);
    const chosen = onConflict === 'first' ? head : onConflict === 'last' ? (g[g.length - 1] as SourcedReading) : g.reduce((a, b) => (b.wh > a.wh ? b : a));
    picked.push({ ...chosen, quality: 'substituted' });
  }
  for (let i = 1; i < picked.length; i++) {
    const prev = picked[i - 1] as SourcedReading;
    const cur = picked[i] as SourcedReading;
    if (cur.t - prev.t > step) gaps.push({ after: prev, before: cur, missing: (cur.t - prev.t) / step - 1 });
  }

  const problems: string[] = [];
  let problemLine: number | undefined;
  if (conflicts.length > 0 && onConflict === 'error') {
    problemLine = Math.max(...(conflicts[0] as SourcedReading[]).map((r) => r.line));
    problems.push(
      `${conflicts.length} conflicting duplicate ${what} reading${conflicts.length > 1 ? 's' : ''} (one interval, different values): ${listed(
        conflicts,
        (g) => `${describeInstant((g[0] as SourcedReading).t, zone)}: ${g.map((r) => `${r.wh} Wh on line ${r.line}`).join(', ')}`,
      )}; keep one with --on-conflict first|last|max, or --repair (option onConflict)`,
    );
  }
  if (gaps.length > 0 && repair.fillGaps === undefined) {
    problemLine ??= gaps[0]?.before.line;
    const missing = gaps.reduce((a, g) => a + g.missing, 0);
    problems.push(
      `gap in ${what} readings: ${missing} interval${missing > 1 ? 's' : ''} missing in ${gaps.length} gap${gaps.length > 1 ? 's' : ''}: ${listed(
        gaps,
        (g) =>
          `${g.missing} from ${describeInstant(g.after.t + step, zone)}${g.missing > 1 ? ` to ${describeInstant(g.before.t - step, zone)}` : ''} (between lines ${g.after.line} and ${g.before.line})`,
      )}; estimate them with --fill-gaps linear|previous-week, or --repair (option fillGaps)`,
    );
  }
  if (problems.length > 0) throw new ImportError(file, problemLine, problems.join('. '));

  const values: number[] = [];
  const quality: IntervalQuality[] = [];
  const byTime = new Map<number, number>(); // t -> index, for previous-week
  const push = (t: number, wh: number, q: IntervalQuality): void => {
    byTime.set(t, values.length);
    values.push(wh);
    quality.push(q);
  };
  for (let i = 0; i < picked.length; i++) {
    const cur = picked[i] as SourcedReading;
    const prev = picked[i - 1];
    if (prev !== undefined && cur.t - prev.t > step) {
      const n = (cur.t - prev.t) / step; // prev at 0, cur at n
      for (let k = 1; k < n; k++) {
        const t = prev.t + k * step;
        let wh: number;
        if (repair.fillGaps === 'linear') {
          // Exact rational a + (b - a) k / n, rounded half up, in integers.
          const num = prev.wh * (n - k) + cur.wh * k;
          wh = Math.floor((2 * num + n) / (2 * n));
        } else {
          const idx = byTime.get(t - 7 * 86400);
          if (idx === undefined) {
            throw new ImportError(
              file,
              cur.line,
              `cannot fill ${describeInstant(t, zone)} with previous-week: the same interval a week earlier is missing too; use --fill-gaps linear`,
            );
          }
          wh = values[idx] as number;
        }
        push(t, wh, 'filled');
        summary.gapsFilled++;
      }
    }
    push(cur.t, cur.wh, cur.quality ?? 'actual');
  }
  summary.intervals = values.length;
  summary.conflicts = conflicts.length;
  for (const q of quality) {
    if (q === 'estimated') summary.estimated++;
    else if (q === 'substituted') summary.substituted++;
  }
  return { start: first.t, intervalSeconds: step, values, quality, summary };
}

/**
 * Combines the summaries of a file's import and export series into the file's summary.
 * @param sameRows - true when one row carries both readings (CSV): readings and duplicates are then
 *   counted by row (a row is an exact duplicate when both its values repeat), conflicts by instant
 *   (approximated by the larger count); false when the file lists them apart (Green Button).
 */
export function mergeSummaries(a: ImportSummary, b: ImportSummary, quality: readonly IntervalQuality[], sameRows = false): ImportSummary {
  return {
    readings: sameRows ? a.readings : a.readings + b.readings,
    intervals: a.intervals,
    exactDuplicates: sameRows ? Math.min(a.exactDuplicates, b.exactDuplicates) : a.exactDuplicates + b.exactDuplicates,
    conflicts: sameRows ? Math.max(a.conflicts, b.conflicts) : a.conflicts + b.conflicts,
    gapsFilled: quality.filter((q) => q === 'filled').length,
    estimated: quality.filter((q) => q === 'estimated').length,
    substituted: quality.filter((q) => q === 'substituted').length,
  };
}

/** Largest decimal exponent an energy value may be written with (`1e30`, `5e-30`). */
export const MAX_DECIMAL_EXPONENT = 30;
/** Most significant digits an energy value may have (leading and trailing zeros aside). */
export const MAX_DECIMAL_DIGITS = 30;

/**
 * Converts an energy value written as decimal text in `unit` to whole Wh.
 * The exponent and the number of digits are bounded before any arithmetic (hostile input never
 * hangs the importer).
 * @param display - How the value is named in messages (default: the text and the unit).
 * @returns Wh, or a reason string.
 */
export function energyToWh(text: string, unit: 'Wh' | 'kWh', round: boolean, display?: string): number | string {
  const s = text.trim();
  const shown = display ?? `${s} ${unit}`;
  if (s === '') return 'missing value';
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (m === null || ((m[2] ?? '') === '' && (m[3] ?? '') === '')) return `'${s}' is not a number`;
  if (m[1] === '-' && /[1-9]/.test(`${m[2] ?? ''}${m[3] ?? ''}`)) return `negative value ${shown} (readings are energy per interval, >= 0)`;
  // Bounds first, before any arithmetic: a written exponent like 1e-200000000 would make the
  // BigInt power below take minutes and gigabytes, and 0e99999999999 would loop for hours.
  const expText = (m[4] ?? '0').replace(/^([+-]?)0+(?=\d)/, '$1');
  if (!/^[+-]?\d{1,3}$/.test(expText) || Math.abs(Number(expText)) > MAX_DECIMAL_EXPONENT) {
    return `'${s}': exponent out of range (at most ${MAX_DECIMAL_EXPONENT} either way)`;
  }
  const intPart = (m[2] ?? '').replace(/^0+/, '');
  const fracPart = (m[3] ?? '').replace(/0+$/, '');
  if (intPart.length + fracPart.length > MAX_DECIMAL_DIGITS)
    return `'${s.length > 40 ? `${s.slice(0, 40)}…` : s}' has more than ${MAX_DECIMAL_DIGITS} significant digits`;
  // Exact decimal arithmetic: value = digits * 10^exp Wh, |exp| <= 2 * MAX_DECIMAL_EXPONENT + 3.
  const digits = `${intPart}${fracPart}`;
  let exp = -fracPart.length + Number(expText) + (unit === 'kWh' ? 3 : 0);
  let n = BigInt(digits === '' ? '0' : digits);
  const tooLarge = `${shown} is above the ${READING_LIMIT - 1} Wh per interval limit`;
  if (n !== 0n && exp > 12) return tooLarge;
  while (exp > 0) {
    n *= 10n;
    exp--;
  }
  if (exp < 0) {
    const div = 10n ** BigInt(-exp);
    if (n % div !== 0n) {
      if (!round) return `${shown} is not a whole number of Wh (readings are integer Wh; import with rounding to accept)`;
      n = (n + div / 2n) / div;
    } else n /= div;
  }
  if (n >= BigInt(READING_LIMIT)) return shown === `${n} Wh` ? tooLarge : `${tooLarge} (${n} Wh)`;
  return Number(n);
}
