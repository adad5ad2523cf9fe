/**
 * `wattproof meter keygen | sign | import`.
 * @packageDocumentation
  * (Implementation, loaded only when the command runs.)
 */
import { join } from 'node:path';
import { ValidationError } from '../../../core/src/errors.js';
import type { IntervalData } from '../../../core/src/meter/interval-data.js';
import { splitBillingPeriods } from '../../../core/src/meter/billing-periods.js';
import { parseMeterPeriodJson, parseSignedPeriodDocument, serializeMeterPeriod, serializeSignedPeriod } from '../../../core/src/meter/document.js';
import type { MeterPeriod } from '../../../core/src/meter/period.js';
import { parseTariffJson } from '../../../core/src/tariff/document.js';
import { Meter } from '../../../sdk/src/roles/meter.js';
import { parseJsonText } from '../../../core/src/schema-util.js';
import { flag, need, parseTz, str, uint, type RunContext } from '../command.js';
import { readText, toJson, writeText } from '../files.js';
import { kwh, localDate, localTime, table, zoneName } from '../../../core/src/format.js';
import { UsageError } from '../output.js';

/** `keygen`: see the command's help in ./meter.ts. */
export async function keygen({ values, out }: RunContext): Promise<void> {
  const meter = Meter.generate(uint(need(values, 'meter-id', 'meter keygen'), 'meter-id'));
  const file = await meter.toKeyFile();
  const path = str(values, 'out');
  if (path !== undefined) {
    await writeText(path, toJson(file), 0o600);
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
  const dest = str(values, 'out') ?? periodFile.replace(/(\.period)?\.json$/, '') + '.signed.json';
  await writeText(dest, serializeSignedPeriod(signed));
  out.line(`signed period of meter ${signed.meterId} (${signed.imports.length} intervals from ${localDate(signed.periodStart)}) -> ${dest}`);
  out.line(`  statement ${signed.statement}`);
  out.result({ file: dest, meterId: signed.meterId, periodStart: signed.periodStart, intervalCount: signed.imports.length, statement: signed.statement });
}

function byOption(v: string | undefined): 'month' | 'day' | { days: number } {
  if (v === undefined || v === 'month') return 'month';
  if (v === 'day') return 'day';
  const m = /^(\d+)d$/.exec(v);
  if (m === null || Number(m[1]) < 1) throw new ValidationError('--by', `'${v}' must be month, day or a number of days like 7d`);
  return { days: Number(m[1]) };
}

/** `importCmd`: see the command's help in ./meter.ts. */
export async function importCmd({ values, out }: RunContext): Promise<void> {
  const csv = str(values, 'csv');
  const gb = str(values, 'green-button');
  if ((csv === undefined) === (gb === undefined)) throw new UsageError('meter import: give exactly one of --csv FILE or --green-button FILE', 'meter import');
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

  let data: IntervalData;
  let source: string;
  if (csv !== undefined) {
    source = csv;
    data = Meter.importCsv(await readText(csv), {
      file: csv,
      round,
      ...(intervalSeconds === undefined ? {} : { intervalSeconds }),
      ...(tz === undefined ? {} : { naiveTimeOffsetSeconds: tz }),
    });
  } else {
    source = gb!;
    const g = Meter.importGreenButton(await readText(gb!), { file: gb!, round, ...(intervalSeconds === undefined ? {} : { intervalSeconds }) });
    tz ??= g.tzOffsetSeconds;
    data = g;
  }
  if (tz === undefined) throw new UsageError('meter import: give --tz (the tariff time zone; periods start at its local midnight) or --tariff', 'meter import');
  if (tariff !== undefined && 86400 / data.intervalSeconds !== tariff.slotsPerDay) {
    throw new ValidationError('--tariff', `has ${tariff.slotsPerDay} slots per day, but ${source} has ${data.intervalSeconds}-second intervals (${86400 / data.intervalSeconds} per day)`);
  }
  const periods: MeterPeriod[] = splitBillingPeriods(data, {
    meterId,
    tzOffsetSeconds: tz,
    by: byOption(str(values, 'by')),
    includePartial: flag(values, 'partial'),
  });
  if (periods.length === 0) {
    const hint = flag(values, 'partial') ? '' : str(values, 'by') === undefined ? '; try --by day or --partial' : '; try --partial';
    throw new ValidationError('data', `${source} covers no whole local day in ${zoneName(tz)} (${data.imports.length} intervals from ${localTime(data.start, tz)} local time)${hint}`);
  }
  const dir = str(values, 'out-dir') ?? '.';
  const rows: unknown[][] = [];
  const written: Record<string, unknown>[] = [];
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
    rows.push([date, days, p.imports.length, kwh(imp), kwh(exp), file]);
    written.push({ file, periodStart: p.periodStart, days, intervals: p.imports.length, importWh: imp, exportWh: exp, signed: meter !== undefined });
  }
  out.line(`${source}: ${data.imports.length} intervals of ${data.intervalSeconds / 60} min from ${localDate(data.start, tz)}, ${data.hasExports ? 'with' : 'without'} export; ${periods.length} period(s) in ${zoneName(tz)}${meter ? ', signed' : ''}`);
  out.line(table(['start', { header: 'days', align: 'right' }, { header: 'intervals', align: 'right' }, { header: 'import', align: 'right' }, { header: 'export', align: 'right' }, 'file'], rows));
  out.result({ source, meterId, tzOffsetSeconds: tz, intervalSeconds: data.intervalSeconds, periods: written });
}

export { readAnyPeriod } from '../period-files.js';

