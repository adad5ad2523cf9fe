/**
 * Imported interval data (before it is cut into billing periods) and the checks every importer
 * shares: one interval length, no duplicates, no gaps, whole Wh in range.
 * @packageDocumentation
 */
import { ImportError } from '../errors.js';
import { READING_LIMIT } from './period.js';

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
}

/** One reading with where it came from. */
export interface SourcedReading {
  /** Interval start, unix seconds. */
  t: number;
  /** Wh. */
  wh: number;
  /** 1-based file line. */
  line: number;
}

/** ISO-8601 UTC rendering used in messages. */
export function isoTime(t: number): string {
  return new Date(t * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * Sorts readings by time and checks they form one contiguous series with step `intervalSeconds`
 * (inferred as the smallest step when not given).
 * @throws ImportError on duplicates, gaps, misaligned times, or an interval that does not divide a day.
 */
export function contiguousSeries(
  readings: readonly SourcedReading[],
  file: string,
  what: string,
  intervalSeconds?: number,
): { start: number; intervalSeconds: number; values: number[] } {
  const sorted = [...readings].sort((a, b) => a.t - b.t || a.line - b.line);
  const first = sorted[0];
  if (first === undefined) throw new ImportError(file, undefined, `no ${what} readings found`);
  let step = intervalSeconds;
  if (step === undefined) {
    // The most common step, so one misplaced row is reported instead of setting the grid.
    const counts = new Map<number, number>();
    for (let i = 1; i < sorted.length; i++) {
      const d = (sorted[i]?.t ?? 0) - (sorted[i - 1]?.t ?? 0);
      if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    for (const [d, c] of counts) {
      const best = step === undefined ? 0 : (counts.get(step) ?? 0);
      if (c > best || (c === best && step !== undefined && d < step)) step = d;
    }
    if (step === undefined) {
      throw new ImportError(file, first.line, `cannot infer the interval length from a single ${what} reading; give intervalSeconds`);
    }
  }
  if (!Number.isInteger(step) || step <= 0 || 86400 % step !== 0) {
    throw new ImportError(file, first.line, `interval length ${step} s does not divide a day (86400 s)`);
  }
  const values: number[] = [first.wh];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as SourcedReading;
    const cur = sorted[i] as SourcedReading;
    const d = cur.t - prev.t;
    if (d === 0) {
      throw new ImportError(
        file,
        Math.max(cur.line, prev.line),
        `duplicate ${what} reading for ${isoTime(cur.t)} (also on line ${Math.min(cur.line, prev.line)})`,
      );
    }
    if ((cur.t - first.t) % step !== 0) {
      throw new ImportError(file, cur.line, `${isoTime(cur.t)} is not on the ${step}-second grid that starts at ${isoTime(first.t)} (line ${first.line})`);
    }
    if (d > step) {
      const missing = d / step - 1;
      throw new ImportError(
        file,
        cur.line,
        `gap in ${what} readings: ${missing} interval${missing > 1 ? 's' : ''} missing between ${isoTime(prev.t)} (line ${prev.line}) and ${isoTime(cur.t)}`,
      );
    }
    values.push(cur.wh);
  }
  return { start: first.t, intervalSeconds: step, values };
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
