import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeBill } from '../../core/src/bill/index.js';
import { ImportError } from '../../core/src/errors.js';
import { parseGreenButtonXml, parseIntervalCsv, splitBillingPeriods } from '../../core/src/meter/index.js';
import { thrown, touTariff } from './helpers.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const T0 = 1736121600; // 2025-01-06T00:00:00Z, a Monday
const IMPORTS = Array.from({ length: 24 }, (_, h) => (h < 7 ? 250 : h < 23 ? 500 : 300));
const EXPORTS = Array.from({ length: 24 }, (_, h) => (h >= 10 && h < 15 ? 400 : 0));
/** The summary of a file with `readings` readings (CSV rows, or Green Button readings of both flows) and nothing to repair. */
const clean = (readings: number) => ({
  readings,
  intervals: readings > 3 ? 24 : 3,
  exactDuplicates: 0,
  conflicts: 0,
  gapsFilled: 0,
  estimated: 0,
  substituted: 0,
});

describe('CSV import', () => {
  it('reads Wh columns with ISO timestamps, skipping comments and blank lines', () => {
    const data = parseIntervalCsv(fixture('usage-wh.csv'), { file: 'usage-wh.csv' });
    expect(data).toEqual({
      start: T0,
      intervalSeconds: 3600,
      imports: IMPORTS,
      exports: EXPORTS,
      hasExports: true,
      quality: new Array(24).fill('actual'),
      summary: clean(24),
    });
  });

  it('reads kWh columns exactly, unix timestamps, semicolons, CRLF and extra columns', () => {
    const data = parseIntervalCsv(fixture('usage-kwh.csv'));
    expect(data).toEqual({
      start: T0,
      intervalSeconds: 3600,
      imports: IMPORTS,
      exports: EXPORTS,
      hasExports: true,
      quality: new Array(24).fill('actual'),
      summary: clean(24),
    });
  });

  it('reads offset timestamps in any order and defaults exports to zero', () => {
    const data = parseIntervalCsv(fixture('usage-offset-reversed.csv'));
    expect(data).toEqual({
      start: T0,
      intervalSeconds: 3600,
      imports: IMPORTS,
      exports: new Array(24).fill(0),
      hasExports: false,
      quality: new Array(24).fill('actual'),
      summary: clean(24),
    });
  });

  it('feeds the bill engine: the hand-worked day from bill.test.ts', () => {
    const [period] = splitBillingPeriods(parseIntervalCsv(fixture('usage-wh.csv')), { meterId: 42n, tzOffsetSeconds: 0, by: 'day' });
    const bill = computeBill(touTariff(), period!);
    expect([bill.charge, bill.credit]).toEqual([4201n, 80n]);
  });

  it('accepts naive timestamps only with an explicit offset, and rounds only when asked', () => {
    const text = 'timestamp,import_kwh\n2025-01-06 00:00,0.2504\n2025-01-06 01:00,0.2505\n';
    expect(parseIntervalCsv(text, { naiveTimeOffsetSeconds: 3600, round: true })).toMatchObject({ start: T0 - 3600, imports: [250, 251] });
    expect(thrown(() => parseIntervalCsv(text, { round: true })).message).toBe(
      "data.csv:2: '2025-01-06 00:00' has no time zone; add Z or an offset like +01:00",
    );
  });

  const bad: [string, string][] = [
    [
      'bad-gap.csv',
      'bad-gap.csv:5: gap in interval readings: 2 intervals missing in 1 gap: 2 from 2025-01-06T03:00:00Z to 2025-01-06T04:00:00Z (between lines 4 and 5); estimate them with --fill-gaps linear|previous-week, or --repair (option fillGaps)',
    ],
    [
      'bad-conflict.csv',
      'bad-conflict.csv:5: 1 conflicting duplicate interval reading (one interval, different values): 2025-01-06T02:00:00Z: 250 Wh on line 4, 260 Wh on line 5; keep one with --on-conflict first|last|max, or --repair (option onConflict)',
    ],
    ['bad-negative.csv', 'bad-negative.csv:4: import: negative value -5 Wh (readings are energy per interval, >= 0)'],
    ['bad-fraction.csv', 'bad-fraction.csv:6: import: 12.5 Wh is not a whole number of Wh (readings are integer Wh; import with rounding to accept)'],
    [
      'bad-kwh-precision.csv',
      'bad-kwh-precision.csv:3: import: 0.2505 kWh is not a whole number of Wh (readings are integer Wh; import with rounding to accept)',
    ],
    ['bad-too-large.csv', 'bad-too-large.csv:5: import: 65536 Wh is above the 65535 Wh per interval limit'],
    ['bad-misaligned.csv', 'bad-misaligned.csv:5: 2025-01-06T03:15:00Z is not on the 3600-second grid that starts at 2025-01-06T00:00:00Z (line 2)'],
    ['bad-no-header.csv', "bad-no-header.csv:1: missing header line; the first line must name the columns, e.g. 'timestamp,import_wh,export_wh'"],
    ['bad-no-unit.csv', "bad-no-unit.csv:1: column 'import' has no unit; name it import_wh or import_kwh"],
    ['bad-timestamp.csv', "bad-timestamp.csv:3: '2025-01-06 01:00' has no time zone; add Z or an offset like +01:00"],
    ['bad-short-row.csv', 'bad-short-row.csv:4: expected at least 3 columns, found 2'],
  ];
  for (const [file, message] of bad) {
    it(`rejects ${file}`, () => {
      const e = thrown(() => parseIntervalCsv(fixture(file), { file }));
      expect(e).toBeInstanceOf(ImportError);
      expect(e.message).toBe(message);
      expect((e as ImportError).line).toBe(Number(/:(\d+):/.exec(message)![1]));
    });
  }

  it('drops a row repeated with the same value and counts it', () => {
    const data = parseIntervalCsv(fixture('duplicate-exact.csv'));
    expect(data.imports).toEqual(new Array(6).fill(250));
    expect(data.summary).toEqual({ readings: 7, intervals: 6, exactDuplicates: 1, conflicts: 0, gapsFilled: 0, estimated: 0, substituted: 0 });
  });

  it('rejects empty files, header-only files, and ambiguous single rows', () => {
    expect(thrown(() => parseIntervalCsv('\n# nothing\n')).message).toBe('data.csv: the file is empty (no header, no data)');
    expect(thrown(() => parseIntervalCsv('timestamp,import_wh\n')).message).toBe('data.csv: no data rows after the header');
    expect(thrown(() => parseIntervalCsv('timestamp,import_wh\n1736121600,5\n')).message).toBe(
      'data.csv:2: cannot infer the interval length from a single interval reading; give intervalSeconds',
    );
    expect(parseIntervalCsv('timestamp,import_wh\n1736121600,5\n', { intervalSeconds: 900 })).toMatchObject({ intervalSeconds: 900, imports: [5] });
    expect(thrown(() => parseIntervalCsv('timestamp,import_wh\n1736121600000,5\n1736121603600,5\n')).message).toBe(
      'data.csv:2: unix time 1736121600000 looks like milliseconds; write seconds',
    );
    expect(thrown(() => parseIntervalCsv('when,import_wh\n')).message).toMatch(/^data\.csv:1: no timestamp column in header/);
  });
});

describe('Green Button (ESPI XML) import', () => {
  it('follows Atom links from blocks to ReadingTypes, scales, merges blocks, splits by flow direction', () => {
    const data = parseGreenButtonXml(fixture('greenbutton-linked.xml'));
    expect(data).toEqual({
      start: T0,
      intervalSeconds: 3600,
      imports: IMPORTS,
      exports: EXPORTS,
      hasExports: true,
      tzOffsetSeconds: -18000,
      quality: new Array(24).fill('actual'),
      summary: clean(48),
      usagePoint: '1',
      streams: { '1': ['7 (flow 1, uom 72)', '8 (flow 19, uom 72)'] },
    });
  });

  it('reads a bare, namespace-prefixed resource with one ReadingType in kWh', () => {
    const data = parseGreenButtonXml(fixture('greenbutton-bare-kwh.xml'));
    expect(data).toEqual({
      start: T0,
      intervalSeconds: 86400,
      imports: [10000, 11000, 12000],
      exports: [0, 0, 0],
      hasExports: false,
      quality: ['actual', 'actual', 'actual'],
      summary: clean(3),
      streams: { '-': ['line 3 (flow 1, uom 72)'] },
    });
  });

  it('several UsagePoints and ReadingTypes: the first electricity import/export pair by default, others by option', () => {
    // The linked fixture's UsagePoint 1, plus a UsagePoint 2 (gas: uom 169) listed first and a
    // UsagePoint 3 with its own electricity readings (twice the first's), all in one feed.
    const linked = fixture('greenbutton-linked.xml');
    const moved = (up: string, rt: (n: string) => string, scale: (v: string) => string) =>
      linked
        .replace(/UsagePoint\/1/g, `UsagePoint/${up}`)
        .replace(/ReadingType\/(\d+)/g, (_, n: string) => `ReadingType/${rt(n)}`)
        .replace(/<value>(\d+)<\/value>/g, (_, v: string) => `<value>${scale(v)}</value>`);
    const inner = (text: string) => text.slice(text.indexOf('<entry'), text.lastIndexOf('</feed>'));
    const gas = inner(
      moved(
        '2',
        (n) => `2${n}`,
        (v) => v,
      ),
    ).replace(/<uom>72<\/uom>/g, '<uom>169</uom>');
    const third = inner(
      moved(
        '3',
        (n) => `3${n}`,
        (v) => String(2 * Number(v)),
      ),
    );
    const feed = linked.replace(/<entry/, `${gas}${third}<entry`);
    const d = parseGreenButtonXml(feed, { file: 'multi.xml' });
    expect(d.usagePoint).toBe('3'); // the first with an electricity import, in document order
    expect(d.imports).toEqual(IMPORTS.map((v) => 2 * v));
    expect(Object.keys(d.streams)).toEqual(['1', '2', '3']);
    const one = parseGreenButtonXml(feed, { usagePoint: '1' });
    expect([one.imports, one.exports]).toEqual([IMPORTS, EXPORTS]);
    expect(parseGreenButtonXml(feed, { usagePoint: '3', importReadingType: '37', exportReadingType: '38' }).exports).toEqual(EXPORTS.map((v) => 2 * v));
    expect(thrown(() => parseGreenButtonXml(feed, { file: 'multi.xml', usagePoint: '1', exportReadingType: '7' })).message).toMatch(
      /^multi\.xml:\d+: ReadingType 7 has flowDirection 1, not 19 \(export\)$/,
    );
    expect(thrown(() => parseGreenButtonXml(feed, { file: 'multi.xml', usagePoint: '9' })).message).toMatch(
      /^multi\.xml: no UsagePoint 9 in the file; it has UsagePoint 1: 7 \(flow 1, uom 72\), 8 \(flow 19, uom 72\); UsagePoint 2: 27 \(flow 1, uom 169\), 28 \(flow 19, uom 169\); UsagePoint 3: 37 \(flow 1, uom 72\)/,
    );
    expect(thrown(() => parseGreenButtonXml(feed, { usagePoint: '2' })).message).toMatch(/ReadingType uom 169 is not energy in Wh/);
  });

  it('filters by interval length when asked', () => {
    expect(parseGreenButtonXml(fixture('greenbutton-linked.xml'), { intervalSeconds: 3600 }).imports).toEqual(IMPORTS);
    expect(thrown(() => parseGreenButtonXml(fixture('greenbutton-linked.xml'), { intervalSeconds: 900 })).message).toBe(
      'greenbutton.xml: no delivered (flowDirection 1) readings with 900-second intervals found',
    );
  });

  const bad: [string, string][] = [
    ['bad-gb-mismatched.xml', 'bad-gb-mismatched.xml:26: closing tag </timeperiod> does not match <timePeriod> opened on line 23'],
    ['bad-gb-unclosed.xml', 'bad-gb-unclosed.xml:4: <content> is never closed'],
    ['bad-gb-not-xml.xml', "bad-gb-not-xml.xml:1: not an XML document (it does not start with '<')"],
    ['bad-gb-uom.xml', 'bad-gb-uom.xml:5: ReadingType uom 38 is not energy in Wh; only uom 72 (Wh) interval data can be billed'],
    ['bad-gb-flow.xml', 'bad-gb-flow.xml:5: ReadingType flowDirection 4 is not supported (1 = delivered/import, 19 = received/export)'],
    ['bad-gb-no-readingtype.xml', 'bad-gb-no-readingtype.xml:2: no <ReadingType> found, so the unit and flow direction of the readings are unknown'],
    [
      'bad-gb-gap.xml',
      'bad-gb-gap.xml:42: gap in import readings: 2 intervals missing in 1 gap: 2 from 2025-01-06T03:00:00Z to 2025-01-06T04:00:00Z (between lines 29 and 42); estimate them with --fill-gaps linear|previous-week, or --repair (option fillGaps)',
    ],
    [
      'bad-gb-fraction.xml',
      'bad-gb-fraction.xml:27: import: 250500 x 10^-3 Wh is not a whole number of Wh (readings are integer Wh; import with rounding to accept)',
    ],
    ['bad-gb-negative.xml', 'bad-gb-negative.xml:27: import: negative value -3 Wh (readings are energy per interval, >= 0)'],
  ];
  for (const [file, message] of bad) {
    it(`rejects ${file}`, () => {
      const e = thrown(() => parseGreenButtonXml(fixture(file), { file }));
      expect(e).toBeInstanceOf(ImportError);
      expect(e.message).toBe(message);
    });
  }

  it('drops readings repeated with the same value (overlapping blocks) and counts them', () => {
    const data = parseGreenButtonXml(fixture('greenbutton-duplicate-exact.xml'));
    expect(data.imports).toEqual([250, 250, 250, 250, 250]);
    expect(data.summary).toMatchObject({ readings: 6, intervals: 5, exactDuplicates: 1, conflicts: 0 });
  });

  it('rounds sub-Wh values only when asked', () => {
    expect(parseGreenButtonXml(fixture('bad-gb-fraction.xml'), { round: true }).imports).toEqual([250, 251, 250]);
  });

  it('rejects import and export series covering different times', () => {
    const text = fixture('greenbutton-linked.xml').replace(
      /(<IntervalReading>\s*<timePeriod>\s*<duration>3600<\/duration>\s*<start>1736121600<\/start>\s*<\/timePeriod>\s*<value>0<\/value>\s*<\/IntervalReading>)(?=[\s\S]*ReadingType\/8)/,
      '',
    );
    const e = thrown(() => parseGreenButtonXml(text, { file: 'x.xml' }));
    expect(e.message).toMatch(
      /^x\.xml:\d+: export readings cover 23 intervals from 2025-01-06T01:00:00\.000Z, but import readings cover 24 from 2025-01-06T00:00:00\.000Z$/,
    );
  });
});
