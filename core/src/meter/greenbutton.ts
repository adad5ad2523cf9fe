/**
 * Green Button (NAESB ESPI) XML import: the Atom feed utilities in North America publish
 * customer interval data in.
 *
 * What is read: every `IntervalBlock`'s `IntervalReading`s (`timePeriod/start`, `timePeriod/duration`,
 * `value`), scaled by its `ReadingType` (`uom` must be 72 = Wh, `powerOfTenMultiplier`), and split
 * by `flowDirection`: 1 (forward, delivered to the customer) = import, 19 (reverse, received
 * from the customer) = export. A block finds its ReadingType through the Atom links
 * (IntervalBlock `up`/`self` -> MeterReading `self`, MeterReading `related` -> ReadingType
 * `self`); files without links work when they have one ReadingType, or when each ReadingType
 * precedes its blocks.
 *
 * Timestamps are UTC instants, so DST does not shift them; but utilities' daily blocks around
 * a DST change overlap (a reading repeated, with the same or a different value) or leave an
 * hour out. Repeated equal readings are dropped and counted; the rest is refused unless a repair
 * rule is chosen (see ./interval-data.ts).
 *
 * Several UsagePoints and ReadingTypes (a home's electricity and gas, a net meter's import,
 * export and demand): a block belongs to the UsagePoint in its link path
 * (`.../UsagePoint/<id>/MeterReading/...`). By default the first UsagePoint with an electricity
 * import (flowDirection 1, Wh) is read, with its first import and first export (19, Wh) reading
 * types; other blocks are skipped. `usagePoint`, `importReadingType` and `exportReadingType` (the
 * last segment of a ReadingType's `self` link) choose others; a wrong choice is refused with the
 * list of what the file has.
 *
 * Quality: an `IntervalReading`'s `ReadingQuality/quality` code (ESPI QualityOfReading) maps to
 * actual (0 valid, 14 raw, 17 validated, 18 verified, 19 revenue quality), estimated (8 reference
 * day, 9 linear interpolation, 12 projected, 15 weather-normalized, 10 questionable, 16 other) or
 * substituted (7 manually edited, 11 derived, 13 mixed); a reading without one is actual.
 * @packageDocumentation
 */
import { ImportError } from '../errors.js';
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
import { child, childrenNamed, descendants, parseXml, type XmlElement } from './xml.js';

/** Options of {@link parseGreenButtonXml}. */
export interface GreenButtonImportOptions extends RepairOptions {
  /** Name of the file, for error messages. Default `greenbutton.xml`. */
  file?: string;
  /** Keep only readings of this duration (for files that mix, e.g., hourly and daily data). */
  intervalSeconds?: number;
  /** Round values that are not whole Wh to the nearest Wh instead of rejecting them. */
  round?: boolean;
  /** The UsagePoint to read (the id in its links); default the first with an electricity import. */
  usagePoint?: string;
  /** The import ReadingType (last segment of its `self` link); default the first delivered-Wh one. */
  importReadingType?: string;
  /** The export ReadingType; default the first received-Wh one of the same UsagePoint. */
  exportReadingType?: string;
}

/** What {@link parseGreenButtonXml} returns: the series plus the file's local time parameters, if any. */
export interface GreenButtonData extends IntervalData {
  /** `LocalTimeParameters/tzOffset` (seconds east of UTC, standard time), when the file has it. */
  tzOffsetSeconds?: number;
  /** The UsagePoint read, when blocks link to one. */
  usagePoint?: string;
  /** Every UsagePoint (id, or `-` for blocks without one) with its ReadingTypes as `id (flow N, uom N)`. */
  streams: Record<string, string[]>;
}

/** Largest `powerOfTenMultiplier` either way (ESPI: pico = -12 .. tera = 12). */
export const MAX_POWER_OF_TEN = 12;

/** ESPI unit of measure code for watt-hours. */
export const UOM_WH = 72;
/** ESPI flowDirection codes. */
export const FLOW_FORWARD = 1;
export const FLOW_REVERSE = 19;

const ESPI_QUALITY: Record<number, IntervalQuality> = {
  0: 'actual',
  14: 'actual',
  17: 'actual',
  18: 'actual',
  19: 'actual',
  8: 'estimated',
  9: 'estimated',
  10: 'estimated',
  12: 'estimated',
  15: 'estimated',
  16: 'estimated',
  7: 'substituted',
  11: 'substituted',
  13: 'substituted',
};

interface ReadingTypeInfo {
  uom: number;
  multiplier: number;
  flow: number;
  line: number;
  /** Last segment of its self link, or `line N`. */
  id: string;
}

interface Entry {
  self?: string;
  up?: string;
  related: string[];
  content: XmlElement[];
  line: number;
}

function normHref(href: string): string {
  return href
    .trim()
    .replace(/^[a-z]+:\/\/[^/]+/i, '')
    .replace(/\/+$/, '');
}

function intText(el: XmlElement | undefined, file: string, what: string, owner: XmlElement): number {
  if (el === undefined) throw new ImportError(file, owner.line, `<${owner.name}> has no <${what}>`);
  const s = el.text.trim();
  const shown = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  if (!/^[+-]?\d+$/.test(s)) throw new ImportError(file, el.line, `<${what}> must be an integer, found '${shown}'`);
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new ImportError(file, el.line, `<${what}> ${shown} is out of range`);
  return n;
}

function readingType(el: XmlElement, file: string): ReadingTypeInfo {
  const uomEl = child(el, 'uom');
  const uom = uomEl === undefined ? UOM_WH : intText(uomEl, file, 'uom', el);
  const multEl = child(el, 'powerOfTenMultiplier');
  const multiplier = multEl === undefined ? 0 : intText(multEl, file, 'powerOfTenMultiplier', el);
  // Bounded before any arithmetic: 10^99999999999 would hang the importer. ESPI's multipliers
  // run from pico (-12) to tera (12).
  if (Math.abs(multiplier) > MAX_POWER_OF_TEN) {
    throw new ImportError(file, multEl?.line ?? el.line, `<powerOfTenMultiplier> ${multiplier} is out of range (-${MAX_POWER_OF_TEN}..${MAX_POWER_OF_TEN})`);
  }
  const flowEl = child(el, 'flowDirection');
  const flow = flowEl === undefined ? FLOW_FORWARD : intText(flowEl, file, 'flowDirection', el);
  return { uom, multiplier, flow, line: el.line, id: `line ${el.line}` };
}

const lastSegment = (href: string): string => href.slice(href.lastIndexOf('/') + 1);
const usagePointOf = (href: string | undefined): string | undefined => (href === undefined ? undefined : /\/UsagePoint\/([^/]+)/.exec(href)?.[1]);
const billable = (rt: ReadingTypeInfo, flow: number): boolean => rt.uom === UOM_WH && rt.flow === flow;

function entriesOf(root: XmlElement): Entry[] {
  const entryEls = root.name === 'entry' ? [root] : descendants(root, 'entry');
  if (entryEls.length === 0) {
    // A bare ESPI resource (no Atom wrapper): treat the whole document as one entry.
    return [{ related: [], content: [root], line: root.line }];
  }
  return entryEls.map((e) => {
    const entry: Entry = { related: [], content: [], line: e.line };
    for (const link of childrenNamed(e, 'link')) {
      const href = link.attrs['href'];
      if (href === undefined) continue;
      const rel = link.attrs['rel'] ?? 'alternate';
      if (rel === 'self') entry.self = normHref(href);
      else if (rel === 'up') entry.up = normHref(href);
      else if (rel === 'related') entry.related.push(normHref(href));
    }
    const content = child(e, 'content');
    entry.content = content === undefined ? [] : content.children;
    return entry;
  });
}

/**
 * Parses a Green Button ESPI XML document into one contiguous import (and export) series.
 * @throws ImportError naming the file and line: malformed XML, a unit other than Wh, an unknown
 *   flow direction, a block whose ReadingType cannot be found, negative or fractional values,
 *   duplicates, gaps, or import and export series that cover different times.
 */
export function parseGreenButtonXml(text: string, options: GreenButtonImportOptions = {}): GreenButtonData {
  const file = options.file ?? 'greenbutton.xml';
  const root = parseXml(text, file);
  const entries = entriesOf(root);

  const typesByHref = new Map<string, ReadingTypeInfo>();
  const allTypes: ReadingTypeInfo[] = [];
  const meterReadings = new Map<string, string[]>();
  let tzOffsetSeconds: number | undefined;
  // Document-order fallback: the ReadingType most recently seen before a block.
  let lastType: ReadingTypeInfo | undefined;
  const blocks: { el: XmlElement; entry: Entry; precedingType: ReadingTypeInfo | undefined }[] = [];

  for (const entry of entries) {
    for (const el of entry.content) {
      if (el.name === 'ReadingType') {
        const rt = readingType(el, file);
        allTypes.push(rt);
        lastType = rt;
        if (entry.self !== undefined) {
          typesByHref.set(entry.self, rt);
          rt.id = lastSegment(entry.self);
        }
      } else if (el.name === 'MeterReading') {
        if (entry.self !== undefined) meterReadings.set(entry.self, entry.related);
      } else if (el.name === 'LocalTimeParameters') {
        const tz = child(el, 'tzOffset');
        if (tz !== undefined) {
          tzOffsetSeconds = intText(tz, file, 'tzOffset', el);
          const problem = tzOffsetProblem(tzOffsetSeconds);
          if (problem !== undefined) throw new ImportError(file, tz.line, `<tzOffset> ${problem}`);
        }
      } else if (el.name === 'IntervalBlock') {
        blocks.push({ el, entry, precedingType: lastType });
      }
    }
    // Bare resources may nest blocks deeper (e.g. a MeterReading wrapping IntervalBlocks).
    if (entries.length === 1 && entry.content.length === 1 && entry.content[0] !== undefined) {
      const top = entry.content[0];
      if (top.name !== 'IntervalBlock') {
        for (const rtEl of descendants(top, 'ReadingType')) allTypes.push(readingType(rtEl, file));
        for (const b of descendants(top, 'IntervalBlock')) blocks.push({ el: b, entry, precedingType: allTypes[allTypes.length - 1] });
      }
    }
  }
  if (blocks.length === 0) throw new ImportError(file, root.line, 'no <IntervalBlock> found: not a Green Button interval data file');
  if (allTypes.length === 0) {
    throw new ImportError(file, root.line, 'no <ReadingType> found, so the unit and flow direction of the readings are unknown');
  }

  const linkedType = (entry: Entry): ReadingTypeInfo | undefined => {
    const related = [...entry.related];
    const blockHref = entry.up ?? entry.self;
    if (blockHref !== undefined) {
      for (const [mrHref, mrRelated] of meterReadings) {
        if (blockHref === `${mrHref}/IntervalBlock` || blockHref.startsWith(`${mrHref}/IntervalBlock/`) || mrRelated.includes(blockHref)) {
          related.push(...mrRelated);
        }
      }
    }
    for (const href of related) {
      const rt = typesByHref.get(href);
      if (rt !== undefined) return rt;
    }
    return undefined;
  };

  // Each block's UsagePoint and ReadingType, then the streams to read.
  const typed = blocks.map(({ el, entry, precedingType }) => {
    const rt = linkedType(entry) ?? (allTypes.length === 1 ? allTypes[0] : precedingType);
    if (rt === undefined) {
      throw new ImportError(file, el.line, 'cannot tell which <ReadingType> applies to this <IntervalBlock> (no links to follow)');
    }
    return { el, rt, up: usagePointOf(entry.up ?? entry.self) ?? '-' };
  });
  const streams: Record<string, string[]> = {};
  for (const { up, rt } of typed) {
    const list = (streams[up] ??= []);
    const name = `${rt.id} (flow ${rt.flow}, uom ${rt.uom})`;
    if (!list.includes(name)) list.push(name);
  }
  const listing = Object.entries(streams)
    .map(([up, rts]) => `UsagePoint ${up}: ${rts.join(', ')}`)
    .join('; ');
  const chosenUp = options.usagePoint ?? typed.find((b) => billable(b.rt, FLOW_FORWARD))?.up;
  if (options.usagePoint !== undefined && streams[options.usagePoint] === undefined) {
    throw new ImportError(file, undefined, `no UsagePoint ${options.usagePoint} in the file; it has ${listing}`);
  }
  const inUp = typed.filter((b) => chosenUp === undefined || b.up === chosenUp);
  const pickType = (wanted: string | undefined, flow: number, what: string): ReadingTypeInfo | undefined => {
    if (wanted === undefined) return inUp.find((b) => billable(b.rt, flow))?.rt;
    const rt = inUp.find((b) => b.rt.id === wanted)?.rt;
    if (rt === undefined) throw new ImportError(file, undefined, `no ${what} ReadingType ${wanted} in UsagePoint ${chosenUp ?? '-'}; the file has ${listing}`);
    if (rt.flow !== flow) throw new ImportError(file, rt.line, `ReadingType ${wanted} has flowDirection ${rt.flow}, not ${flow} (${what})`);
    return rt;
  };
  const importType = pickType(options.importReadingType, FLOW_FORWARD, 'import');
  const exportType = pickType(options.exportReadingType, FLOW_REVERSE, 'export');
  // No billable stream at all (one ReadingType in another unit, say): read everything, so the
  // unit or flow is refused by name below.
  const selected = importType === undefined ? typed : inUp.filter((b) => b.rt === importType || b.rt === exportType);

  const series: Record<'import' | 'export', SourcedReading[]> = { import: [], export: [] };
  const durations = new Set<number>();
  const round = options.round ?? false;
  for (const { el, rt } of selected) {
    if (rt.uom !== UOM_WH) {
      throw new ImportError(file, rt.line, `ReadingType uom ${rt.uom} is not energy in Wh; only uom 72 (Wh) interval data can be billed`);
    }
    const direction = rt.flow === FLOW_FORWARD ? 'import' : rt.flow === FLOW_REVERSE ? 'export' : undefined;
    if (direction === undefined) {
      throw new ImportError(file, rt.line, `ReadingType flowDirection ${rt.flow} is not supported (1 = delivered/import, 19 = received/export)`);
    }
    for (const r of descendants(el, 'IntervalReading')) {
      const tp = child(r, 'timePeriod');
      if (tp === undefined) throw new ImportError(file, r.line, '<IntervalReading> has no <timePeriod>');
      const start = intText(child(tp, 'start'), file, 'start', tp);
      const duration = intText(child(tp, 'duration'), file, 'duration', tp);
      if (duration <= 0) throw new ImportError(file, tp.line, `duration must be positive, found ${duration}`);
      if (options.intervalSeconds !== undefined && duration !== options.intervalSeconds) continue;
      durations.add(duration);
      const valueEl = child(r, 'value');
      if (valueEl === undefined) throw new ImportError(file, r.line, '<IntervalReading> has no <value>');
      const raw = valueEl.text.trim();
      if (!/^[+-]?\d+$/.test(raw))
        throw new ImportError(file, valueEl.line, `<value> must be an integer, found '${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}'`);
      const shown = rt.multiplier === 0 ? `${raw} Wh` : `${raw} x 10^${rt.multiplier} Wh`;
      const wh = energyToWh(`${raw}e${rt.multiplier}`, 'Wh', round, shown);
      if (typeof wh === 'string') throw new ImportError(file, valueEl.line, `${direction}: ${wh}`);
      let quality: IntervalQuality = 'actual';
      const rq = child(r, 'ReadingQuality');
      if (rq !== undefined) {
        const code = intText(child(rq, 'quality'), file, 'quality', rq);
        const q = ESPI_QUALITY[code];
        if (q === undefined) throw new ImportError(file, rq.line, `ReadingQuality ${code} is not an ESPI quality code (0, 7..19)`);
        quality = q;
      }
      series[direction].push({ t: start, wh, line: r.line, quality });
    }
  }
  if (durations.size > 1) {
    throw new ImportError(file, undefined, `readings of several interval lengths (${[...durations].join(', ')} s); choose one with intervalSeconds`);
  }
  const step = [...durations][0];
  if (series.import.length === 0) {
    const filter = options.intervalSeconds === undefined ? '' : ` with ${options.intervalSeconds}-second intervals`;
    throw new ImportError(file, undefined, `no delivered (flowDirection 1) readings${filter} found`);
  }
  const repair: RepairOptions = { ...options };
  repair.displayZone ??= tzOffsetSeconds;
  const imp = contiguousSeries(series.import, file, 'import', step, repair);
  let exports = new Array<number>(imp.values.length).fill(0);
  let quality = imp.quality;
  let summary = imp.summary;
  const hasExports = series.export.length > 0;
  if (hasExports) {
    const exp = contiguousSeries(series.export, file, 'export', step, repair);
    if (exp.start !== imp.start || exp.values.length !== imp.values.length) {
      const first = [...series.export].sort((a, b) => a.t - b.t)[0];
      throw new ImportError(
        file,
        first?.line,
        `export readings cover ${exp.values.length} intervals from ${new Date(exp.start * 1000).toISOString()}, but import readings cover ${imp.values.length} from ${new Date(imp.start * 1000).toISOString()}`,
      );
    }
    exports = exp.values;
    quality = worseQuality(imp.quality, exp.quality);
    summary = mergeSummaries(imp.summary, exp.summary, quality);
  }
  const data: GreenButtonData = { start: imp.start, intervalSeconds: imp.intervalSeconds, imports: imp.values, exports, hasExports, quality, summary, streams };
  if (tzOffsetSeconds !== undefined) data.tzOffsetSeconds = tzOffsetSeconds;
  if (chosenUp !== undefined && chosenUp !== '-') data.usagePoint = chosenUp;
  return data;
}
