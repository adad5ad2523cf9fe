/**
 * `wattproof meter keygen | sign | import`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { join } from 'node:path';
import { ImportError, ValidationError } from '../../../core/src/errors.js';
import {
  CONFLICT_RULES,
  type ConflictRule,
  GAP_FILL_RULES,
  type GapFillRule,
  type ImportSummary,
  type IntervalData,
  type RepairOptions,
} from '../../../core/src/meter/interval-data.js';
import { assertTimeZone } from '../../../core/src/meter/zone.js';
import { nonActualCount } from '../../../core/src/meter/quality.js';
import { NEM_TIME_OFFSET_SECONDS } from '../../../core/src/meter/nem12.js';
import { splitBillingPeriods } from '../../../core/src/meter/billing-periods.js';
import { parseMeterPeriodJson, serializeMeterPeriod, serializeSignedPeriod } from '../../../core/src/meter/document.js';
import type { MeterPeriod } from '../../../core/src/meter/period.js';
import { parseTariffJson } from '../../../core/src/tariff/document.js';
import { Meter } from '../../../sdk/src/roles/meter.js';
import { flag, need, parseTz, str, uint, type RunContext } from '../command.js';
import { partialWriteError, readText, toJson, writeText } from '../files.js';
import { kwh, localDate, localTime, table, zoneName } from '../../../core/src/format.js';
import { UsageError } from '../output.js';

/** `keygen`: see the command's help in ./meter.ts. */
export async function keygen({ values, out }: RunContext): Promise<void> {
  const meter = Meter.generate(uint(need(values, 'meter-id', 'meter keygen'), 'meter-id'));
  const file = await meter.toKeyFile();
  const path = str(values, 'out');
  if (path !== undefined) {
    // A key file is never silently replaced: the old key may be the only copy of a registered key.
    await writeText(path, toJson(file), { mode: 0o600, exclusive: !flag(values, 'force') });
    out.line(`meter ${file.meterId}: key written to ${path}`);
    out.line(`  public key  x ${file.publicKey.x}`);
    out.line(`              y ${file.publicKey.y}`);
    out.line(`  key hash    ${file.keyHash}`);
    out.result({ meterId: file.meterId, keyFile: path, publicKey: file.publicKey, keyHash: file.keyHash });
  } else if (out.json) {
    out.result(file);
  } else {
    out.line(toJson(file).trimEnd());
  }
}

async function loadMeter(path: string): Promise<Meter> {
  return Meter.fromKeyFile(await readText(path), path);
}

/** `sign`: see the command's help in ./meter.ts. */
export async function sign({ values, out }: RunContext): Promise<void> {
  const meter = await loadMeter(need(values, 'key', 'meter sign'));
  const periodFile = need(values, 'period', 'meter sign');
  const period = parseMeterPeriodJson(await readText(periodFile), periodFile);
  const signed = await meter.sign(period);
  const dest = str(values, 'out') ?? `${periodFile.replace(/(\.period)?\.json$/, '')}.signed.json`;
  await writeText(dest, serializeSignedPeriod(signed));
  out.line(`signed period of meter ${signed.meterId} (${signed.imports.length} intervals from ${localDate(signed.periodStart)}) -> ${dest}`);
  out.line(`  statement ${signed.statement}`);
  out.result({ file: dest, meterId: signed.meterId, periodStart: signed.periodStart, intervalCount: signed.imports.length, statement: signed.statement });
}

function byOption(v: string | undefined): 'month' | 'day' | { days: number } {
  if (v === undefined || v === 'month') return 'month';
  if (v === 'day') return 'day';
  const m = /^(\d{1,6})d$/.exec(v);
  if (m === null || Number(m[1]) < 1) throw new ValidationError('--by', `'${v}' must be month, day or a number of days like 7d`);
  return { days: Number(m[1]) };
}

/** The bill circuits circuits/instances.json lists (built or not), with their size parameters. */
async function billInstances(): Promise<{ name: string; intervalsPerDay: number; maxDays: number }[]> {
  const { readInstances } = await import('../../../circuits/build/instances.js');
  const { packageRoot } = await import('../../../prover/src/artifacts/package-root.js');
  const out: { name: string; intervalsPerDay: number; maxDays: number }[] = [];
  const instances = await readInstances(packageRoot()).catch((e: Error) => {
    throw new ImportError('circuits/instances.json', undefined, `cannot tell which periods a circuit can prove: ${e.message}`);
  });
  for (const inst of instances) {
    const ipd = Object.hasOwn(inst.params, 'intervalsPerDay') ? inst.params.intervalsPerDay : undefined;
    const maxDays = Object.hasOwn(inst.params, 'maxDays') ? inst.params.maxDays : undefined;
    if (ipd !== undefined && maxDays !== undefined) out.push({ name: inst.name, intervalsPerDay: ipd, maxDays });
  }
  return out;
}

/**
 * Refuses to cut (and sign) periods that no circuit in circuits/instances.json can prove: `days`
 * days of `intervalsPerDay` intervals. The message lists what fits.
 * @throws ValidationError naming --by
 */
export async function checkProvable(days: number, intervalsPerDay: number, by: string): Promise<void> {
  const instances = await billInstances();
  if (instances.length === 0) return; // no instance list (an installed package without sources): nothing to check against
  if (instances.some((c) => c.intervalsPerDay === intervalsPerDay && c.maxDays >= days)) return;
  const list = instances
    .sort((a, b) => a.intervalsPerDay - b.intervalsPerDay || a.maxDays - b.maxDays)
    .map((c) => `${c.name} (up to ${c.maxDays} day${c.maxDays === 1 ? '' : 's'} of ${c.intervalsPerDay} intervals)`)
    .join(', ');
  const same = instances.filter((c) => c.intervalsPerDay === intervalsPerDay);
  const most = Math.max(...(same.length > 0 ? same : instances).map((c) => c.maxDays));
  const fit =
    same.length === 0
      ? `no circuit bills ${intervalsPerDay} intervals a day`
      : `with ${intervalsPerDay} intervals a day, use --by day${most >= 28 ? ', --by month' : ''} or --by Nd with N <= ${most}`;
  throw new ValidationError(
    '--by',
    `${by} gives periods of ${days} day${days === 1 ? '' : 's'} of ${intervalsPerDay} intervals, which no circuit in circuits/instances.json can prove (circuits: ${list}); ${fit}`,
  );
}

/** The repair options of `meter import` (--on-conflict, --fill-gaps, --repair). */
export function repairOptions(values: RunContext['values']): RepairOptions {
  const repair = flag(values, 'repair');
  const conflict = str(values, 'on-conflict') ?? (repair ? 'last' : undefined);
  const fill = str(values, 'fill-gaps') ?? (repair ? 'linear' : undefined);
  const out: RepairOptions = {};
  if (conflict !== undefined) {
    if (!(CONFLICT_RULES as readonly string[]).includes(conflict))
      throw new ValidationError('--on-conflict', `'${conflict}' must be one of ${CONFLICT_RULES.join(', ')}`);
    out.onConflict = conflict as ConflictRule;
  }
  if (fill !== undefined) {
    if (!(GAP_FILL_RULES as readonly string[]).includes(fill))
      throw new ValidationError('--fill-gaps', `'${fill}' must be one of ${GAP_FILL_RULES.join(', ')}`);
    out.fillGaps = fill as GapFillRule;
  }
  return out;
}

/** The NEM12 stream options given on the command line (--nmi, --import-suffix, --export-suffix). */
function nem12Streams(values: RunContext['values']): { nmi?: string; importSuffix?: string; exportSuffix?: string } {
  const out: { nmi?: string; importSuffix?: string; exportSuffix?: string } = {};
  const nmi = str(values, 'nmi');
  const imp = str(values, 'import-suffix');
  const exp = str(values, 'export-suffix');
  if (nmi !== undefined) out.nmi = nmi;
  if (imp !== undefined) out.importSuffix = imp;
  if (exp !== undefined) out.exportSuffix = exp;
  return out;
}

/** One line: what the import read and repaired. */
export function summaryLine(s: ImportSummary): string {
  const parts = [`${s.readings} readings`, `${s.intervals} intervals`, `${s.exactDuplicates} exact duplicate${s.exactDuplicates === 1 ? '' : 's'} dropped`];
  parts.push(`${s.conflicts} conflict${s.conflicts === 1 ? '' : 's'} resolved`, `${s.gapsFilled} gap interval${s.gapsFilled === 1 ? '' : 's'} filled`);
  parts.push(`${s.estimated} estimated`, `${s.substituted} substituted`);
  return parts.join(', ');
}

/** `importCmd`: see the command's help in ./meter.ts. */
export async function importCmd({ values, out }: RunContext): Promise<void> {
  const csv = str(values, 'csv');
  const gb = str(values, 'green-button');
  const nem12 = str(values, 'nem12');
  if ([csv, gb, nem12].filter((x) => x !== undefined).length !== 1) {
    throw new UsageError('meter import: give exactly one of --csv FILE, --green-button FILE or --nem12 FILE', 'meter import');
  }
  const keyFile = str(values, 'key');
  const meter = keyFile === undefined ? undefined : await loadMeter(keyFile);
  const idText = str(values, 'meter-id');
  const meterId = idText !== undefined ? uint(idText, 'meter-id') : meter?.meterId;
  if (meterId === undefined) throw new UsageError('meter import: --meter-id is required (or --key, whose meter id is used)', 'meter import');
  if (meter !== undefined && meter.meterId !== meterId) throw new ValidationError('--meter-id', `is ${meterId}, but the key file is meter ${meter.meterId}`);
  const tariffFile = str(values, 'tariff');
  const tariff = tariffFile === undefined ? undefined : parseTariffJson(await readText(tariffFile), tariffFile);
  const tzText = str(values, 'tz');
  let tz = tzText === undefined ? tariff?.tzOffsetSeconds : parseTz(tzText);
  const intervalText = str(values, 'interval');
  const intervalSeconds = intervalText === undefined ? undefined : Number(uint(intervalText, 'interval'));
  const round = flag(values, 'round');
  const repair = repairOptions(values);
  const zone = str(values, 'zone');
  if (zone !== undefined) assertTimeZone(zone, '--zone');
  const at = str(values, 'timestamp-at');
  if (at !== undefined && at !== 'start' && at !== 'end') throw new ValidationError('--timestamp-at', `'${at}' must be start or end`);
  if (csv === undefined && at !== undefined) {
    throw new UsageError(
      'meter import: --timestamp-at applies to CSV files (Green Button times are UTC interval starts; NEM12 values are positional)',
      'meter import',
    );
  }
  if (nem12 === undefined && ['nmi', 'import-suffix', 'export-suffix'].some((k) => str(values, k) !== undefined)) {
    throw new UsageError('meter import: --nmi, --import-suffix and --export-suffix apply to --nem12 files', 'meter import');
  }
  const gbChoice: { usagePoint?: string; importReadingType?: string; exportReadingType?: string } = {};
  for (const [flagName, key] of [
    ['usage-point', 'usagePoint'],
    ['import-reading-type', 'importReadingType'],
    ['export-reading-type', 'exportReadingType'],
  ] as const) {
    const v = str(values, flagName);
    if (v === undefined) continue;
    if (gb === undefined) throw new UsageError(`meter import: --${flagName} applies to --green-button files`, 'meter import');
    gbChoice[key] = v;
  }

  let data: IntervalData;
  let source: string;
  if (csv !== undefined) {
    source = csv;
    data = Meter.importCsv(await readText(csv), {
      file: csv,
      round,
      ...repair,
      ...(zone === undefined ? {} : { naiveTimeZone: zone }),
      ...(at === undefined ? {} : { timestampAt: at }),
      ...(intervalSeconds === undefined ? {} : { intervalSeconds }),
      ...(tz === undefined ? {} : { naiveTimeOffsetSeconds: tz }),
    });
  } else if (nem12 !== undefined) {
    source = nem12;
    const n = Meter.importNem12(await readText(nem12), {
      file: nem12,
      round,
      ...repair,
      ...(zone === undefined ? {} : { displayZone: zone }),
      ...nem12Streams(values),
    });
    source = `${nem12} (NMI ${n.nmi} ${n.importSuffix}${n.exportSuffix === undefined ? '' : `/${n.exportSuffix}`})`;
    tz ??= NEM_TIME_OFFSET_SECONDS;
    data = n;
  } else {
    source = gb!;
    const g = Meter.importGreenButton(await readText(gb!), {
      file: gb!,
      round,
      ...repair,
      ...((zone ?? tz) === undefined ? {} : { displayZone: (zone ?? tz) as string | number }),
      ...gbChoice,
      ...(intervalSeconds === undefined ? {} : { intervalSeconds }),
    });
    tz ??= g.tzOffsetSeconds;
    if (g.usagePoint !== undefined && Object.keys(g.streams).length > 1) source = `${gb} (UsagePoint ${g.usagePoint})`;
    data = g;
  }
  if (tz === undefined) throw new UsageError('meter import: give --tz (the tariff time zone; periods start at its local midnight) or --tariff', 'meter import');
  if (tariff !== undefined && 86400 / data.intervalSeconds !== tariff.slotsPerDay) {
    throw new ValidationError(
      '--tariff',
      `has ${tariff.slotsPerDay} slots per day, but ${source} has ${data.intervalSeconds}-second intervals (${86400 / data.intervalSeconds} per day)`,
    );
  }
  const byText = str(values, 'by');
  const by = byOption(byText);
  const intervalsPerDay = 86400 / data.intervalSeconds;
  // Before anything is signed: a period no circuit can prove is of no use to anyone.
  if (typeof by === 'object') await checkProvable(by.days, intervalsPerDay, `--by ${byText}`);
  const periods: MeterPeriod[] = splitBillingPeriods(data, {
    meterId,
    tzOffsetSeconds: tz,
    // the tariff's daylight-saving clock (spec §5a), unless --tz overrides it with a fixed offset
    ...(tzText === undefined && tariff?.zoneTransitions !== undefined ? { zoneTransitions: tariff.zoneTransitions } : {}),
    by,
    includePartial: flag(values, 'partial'),
  });
  // local days: a period across a daylight-saving change is a whole number of days ± 1 hour
  const longest = Math.max(0, ...periods.map((p) => Math.round((p.imports.length * p.intervalSeconds) / 86400)));
  if (by !== 'day' && longest > 0) await checkProvable(longest, intervalsPerDay, by === 'month' ? '--by month' : `--by ${byText}`);
  if (periods.length === 0) {
    const hint = flag(values, 'partial') ? '' : str(values, 'by') === undefined ? '; try --by day or --partial' : '; try --partial';
    throw new ValidationError(
      'data',
      `${source} covers no whole local day in ${zoneName(tz)} (${data.imports.length} intervals from ${localTime(data.start, tz)} local time)${hint}`,
    );
  }
  const dir = str(values, 'out-dir') ?? '.';
  const rows: unknown[][] = [];
  const written: Record<string, unknown>[] = [];
  const files: string[] = [];
  try {
    for (const p of periods) {
      const date = localDate(p.periodStart, tz);
      let file: string;
      if (meter !== undefined) {
        const signed = await meter.sign(p);
        file = join(dir, `${meterId}-${date}.signed.json`);
        await writeText(file, serializeSignedPeriod(signed));
      } else {
        file = join(dir, `${meterId}-${date}.period.json`);
        await writeText(file, serializeMeterPeriod(p));
      }
      const imp = p.imports.reduce((a, b) => a + b, 0);
      const exp = p.exports.reduce((a, b) => a + b, 0);
      const days = (p.imports.length * p.intervalSeconds) / 86400;
      const nonActual = nonActualCount(p.quality);
      rows.push([date, days, p.imports.length, nonActual, kwh(imp), kwh(exp), file]);
      files.push(file);
      written.push({
        file,
        periodStart: p.periodStart,
        days,
        intervals: p.imports.length,
        nonActualCount: nonActual,
        importWh: imp,
        exportWh: exp,
        signed: meter !== undefined,
      });
    }
  } catch (e) {
    // Each file is complete (atomic writes); say which ones exist, so a re-run or cleanup is informed.
    throw partialWriteError(e, files);
  }
  out.line(
    `${source}: ${data.imports.length} intervals of ${data.intervalSeconds / 60} min from ${localDate(data.start, tz)}, ${data.hasExports ? 'with' : 'without'} export; ${periods.length} period(s) in ${zoneName(tz)}${meter ? ', signed' : ''}`,
  );
  if (data.summary !== undefined) out.line(`  ${summaryLine(data.summary)}`);
  out.line(
    table(
      [
        'start',
        { header: 'days', align: 'right' },
        { header: 'intervals', align: 'right' },
        { header: 'non-actual', align: 'right' },
        { header: 'import', align: 'right' },
        { header: 'export', align: 'right' },
        'file',
      ],
      rows,
    ),
  );
  out.result({ source, meterId, tzOffsetSeconds: tz, intervalSeconds: data.intervalSeconds, summary: data.summary, periods: written });
}

export { readAnyPeriod } from '../period-files.js';
