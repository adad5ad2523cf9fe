/**
 * Utility-style meter exports with the artefacts real ones have, for import tests, fixtures and
 * the import bench. The model is a utility that writes one Green Button IntervalBlock per local
 * day (America/Los_Angeles by default) and always writes a whole day's worth of 24 hours of
 * readings from local midnight, whatever the day's length:
 *
 * - spring-forward day (23 hours): its block runs one hour into the next day, so the next day's
 *   first interval is read twice. The export reading at midnight is 0 both times (an *equal*
 *   duplicate); the import reading differs (a *conflicting* duplicate: the later block is the
 *   settled value, the earlier one an estimate).
 * - fall-back day (25 hours): its block stops one hour short, so the day's last hour is missing.
 *
 * The true series is the synthetic household of core/src/meter/synthetic.ts.
 */
import { householdSeries } from '../../core/src/meter/synthetic.js';
import { localToInstants, zoneOffsetAt } from '../../core/src/meter/zone.js';
import { isoDateToDayNumber } from '../../core/src/tariff/calendar.js';

/** One reading as a utility writes it. */
export interface ExportReading {
  t: number;
  imp: number;
  exp: number;
}

/** A utility-style export: the truth and the daily blocks with their artefacts. */
export interface UtilityExport {
  zone: string;
  intervalSeconds: number;
  /** First instant of the true series (local midnight of the first day). */
  start: number;
  imports: number[];
  exports: number[];
  /** One block per local day, as written (overlaps and holes included). */
  blocks: ExportReading[][];
  /** Instants read twice with different import values (spring), and hours left out (autumn). */
  conflicts: number[];
  missing: number[];
}

/** How much the earlier block's estimate of the repeated interval is off. */
export const SPRING_ESTIMATE_DELTA = 17;

/**
 * A utility export of `days` local days from `startDate` in `zone`, with the DST artefacts above.
 */
export function utilityExport(opts: {
  startDate: string;
  days: number;
  intervalsPerDay: number;
  zone?: string;
  seed?: number;
  /** The spring repeat has the same import value both times (default: it differs). */
  springEqual?: boolean;
}): UtilityExport {
  const zone = opts.zone ?? 'America/Los_Angeles';
  const S = 86400 / opts.intervalsPerDay;
  const truth = householdSeries({ days: opts.days, intervalsPerDay: opts.intervalsPerDay, seed: opts.seed ?? 7, solarKwp: 4, startDate: opts.startDate });
  const day0 = isoDateToDayNumber(opts.startDate) as number;
  const midnight = (d: number): number => localToInstants(zone, d * 86400)[0] as number;
  const start = midnight(day0);
  // The true series runs on the UTC grid from the first to the last local midnight; a DST year
  // nets to whole days, and householdSeries' days are only its length here.
  const n = (midnight(day0 + opts.days) - start) / S;
  const value = (arr: number[], i: number): number => arr[i % arr.length] as number;
  const imports = Array.from({ length: n }, (_, i) => value(truth.imports, i));
  const exports = Array.from({ length: n }, (_, i) => value(truth.exports, i));
  const blocks: ExportReading[][] = [];
  const conflicts: number[] = [];
  const missing: number[] = [];
  for (let d = day0; d < day0 + opts.days; d++) {
    const a = midnight(d);
    const b = midnight(d + 1);
    const block: ExportReading[] = [];
    // Always a nominal day's worth of intervals from local midnight.
    for (let k = 0; k < opts.intervalsPerDay; k++) {
      const t = a + k * S;
      const i = (t - start) / S;
      if (i >= n) break;
      const late = t >= b;
      const differs = late && opts.springEqual !== true;
      const imp = differs ? Math.min(65535, (imports[i] as number) + SPRING_ESTIMATE_DELTA) : (imports[i] as number);
      if (differs) conflicts.push(t);
      block.push({ t, imp, exp: exports[i] as number });
    }
    for (let t = a + opts.intervalsPerDay * S; t < b; t += S) missing.push(t);
    blocks.push(block);
  }
  return { zone, intervalSeconds: S, start, imports, exports, blocks, conflicts, missing };
}

/** Green Button (ESPI Atom) text of an export: daily blocks of import, then of export. */
export function toGreenButton(x: UtilityExport, opts: { blockOrder?: number[] } = {}): string {
  const order = opts.blockOrder ?? x.blocks.map((_, i) => i);
  // Standard time is the smaller of the winter and summer offsets.
  const year = new Date(x.start * 1000).getUTCFullYear();
  const std = Math.min(zoneOffsetAt(x.zone, Date.UTC(year, 0, 15) / 1000), zoneOffsetAt(x.zone, Date.UTC(year, 6, 15) / 1000));
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:espi="http://naesb.org/espi">',
    `<entry><content><espi:LocalTimeParameters><espi:dstOffset>3600</espi:dstOffset><espi:tzOffset>${std}</espi:tzOffset></espi:LocalTimeParameters></content></entry>`,
  ];
  for (const [flow, key] of [
    [1, 'imp'],
    [19, 'exp'],
  ] as const) {
    parts.push(
      `<entry><content><espi:ReadingType><espi:flowDirection>${flow}</espi:flowDirection><espi:intervalLength>${x.intervalSeconds}</espi:intervalLength><espi:powerOfTenMultiplier>0</espi:powerOfTenMultiplier><espi:uom>72</espi:uom></espi:ReadingType></content></entry>`,
    );
    for (const bi of order) {
      const block = x.blocks[bi] as ExportReading[];
      const first = block[0];
      if (first === undefined) continue;
      parts.push(
        `<entry><content><espi:IntervalBlock><espi:interval><espi:duration>${block.length * x.intervalSeconds}</espi:duration><espi:start>${first.t}</espi:start></espi:interval>`,
      );
      for (const r of block) {
        parts.push(
          `<espi:IntervalReading><espi:timePeriod><espi:duration>${x.intervalSeconds}</espi:duration><espi:start>${r.t}</espi:start></espi:timePeriod><espi:value>${r[key]}</espi:value></espi:IntervalReading>`,
        );
      }
      parts.push('</espi:IntervalBlock></content></entry>');
    }
  }
  parts.push('</feed>');
  return `${parts.join('\n')}\n`;
}

/** CSV text of an export (interval-start UTC timestamps), the blocks' rows in order. */
export function toCsv(x: UtilityExport): string {
  const rows = ['timestamp,import_wh,export_wh'];
  for (const block of x.blocks) for (const r of block) rows.push(`${new Date(r.t * 1000).toISOString().replace('.000Z', 'Z')},${r.imp},${r.exp}`);
  return `${rows.join('\n')}\n`;
}

/**
 * NEM12 text of an export: one NMI, E1 (import) and B1 (export) in kWh, a 300 record per local
 * day in the export's own zone (as NEM time is a fixed offset, use a fixed-offset export here:
 * `Australia/Brisbane`, +10:00 all year). Needs 5-, 15- or 30-minute intervals.
 */
export function toNem12(x: UtilityExport, nmi = 'NCDE001111'): string {
  const perDay = 86400 / x.intervalSeconds;
  const rows = ['100,NEM12,202601010000,MDP,RETAILER'];
  const kwh = (wh: number): string => `${Math.floor(wh / 1000)}.${String(wh % 1000).padStart(3, '0')}`;
  for (const [suffix, series] of [
    ['E1', x.imports],
    ['B1', x.exports],
  ] as const) {
    rows.push(`200,${nmi},E1B1,1,${suffix},N1,METER1,KWH,${x.intervalSeconds / 60},`);
    for (let d = 0; d * perDay < series.length; d++) {
      const date = new Date((x.start + zoneOffsetAt(x.zone, x.start) + d * 86400) * 1000).toISOString().slice(0, 10).replaceAll('-', '');
      rows.push(
        `300,${date},${series
          .slice(d * perDay, (d + 1) * perDay)
          .map(kwh)
          .join(',')},A,,,20260101000000,`,
      );
    }
  }
  rows.push('900');
  return `${rows.join('\n')}\n`;
}
