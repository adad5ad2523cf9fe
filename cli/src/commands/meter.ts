/**
 * `wattproof meter keygen | sign | import`.
 * @packageDocumentation
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
import { flag, need, parseTz, str, uint, type Command } from '../command.js';
import { readText, toJson, writeText } from '../files.js';
import { kwh, localDate, localTime, table, zoneName } from '../../../core/src/format.js';
import { UsageError } from '../output.js';

const keygen: Command = {
  path: ['meter', 'keygen'],
  summary: 'generate a meter signing key (EdDSA-Poseidon on BabyJubJub)',
  help: `usage: wattproof meter keygen --meter-id N [--out FILE] [--json]

Generates a fresh random meter key and writes the key file (JSON: meter id, private key, public
key, key hash). The metering authority registers the public key; the private key signs every
period the meter reports, so keep the file secret (it is written with mode 0600).

Options:
  --meter-id N   the meter's id (0 .. 2^64-1)
  --out FILE     write the key file here (default: print it on stdout)

Example:
  wattproof meter keygen --meter-id 4100230017 --out meter.key.json`,
  options: { 'meter-id': { type: 'string' }, out: { type: 'string' } },
  async run({ values, out }) {
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
  },
};

async function loadMeter(path: string): Promise<Meter> {
  return Meter.fromKeyFile(await readText(path), path);
}

const sign: Command = {
  path: ['meter', 'sign'],
  summary: "sign a period's readings with the meter key",
  help: `usage: wattproof meter sign --key KEYFILE --period FILE [--out FILE] [--json]

Signs one billing period (a wattproof.meter-period.v1 JSON file: meterId, periodStart,
intervalSeconds, imports, exports in Wh) and writes the signed period the consumer proves
bills from. The period's meter id must be the key file's.

Options:
  --key FILE      meter key file (from "wattproof meter keygen")
  --period FILE   unsigned period JSON (e.g. from "wattproof meter import")
  --out FILE      write the signed period here (default: <period>.signed.json)`,
  options: { key: { type: 'string' }, period: { type: 'string' }, out: { type: 'string' } },
  async run({ values, out }) {
    const meter = await loadMeter(need(values, 'key', 'meter sign'));
    const periodFile = need(values, 'period', 'meter sign');
    const period = parseMeterPeriodJson(await readText(periodFile), periodFile);
    const signed = await meter.sign(period);
    const dest = str(values, 'out') ?? periodFile.replace(/(\.period)?\.json$/, '') + '.signed.json';
    await writeText(dest, serializeSignedPeriod(signed));
    out.line(`signed period of meter ${signed.meterId} (${signed.imports.length} intervals from ${localDate(signed.periodStart)}) -> ${dest}`);
    out.line(`  statement ${signed.statement}`);
    out.result({ file: dest, meterId: signed.meterId, periodStart: signed.periodStart, intervalCount: signed.imports.length, statement: signed.statement });
  },
};

function byOption(v: string | undefined): 'month' | 'day' | { days: number } {
  if (v === undefined || v === 'month') return 'month';
  if (v === 'day') return 'day';
  const m = /^(\d+)d$/.exec(v);
  if (m === null || Number(m[1]) < 1) throw new ValidationError('--by', `'${v}' must be month, day or a number of days like 7d`);
  return { days: Number(m[1]) };
}

const importCmd: Command = {
  path: ['meter', 'import'],
  summary: 'import interval data (CSV or Green Button XML) and cut it into billing periods',
  help: `usage: wattproof meter import (--csv FILE | --green-button FILE) --meter-id N [--tz OFFSET]
                              [--by month|day|Nd] [--partial] [--round] [--key KEYFILE]
                              [--out-dir DIR] [--json]

Reads interval data, checks it (one interval length, no gaps, no duplicates, whole Wh below
65536), cuts it into billing periods that start at local midnight and writes one period file per
period; with --key, each period is signed too.

Formats:
  CSV           header + one row per interval: timestamp (interval start; ISO 8601 with zone, or
                unix seconds), import_wh / import_kwh, optional export_wh / export_kwh
  Green Button  NAESB ESPI XML (IntervalBlock / IntervalReading; flowDirection 1 = import,
                19 = export; uom 72 = Wh)

Options:
  --meter-id N        meter id stamped on the periods (default: the key file's)
  --tz OFFSET         the tariff's time zone (+01:00, -05:00, 3600); default: the Green Button
                      file's LocalTimeParameters, or the --tariff file's
  --tariff FILE       take the time zone from this tariff and check its slots per day
  --by month|day|Nd   calendar months (default), single days, or runs of N days
  --partial           also write incomplete periods (a month the data covers only in part)
  --round             round values that are not whole Wh instead of rejecting them
  --interval SECONDS  interval length, when it cannot be inferred
  --key FILE          sign each period with this meter key
  --out-dir DIR       where to write the period files (default: .)

Example:
  wattproof meter import --csv usage.csv --key meter.key.json --tz +01:00 --out-dir periods/`,
  options: {
    csv: { type: 'string' },
    'green-button': { type: 'string' },
    'meter-id': { type: 'string' },
    tz: { type: 'string' },
    tariff: { type: 'string' },
    by: { type: 'string' },
    partial: { type: 'boolean' },
    round: { type: 'boolean' },
    interval: { type: 'string' },
    key: { type: 'string' },
    'out-dir': { type: 'string' },
  },
  async run({ values, out }) {
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
  },
};

/** Reads a period file that may be signed or not. */
export async function readAnyPeriod(path: string): Promise<{ period: MeterPeriod; signed: boolean }> {
  const text = await readText(path);
  const doc = parseJsonText(text, path) as Record<string, unknown> | null;
  if (doc !== null && typeof doc === 'object' && 'signature' in doc) return { period: parseSignedPeriodDocument(doc), signed: true };
  return { period: parseMeterPeriodJson(text, path), signed: false };
}

/** The `meter` commands. */
export const meterCommands: Command[] = [keygen, sign, importCmd];
