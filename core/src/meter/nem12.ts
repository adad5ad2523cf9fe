/**
 * NEM12 import: the interval metering data file of Australia's National Electricity Market
 * (AEMO, "Meter Data File Format Specification NEM12 & NEM13"). Comma-separated records, no
 * header line; the first field is the record indicator:
 *
 * | record | fields read | meaning |
 * | --- | --- | --- |
 * | `100` | `100,NEM12,DateTime,From,To` | header: must say `NEM12` |
 * | `200` | `200,NMI,NMIConfiguration,RegisterID,NMISuffix,MDMDataStreamIdentifier,MeterSerialNumber,UOM,IntervalLength,NextScheduledReadDate` | one data stream (an NMI's register), for the `300` records that follow |
 * | `300` | `300,IntervalDate,v1..vN,QualityMethod,ReasonCode,ReasonDescription,UpdateDateTime,MSATSLoadDateTime` | one day: `N = 1440 / IntervalLength` values, positional from local midnight |
 * | `400` | `400,StartInterval,EndInterval,QualityMethod,ReasonCode,ReasonDescription` | the quality of intervals `StartInterval..EndInterval` (1-based) of the previous `300` with quality `V` |
 * | `500` | B2B details | ignored |
 * | `900` | end of data | nothing may follow |
 *
 * Quality flags (the first letter of QualityMethod): `A` actual, `E` estimated, `S` substituted,
 * `F` final substitute (both substituted), `N` null data (the values carry no reading: the
 * intervals are missing, a gap that `fillGaps` may fill), `V` variable (see the `400` records).
 *
 * Streams: NMISuffix `E1`, `E2`... is energy delivered to the customer (import), `B1`, `B2`...
 * energy received from the customer (export). By default the first NMI in the file, its first
 * `E` suffix as import and first `B` suffix as export; `nmi`, `importSuffix`, `exportSuffix`
 * choose others. UOM `Wh`, `kWh` or `MWh`.
 *
 * Time: NEM12 dates are in NEM time, Australian Eastern Standard Time (UTC+10, no daylight
 * saving), unless `tzOffsetSeconds` says otherwise; interval `k` of a day covers
 * `[midnight + (k-1) L, midnight + k L)`.
 * @packageDocumentation
 */
import { ImportError, ValidationError } from '../errors.js';
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
import { tzOffsetProblem } from './tz-offset.js';

/** NEM time: AEST, UTC+10, all year. */
export const NEM_TIME_OFFSET_SECONDS = 36000;

/** Options of {@link parseNem12}. */
export interface Nem12ImportOptions extends RepairOptions {
  /** Name of the file, for error messages. Default `nem12.csv`. */
  file?: string;
  /** The NMI to read; default the first in the file. */
  nmi?: string;
  /** The NMISuffix of the import stream; default the NMI's first `E` suffix. */
  importSuffix?: string;
  /** The NMISuffix of the export stream; default the NMI's first `B` suffix (none: no export). */
  exportSuffix?: string;
  /** Offset of the file's dates from UTC; default NEM time (+10:00). */
  tzOffsetSeconds?: number;
  /** Round values that are not whole Wh to the nearest Wh instead of rejecting them. */
  round?: boolean;
}

/** What {@link parseNem12} returns: the series, and which NMI and streams it came from. */
export interface Nem12Data extends IntervalData {
  nmi: string;
  importSuffix: string;
  exportSuffix?: string;
  /** Every NMI in the file with its suffixes, for choosing another. */
  streams: Record<string, string[]>;
}

const FLAG_QUALITY: Record<string, IntervalQuality | null> = { A: 'actual', E: 'estimated', S: 'substituted', F: 'substituted', N: null };

interface Stream {
  nmi: string;
  suffix: string;
  unit: 'Wh' | 'kWh' | 'MWh';
  lengthSeconds: number;
  line: number;
  readings: SourcedReading[];
}

function qualityOf(method: string, file: string, line: number): IntervalQuality | null | 'V' {
  const flag = method.trim().slice(0, 1).toUpperCase();
  if (flag === 'V') return 'V';
  const q = FLAG_QUALITY[flag];
  if (q === undefined) throw new ImportError(file, line, `QualityMethod '${method.slice(0, 10)}' does not start with A, E, S, F, N or V`);
  return q;
}

function dayStart(date: string, tz: number, file: string, line: number): number {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(date.trim());
  if (m === null) throw new ImportError(file, line, `IntervalDate '${date.slice(0, 20)}' is not a date YYYYMMDD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d) / 1000;
  const back = new Date(t * 1000);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) throw new ImportError(file, line, `IntervalDate '${date}' is not a valid date`);
  return t - tz;
}

/**
 * Parses a NEM12 file into one contiguous import (and export) series of one NMI.
 * @throws ImportError naming the file and line: not NEM12, a record out of place, a wrong number
 *   of interval values, an unknown quality flag or unit, a `400` range that does not cover the
 *   day, duplicates and gaps as the other importers (see ./interval-data.ts); or a chosen NMI or
 *   suffix the file does not have (the message lists those it has).
 */
export function parseNem12(text: string, options: Nem12ImportOptions = {}): Nem12Data {
  const file = options.file ?? 'nem12.csv';
  const tz = options.tzOffsetSeconds ?? NEM_TIME_OFFSET_SECONDS;
  const tzProblem = tzOffsetProblem(tz);
  if (tzProblem !== undefined) throw new ValidationError('tzOffsetSeconds', tzProblem);
  const round = options.round ?? false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const streams: Stream[] = [];
  let header = false;
  let ended = false;
  let current: Stream | undefined;
  let lastLine = 0;
  // The previous 300 record when its quality is V, waiting for its 400 records.
  let pendingV: { readings: SourcedReading[]; n: number; covered: boolean[]; line: number } | undefined;
  const closeV = (line: number): void => {
    if (pendingV === undefined) return;
    const gap = pendingV.covered.indexOf(false);
    if (gap >= 0) throw new ImportError(file, line, `the 300 record on line ${pendingV.line} has quality V, but no 400 record covers interval ${gap + 1}`);
    pendingV = undefined;
  };

  for (const [index, raw] of lines.entries()) {
    const lineNo = index + 1;
    const line = raw.trim();
    if (line === '') continue;
    lastLine = lineNo;
    if (ended) throw new ImportError(file, lineNo, 'data after the 900 end record');
    const f = line.split(',').map((c) => c.trim());
    const kind = f[0];
    if (kind !== '400') closeV(lineNo);
    if (!header) {
      if (kind !== '100' || (f[1] ?? '').toUpperCase() !== 'NEM12') {
        throw new ImportError(file, lineNo, "not a NEM12 file: the first record must be '100,NEM12,...'");
      }
      header = true;
      continue;
    }
    if (kind === '200') {
      const [nmi, suffix, unitText, lengthText] = [f[1] ?? '', (f[4] ?? '').toUpperCase(), (f[7] ?? '').toLowerCase(), f[8] ?? ''];
      if (!/^[A-Z0-9]{10}$/i.test(nmi)) throw new ImportError(file, lineNo, `NMI '${nmi.slice(0, 20)}' is not 10 letters or digits`);
      if (!/^[A-Z][A-Z0-9]$/.test(suffix))
        throw new ImportError(file, lineNo, `NMISuffix '${suffix.slice(0, 10)}' is not a letter and a letter or digit (E1, B1, ...)`);
      const unit = unitText === 'wh' ? 'Wh' : unitText === 'kwh' ? 'kWh' : unitText === 'mwh' ? 'MWh' : undefined;
      if (unit === undefined) throw new ImportError(file, lineNo, `UOM '${(f[7] ?? '').slice(0, 10)}' is not energy (Wh, kWh or MWh)`);
      const minutes = Number(lengthText);
      if (![5, 15, 30].includes(minutes)) throw new ImportError(file, lineNo, `IntervalLength '${lengthText.slice(0, 10)}' must be 5, 15 or 30 minutes`);
      const existing = streams.find((s) => s.nmi === nmi && s.suffix === suffix);
      if (existing !== undefined && (existing.unit !== unit || existing.lengthSeconds !== minutes * 60)) {
        throw new ImportError(file, lineNo, `stream ${nmi} ${suffix} changes its unit or interval length (first on line ${existing.line})`);
      }
      current = existing ?? { nmi, suffix, unit, lengthSeconds: minutes * 60, line: lineNo, readings: [] };
      if (existing === undefined) streams.push(current);
      continue;
    }
    if (kind === '300') {
      if (current === undefined) throw new ImportError(file, lineNo, 'a 300 record before any 200 record');
      const n = 86400 / current.lengthSeconds;
      if (f.length < n + 3)
        throw new ImportError(
          file,
          lineNo,
          `a 300 record of ${current.lengthSeconds / 60}-minute data needs ${n} interval values, found ${Math.max(0, f.length - 3)}`,
        );
      const start = dayStart(f[1] ?? '', tz, file, lineNo);
      const method = f[n + 2] ?? '';
      const q = qualityOf(method, file, lineNo);
      const day: SourcedReading[] = [];
      for (let k = 0; k < n; k++) {
        const cell = f[k + 2] ?? '';
        const scaled = current.unit === 'MWh' ? `${cell}e3` : cell;
        const wh = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(cell)
          ? energyToWh(scaled, current.unit === 'Wh' ? 'Wh' : 'kWh', round, `${cell} ${current.unit}`)
          : `'${cell.slice(0, 20)}' is not a number`;
        if (typeof wh === 'string') throw new ImportError(file, lineNo, `interval ${k + 1}: ${wh}`);
        day.push({ t: start + k * current.lengthSeconds, wh, line: lineNo, quality: q === 'V' || q === null ? 'actual' : q });
      }
      if (q === 'V') {
        pendingV = { readings: day, n, covered: new Array<boolean>(n).fill(false), line: lineNo };
        current.readings.push(...day);
      } else if (q !== null) current.readings.push(...day);
      // q === null (N): null data, no readings for the day: a gap.
      continue;
    }
    if (kind === '400') {
      if (pendingV === undefined) throw new ImportError(file, lineNo, 'a 400 record must follow a 300 record whose quality is V (or another 400)');
      const [a, b] = [Number(f[1]), Number(f[2])];
      if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b < a || b > pendingV.n) {
        throw new ImportError(file, lineNo, `400 interval range ${f[1]}..${f[2]} is not within 1..${pendingV.n}`);
      }
      const q = qualityOf(f[3] ?? '', file, lineNo);
      if (q === 'V') throw new ImportError(file, lineNo, 'a 400 record cannot have quality V');
      for (let k = a - 1; k < b; k++) {
        if (pendingV.covered[k]) throw new ImportError(file, lineNo, `interval ${k + 1} is already covered by an earlier 400 record`);
        pendingV.covered[k] = true;
        const r = pendingV.readings[k] as SourcedReading;
        if (q === null)
          r.line = -1; // null data: dropped below
        else r.quality = q;
      }
      continue;
    }
    if (kind === '500') continue;
    if (kind === '900') {
      ended = true;
      continue;
    }
    if (kind === '100') throw new ImportError(file, lineNo, 'a second 100 header record');
    throw new ImportError(file, lineNo, `unknown record indicator '${(kind ?? '').slice(0, 10)}' (expected 100, 200, 300, 400, 500 or 900)`);
  }
  closeV(lastLine);
  if (!header) throw new ImportError(file, undefined, 'the file is empty');
  if (streams.length === 0) throw new ImportError(file, undefined, 'no 200 record: no data streams');
  const byNmi: Record<string, string[]> = {};
  for (const s of streams) (byNmi[s.nmi] ??= []).push(s.suffix);
  const listing = Object.entries(byNmi)
    .map(([nmi, sfx]) => `${nmi} (${sfx.join(', ')})`)
    .join('; ');
  const nmi = options.nmi ?? streams[0]?.nmi ?? '';
  const suffixes = byNmi[nmi];
  if (suffixes === undefined) throw new ImportError(file, undefined, `no NMI ${nmi} in the file; it has ${listing}`);
  const pick = (wanted: string | undefined, letter: 'E' | 'B', what: string): Stream | undefined => {
    const suffix = wanted?.toUpperCase() ?? suffixes.find((s) => s.startsWith(letter));
    if (suffix === undefined) return undefined;
    const s = streams.find((x) => x.nmi === nmi && x.suffix === suffix);
    if (s === undefined) throw new ImportError(file, undefined, `NMI ${nmi} has no ${what} stream ${suffix}; it has ${suffixes.join(', ')}`);
    return s;
  };
  const imp = pick(options.importSuffix, 'E', 'import');
  if (imp === undefined)
    throw new ImportError(file, undefined, `NMI ${nmi} has no import (E) stream; it has ${suffixes.join(', ')}; choose one with importSuffix`);
  const exp = pick(options.exportSuffix, 'B', 'export');
  if (exp !== undefined && exp.lengthSeconds !== imp.lengthSeconds) {
    throw new ImportError(
      file,
      exp.line,
      `export stream ${exp.suffix} has ${exp.lengthSeconds / 60}-minute intervals, import ${imp.suffix} ${imp.lengthSeconds / 60}`,
    );
  }
  const repair: RepairOptions = { ...options };
  repair.displayZone ??= tz;
  const keep = (rs: SourcedReading[]): SourcedReading[] => rs.filter((r) => r.line >= 0);
  const a = contiguousSeries(keep(imp.readings), file, `${nmi} ${imp.suffix}`, imp.lengthSeconds, repair);
  const data: Nem12Data = {
    start: a.start,
    intervalSeconds: a.intervalSeconds,
    imports: a.values,
    exports: new Array<number>(a.values.length).fill(0),
    hasExports: exp !== undefined,
    quality: a.quality,
    summary: a.summary,
    nmi,
    importSuffix: imp.suffix,
    streams: byNmi,
  };
  if (exp !== undefined) {
    const b = contiguousSeries(keep(exp.readings), file, `${nmi} ${exp.suffix}`, exp.lengthSeconds, repair);
    if (b.start !== a.start || b.values.length !== a.values.length) {
      throw new ImportError(
        file,
        exp.line,
        `export stream ${exp.suffix} covers ${b.values.length} intervals from ${new Date(b.start * 1000).toISOString()}, import ${imp.suffix} ${a.values.length} from ${new Date(a.start * 1000).toISOString()}`,
      );
    }
    data.exports = b.values;
    data.exportSuffix = exp.suffix;
    data.quality = worseQuality(a.quality, b.quality);
    data.summary = mergeSummaries(a.summary, b.summary, data.quality);
  }
  return data;
}
