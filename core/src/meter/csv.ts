/**
 * CSV interval data import. Format: a header line, then one row per interval:
 *
 * ```
 * timestamp,import_wh,export_wh
 * 2025-01-01T00:00:00Z,412,0
 * ```
 *
 * - `timestamp` is the interval **start** (or, with `timestampAt: 'end'`, its end): ISO 8601 with
 *   `Z` or an offset, or unix seconds; naive local times (no zone) need `naiveTimeZone` (an IANA
 *   zone, read with its daylight-saving rules) or a fixed `naiveTimeOffsetSeconds`. `24:00` is the
 *   next day's midnight (interval-end exports write it).
 * - Naive times across DST: a local time that occurs twice (the autumn fall-back hour) means the
 *   earlier instant the first time the file writes it and the later one the second time; a local
 *   time that does not exist (the spring-forward hour) is refused.
 * - An optional `quality` column: `A`/`actual`, `E`/`estimated`, `S`/`substituted`, `F`/`filled`
 *   (NEM12's letters); blank is actual.
 * - Energy columns are `import_wh` / `export_wh` (whole Wh) or `import_kwh` / `export_kwh`
 *   (decimal kWh, exact to the Wh); also accepted as `import (kWh)`, `import [Wh]`. The export
 *   column is optional.
 * - Delimiter `,`, `;` or tab (from the header); blank lines and `#` comments are skipped; other
 *   columns are ignored.
 * @packageDocumentation
 */
import { ImportError, ValidationError } from '../errors.js';
import { tzOffsetProblem } from './tz-offset.js';
import {
  contiguousSeries,
  energyToWh,
  type IntervalData,
  type IntervalQuality,
  mergeSummaries,
  type RepairOptions,
  type SourcedReading,
  worseQuality,
} from './interval-data.js';
import { assertTimeZone, localToInstants } from './zone.js';

/** Options of {@link parseIntervalCsv}. */
export interface CsvImportOptions extends RepairOptions {
  /** Name of the file, for error messages. Default `data.csv`. */
  file?: string;
  /** Interval length; inferred from the timestamps when absent. */
  intervalSeconds?: number;
  /** Offset (seconds east of UTC) for ISO timestamps written without a zone; without it they are rejected. */
  naiveTimeOffsetSeconds?: number;
  /**
   * IANA zone (e.g. `America/Los_Angeles`) of timestamps written without a zone, read with the
   * zone's daylight-saving rules; takes precedence over `naiveTimeOffsetSeconds`.
   */
  naiveTimeZone?: string;
  /** Whether the timestamp is the interval's start (default) or its end. */
  timestampAt?: 'start' | 'end';
  /** Round values that are not whole Wh to the nearest Wh (half up) instead of rejecting them. */
  round?: boolean;
}

const QUALITY_CODES: Record<string, IntervalQuality> = {
  '': 'actual',
  a: 'actual',
  actual: 'actual',
  e: 'estimated',
  estimated: 'estimated',
  s: 'substituted',
  substituted: 'substituted',
  f: 'filled',
  filled: 'filled',
};

const TIME_COLUMNS = ['timestamp', 'time', 'start', 'interval_start', 'datetime', 'date_time', 'start_time'];
const ENERGY_COLUMN = /^(import|export)(?:[\s_-]*[([]?\s*(k?wh)\s*[)\]]?)?$/;

function splitRow(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** A timestamp as written: unix seconds, or wall-clock seconds and the offset it carries (if any). */
type WrittenTime = { unix: number } | { local: number; offset?: number };

function parseWrittenTime(s: string): WrittenTime | string {
  if (/^\d+$/.test(s)) {
    const v = Number(s);
    if (v >= 1e11) return `unix time ${s} looks like milliseconds; write seconds`;
    return { unix: v };
  }
  const m = ISO.exec(s);
  if (m === null) return `'${s}' is not a timestamp (ISO 8601 like 2025-01-01T00:00:00Z, or unix seconds)`;
  const [y, mo, d, h, mi, se] = [1, 2, 3, 4, 5, 6].map((k) => Number(m[k] ?? 0)) as [number, number, number, number, number, number];
  if (m[7] !== undefined && /[1-9]/.test(m[7])) return `'${s}' has fractional seconds; intervals start on whole seconds`;
  // 24:00 is the end of the day (ISO 8601), as interval-end exports write the last interval.
  const endOfDay = h === 24 && mi === 0 && se === 0;
  const local = Date.UTC(y, mo - 1, d, endOfDay ? 0 : h, mi, se) / 1000 + (endOfDay ? 86400 : 0);
  const back = new Date(Date.UTC(y, mo - 1, d));
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || (h > 23 && !endOfDay) || mi > 59 || se > 59) {
    return `'${s}' is not a valid date and time`;
  }
  const zone = m[8];
  if (zone === undefined) return { local };
  if (zone.toUpperCase() === 'Z') return { local, offset: 0 };
  const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  const sign = zm?.[1] === '-' ? -1 : 1;
  const minutes = Number(zm?.[3] ?? 0);
  if (minutes > 59) return `'${s}': offset minutes must be 00..59`;
  const offset = sign * (Number(zm?.[2] ?? 0) * 3600 + minutes * 60);
  const problem = tzOffsetProblem(offset);
  if (problem !== undefined) return `'${s}': offset ${problem}`;
  return { local, offset };
}

/** Parses an interval timestamp; returns unix seconds or a reason. */
export function parseTimestamp(s: string, naiveOffset: number | undefined): number | string {
  const w = parseWrittenTime(s);
  if (typeof w === 'string') return w;
  if ('unix' in w) return w.unix;
  const offset = w.offset ?? naiveOffset;
  if (offset === undefined) return `'${s}' has no time zone; add Z or an offset like +01:00`;
  return w.local - offset;
}

/**
 * Parses CSV interval data into one contiguous {@link IntervalData} series.
 * @throws ImportError naming the file and line: bad header, bad timestamp, negative, non-integer
 *   or too large value, duplicate, gap or misaligned timestamp.
 */
export function parseIntervalCsv(text: string, options: CsvImportOptions = {}): IntervalData {
  const file = options.file ?? 'data.csv';
  const zone = options.naiveTimeZone;
  if (zone !== undefined) assertTimeZone(zone, 'naiveTimeZone');
  if (options.timestampAt !== undefined && options.timestampAt !== 'start' && options.timestampAt !== 'end') {
    throw new ValidationError('timestampAt', `must be 'start' or 'end', got '${String(options.timestampAt)}'`);
  }
  // Wall-clock times seen so far: the second sighting of a fall-back hour is its later instant.
  const seenLocal = new Map<number, number>();
  const naive = (cell: string): number | string => {
    const w = parseWrittenTime(cell);
    if (typeof w === 'string') return w;
    if ('unix' in w) return w.unix;
    if (w.offset !== undefined) return w.local - w.offset;
    if (zone === undefined) return parseTimestamp(cell, options.naiveTimeOffsetSeconds);
    const instants = localToInstants(zone, w.local);
    if (instants.length === 0) {
      return `'${cell}' does not exist in ${zone} (clocks jump forward over it); check the export's time column or give times with an offset`;
    }
    const seen = seenLocal.get(w.local) ?? 0;
    seenLocal.set(w.local, seen + 1);
    return instants[Math.min(seen, instants.length - 1)] as number;
  };
  if (options.naiveTimeOffsetSeconds !== undefined) {
    const problem = tzOffsetProblem(options.naiveTimeOffsetSeconds);
    if (problem !== undefined) throw new ValidationError('naiveTimeOffsetSeconds', problem);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let header:
    | { time: number; imp: number; impUnit: 'Wh' | 'kWh'; exp?: number; expUnit: 'Wh' | 'kWh'; quality?: number; delimiter: string; width: number }
    | undefined;
  const imports: SourcedReading[] = [];
  const exports: SourcedReading[] = [];

  for (const [index, raw] of lines.entries()) {
    const lineNo = index + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (header === undefined) {
      const delimiter = [',', ';', '\t'].find((d) => line.includes(d)) ?? ',';
      const cols = splitRow(line, delimiter).map((c) => c.toLowerCase());
      const time = cols.findIndex((c) => TIME_COLUMNS.includes(c));
      if (time < 0) {
        const looksLikeData = /^\d/.test(line);
        throw new ImportError(
          file,
          lineNo,
          looksLikeData
            ? "missing header line; the first line must name the columns, e.g. 'timestamp,import_wh,export_wh'"
            : `no timestamp column in header (expected one of: ${TIME_COLUMNS.join(', ')})`,
        );
      }
      let imp: number | undefined;
      let exp: number | undefined;
      let impUnit: 'Wh' | 'kWh' = 'Wh';
      let expUnit: 'Wh' | 'kWh' = 'Wh';
      for (const [i, c] of cols.entries()) {
        const m = ENERGY_COLUMN.exec(c);
        if (m === null) continue;
        if (m[2] === undefined) throw new ImportError(file, lineNo, `column '${c}' has no unit; name it ${m[1]}_wh or ${m[1]}_kwh`);
        const unit = m[2] === 'kwh' ? 'kWh' : 'Wh';
        if (m[1] === 'import') {
          if (imp !== undefined) throw new ImportError(file, lineNo, 'more than one import column');
          imp = i;
          impUnit = unit;
        } else {
          if (exp !== undefined) throw new ImportError(file, lineNo, 'more than one export column');
          exp = i;
          expUnit = unit;
        }
      }
      if (imp === undefined) throw new ImportError(file, lineNo, "no import column in header (expected 'import_wh' or 'import_kwh')");
      header = { time, imp, impUnit, expUnit, delimiter, width: Math.max(time, imp, exp ?? 0) + 1 };
      if (exp !== undefined) header.exp = exp;
      const q = cols.indexOf('quality');
      if (q >= 0) header.quality = q;
      continue;
    }
    const cells = splitRow(line, header.delimiter);
    if (cells.length < header.width) {
      throw new ImportError(file, lineNo, `expected at least ${header.width} columns, found ${cells.length}`);
    }
    const t = naive(cells[header.time] ?? '');
    if (typeof t === 'string') throw new ImportError(file, lineNo, t);
    let quality: IntervalQuality = 'actual';
    if (header.quality !== undefined) {
      const code = (cells[header.quality] ?? '').toLowerCase();
      const q = Object.hasOwn(QUALITY_CODES, code) ? QUALITY_CODES[code] : undefined;
      if (q === undefined)
        throw new ImportError(file, lineNo, `quality '${code.slice(0, 20)}' is not one of A, E, S, F (actual, estimated, substituted, filled)`);
      quality = q;
    }
    const round = options.round ?? false;
    const wh = energyToWh(cells[header.imp] ?? '', header.impUnit, round);
    if (typeof wh === 'string') throw new ImportError(file, lineNo, `import: ${wh}`);
    imports.push({ t, wh, line: lineNo, quality });
    if (header.exp !== undefined) {
      const ex = energyToWh(cells[header.exp] ?? '', header.expUnit, round);
      if (typeof ex === 'string') throw new ImportError(file, lineNo, `export: ${ex}`);
      exports.push({ t, wh: ex, line: lineNo, quality });
    }
  }
  if (header === undefined) throw new ImportError(file, undefined, 'the file is empty (no header, no data)');
  if (imports.length === 0) throw new ImportError(file, undefined, 'no data rows after the header');
  const repair: RepairOptions = { ...options };
  repair.displayZone ??= zone ?? options.naiveTimeOffsetSeconds;
  const series = contiguousSeries(imports, file, 'interval', options.intervalSeconds, repair);
  // Same rows as imports, so the same instants, duplicates and gaps: the import check covers them.
  const exp = header.exp === undefined ? undefined : contiguousSeries(exports, file, 'export', series.intervalSeconds, repair);
  const quality = exp === undefined ? series.quality : worseQuality(series.quality, exp.quality);
  return {
    start: series.start - (options.timestampAt === 'end' ? series.intervalSeconds : 0),
    intervalSeconds: series.intervalSeconds,
    imports: series.values,
    exports: exp === undefined ? new Array<number>(series.values.length).fill(0) : exp.values,
    hasExports: exp !== undefined,
    quality,
    summary: exp === undefined ? series.summary : mergeSummaries(series.summary, exp.summary, quality, true),
  };
}
