// Real exports (issue 12): exact duplicates dropped and counted, conflicting duplicates and gaps
// refused with every instant and the option that repairs it, repair rules, naive local times
// across DST, the Green Button DST artefact fixtures, and property tests over any interleaving
// of duplicate blocks.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, ValidationError } from '../../core/src/errors.js';
import { parseGreenButtonXml, parseIntervalCsv, splitBillingPeriods } from '../../core/src/meter/index.js';
import { dstFixtures } from '../fixtures/meter/fixtures.js';
import { SPRING_ESTIMATE_DELTA, toCsv, toGreenButton, utilityExport } from '../support/meter-exports.js';
import { thrown } from './helpers.js';

const T0 = 1736121600; // 2025-01-06T00:00:00Z
const iso = (t: number): string => new Date(t * 1000).toISOString().replace('.000Z', 'Z');
const csv = (rows: [number, number, number?][], extra = ''): string =>
  `timestamp,import_wh,export_wh${extra === '' ? '' : ',quality'}\n${rows.map(([h, imp, exp], i) => `${iso(T0 + h * 3600)},${imp},${exp ?? 0}${extra === '' ? '' : `,${extra[i] ?? ''}`}`).join('\n')}\n`;
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/meter/${name}`, import.meta.url), 'utf8');

describe('conflicting duplicates', () => {
  const rows: [number, number][] = [
    [0, 10],
    [1, 20],
    [1, 25],
    [2, 30],
    [1, 22],
  ];
  it('are refused by default, every one listed with its lines, values and the option', () => {
    const e = thrown(() => parseIntervalCsv(csv(rows), { file: 'u.csv', displayZone: 'Europe/Berlin' }));
    expect(e).toBeInstanceOf(ImportError);
    expect(e.message).toBe(
      'u.csv:6: 1 conflicting duplicate interval reading (one interval, different values): 2025-01-06T01:00:00Z (local 2025-01-06 02:00 UTC+01:00): 20 Wh on line 3, 25 Wh on line 4, 22 Wh on line 6; keep one with --on-conflict first|last|max, or --repair (option onConflict)',
    );
    expect(thrown(() => parseIntervalCsv(csv(rows), { onConflict: 'error' })).message).toMatch(/conflicting duplicate/);
  });
  it('first, last and max pick by file order or value and mark the interval substituted', () => {
    for (const [rule, wh] of [
      ['first', 20],
      ['last', 22],
      ['max', 25],
    ] as const) {
      const d = parseIntervalCsv(csv(rows), { onConflict: rule });
      expect(d.imports).toEqual([10, wh, 30]);
      expect(d.quality).toEqual(['actual', 'substituted', 'actual']);
      expect(d.summary).toMatchObject({ readings: 5, intervals: 3, exactDuplicates: 0, conflicts: 1, substituted: 1 });
    }
  });
  it('an unknown rule is a ValidationError', () => {
    expect(thrown(() => parseIntervalCsv(csv(rows), { onConflict: 'mean' as never }))).toBeInstanceOf(ValidationError);
  });
});

describe('gaps', () => {
  const rows: [number, number][] = [
    [0, 10],
    [1, 20],
    [5, 61],
    [6, 70],
  ];
  it('are refused by default, with the instants missing (UTC and local) and the option', () => {
    const e = thrown(() => parseIntervalCsv(csv(rows), { file: 'g.csv', displayZone: 3600 }));
    expect(e.message).toBe(
      'g.csv:4: gap in interval readings: 3 intervals missing in 1 gap: 3 from 2025-01-06T02:00:00Z (local 2025-01-06 03:00 UTC+01:00) to 2025-01-06T04:00:00Z (local 2025-01-06 05:00 UTC+01:00) (between lines 3 and 4); estimate them with --fill-gaps linear|previous-week, or --repair (option fillGaps)',
    );
    expect((e as ImportError).line).toBe(4);
  });
  it('linear fills the straight line between the neighbours, rounded half up, marked filled', () => {
    const d = parseIntervalCsv(csv(rows), { fillGaps: 'linear' });
    // 20 -> 61 over 4 steps: 30.25, 40.5, 50.75
    expect(d.imports).toEqual([10, 20, 30, 41, 51, 61, 70]);
    expect(d.quality).toEqual(['actual', 'actual', 'filled', 'filled', 'filled', 'actual', 'actual']);
    expect(d.summary).toMatchObject({ intervals: 7, gapsFilled: 3 });
  });
  it('previous-week copies the same slot a week earlier, and says so when that is missing too', () => {
    const week = Array.from({ length: 24 * 8 }, (_, h): [number, number] => [h, h % 24]).filter(([h]) => h !== 24 * 7 + 5);
    const d = parseIntervalCsv(csv(week), { fillGaps: 'previous-week' });
    expect(d.imports[24 * 7 + 5]).toBe(5);
    expect(d.quality?.filter((q) => q === 'filled')).toHaveLength(1);
    expect(thrown(() => parseIntervalCsv(csv(rows), { fillGaps: 'previous-week' })).message).toMatch(
      /cannot fill 2025-01-06T02:00:00Z with previous-week: the same interval a week earlier is missing too; use --fill-gaps linear$/,
    );
  });
  it('conflicts and gaps are reported together, so one run shows everything to fix', () => {
    const e = thrown(() =>
      parseIntervalCsv(
        csv([
          [0, 1],
          [0, 2],
          [1, 2],
          [4, 3],
        ] as [number, number][]),
      ),
    );
    expect(e.message).toMatch(/1 conflicting duplicate .*--on-conflict.*\. gap in interval readings: 2 intervals missing .*--fill-gaps/);
  });
});

describe('qualities from the file', () => {
  it('a quality column carries A/E/S/F; exact duplicates keep the better quality', () => {
    const d = parseIntervalCsv(
      csv(
        [
          [0, 1],
          [1, 2],
          [1, 2],
          [2, 3],
        ] as [number, number][],
        'AE AS'.replace(' ', ''),
      ),
      { file: 'q.csv' },
    );
    expect(d.quality).toEqual(['actual', 'actual', 'substituted']);
    expect(d.summary).toMatchObject({ exactDuplicates: 1, estimated: 0, substituted: 1 });
    expect(
      thrown(() =>
        parseIntervalCsv(
          csv(
            [
              [0, 1],
              [1, 2],
            ] as [number, number][],
            'AX',
          ),
          { file: 'q.csv' },
        ),
      ).message,
    ).toBe("q.csv:3: quality 'x' is not one of A, E, S, F (actual, estimated, substituted, filled)");
  });
  it('Green Button ReadingQuality codes map to estimated and substituted', () => {
    const xml = toGreenButton(utilityExport({ startDate: '2025-01-06', days: 1, intervalsPerDay: 24 }))
      .replace(/(<espi:value>\d+<\/espi:value>)(<\/espi:IntervalReading>)/, '$1<espi:ReadingQuality><espi:quality>9</espi:quality></espi:ReadingQuality>$2')
      .replace(/(<espi:value>\d+<\/espi:value>)(<\/espi:IntervalReading>)/, '$1<espi:ReadingQuality><espi:quality>7</espi:quality></espi:ReadingQuality>$2');
    const d = parseGreenButtonXml(xml);
    expect(d.quality?.slice(0, 3)).toEqual(['estimated', 'substituted', 'actual']);
    expect(d.summary).toMatchObject({ estimated: 1, substituted: 1 });
  });
});

describe('naive local timestamps across DST (zone rules)', () => {
  const naive = (times: string[]): string => `timestamp,import_wh\n${times.map((t, i) => `${t},${i + 1}`).join('\n')}\n`;
  it('the repeated autumn hour is summer time first, then standard time', () => {
    const d = parseIntervalCsv(naive(['2025-11-02 00:00', '2025-11-02 01:00', '2025-11-02 01:00', '2025-11-02 02:00']), {
      naiveTimeZone: 'America/Los_Angeles',
    });
    expect(d.start).toBe(Date.UTC(2025, 10, 2, 7) / 1000);
    expect(d.imports).toEqual([1, 2, 3, 4]);
    expect(d.summary).toMatchObject({ exactDuplicates: 0, conflicts: 0, gapsFilled: 0 });
  });
  it('the spring hour that does not exist is refused by name; the day has 23 intervals', () => {
    expect(
      thrown(() => parseIntervalCsv(naive(['2025-03-09 01:00', '2025-03-09 02:00']), { naiveTimeZone: 'America/Los_Angeles', file: 's.csv' })).message,
    ).toBe(
      "s.csv:3: '2025-03-09 02:00' does not exist in America/Los_Angeles (clocks jump forward over it); check the export's time column or give times with an offset",
    );
    const d = parseIntervalCsv(naive(['2025-03-09 00:00', '2025-03-09 01:00', '2025-03-09 03:00', '2025-03-09 04:00']), {
      naiveTimeZone: 'America/Los_Angeles',
    });
    expect(d.imports).toEqual([1, 2, 3, 4]);
  });
  it('interval-end timestamps (hour ending, 24:00) shift back one interval', () => {
    const d = parseIntervalCsv(naive(['2025-01-06 23:00', '2025-01-06 24:00', '2025-01-07 01:00']), { naiveTimeZone: 'Europe/Berlin', timestampAt: 'end' });
    expect(d.start).toBe(Date.UTC(2025, 0, 6, 21) / 1000);
    expect(d.imports).toEqual([1, 2, 3]);
  });
  it('an unknown zone is a ValidationError', () => {
    expect(thrown(() => parseIntervalCsv(naive(['2025-01-06 00:00']), { naiveTimeZone: 'Mars/Olympus' })).message).toMatch(
      /^naiveTimeZone: 'Mars\/Olympus' is not a time zone/,
    );
  });
});

describe('Green Button DST artefacts (test/fixtures/meter)', () => {
  it('the committed fixtures are what test/fixtures/meter/make.ts writes', () => {
    for (const [name, text] of Object.entries(dstFixtures())) expect(fixture(name), name).toBe(text);
  });
  it('spring, equal repeat: imports without options, the repeat counted', () => {
    const d = parseGreenButtonXml(fixture('gb-dst-spring-equal.xml'));
    const x = utilityExport({ startDate: '2025-03-08', days: 3, intervalsPerDay: 24, springEqual: true });
    expect([d.start, d.imports, d.exports]).toEqual([x.start, x.imports, x.exports]);
    expect(d.imports).toHaveLength(71);
    expect(d.summary).toMatchObject({ readings: 144, intervals: 71, exactDuplicates: 2, conflicts: 0 });
  });
  it('spring, differing repeat: refused naming the instant (UTC and local), then --on-conflict last takes the later block', () => {
    const x = utilityExport({ startDate: '2025-03-08', days: 3, intervalsPerDay: 24 });
    const e = thrown(() => parseGreenButtonXml(fixture('gb-dst-spring-differ.xml'), { file: 'sd.xml', displayZone: 'America/Los_Angeles' }));
    expect(e.message).toMatch(
      /^sd\.xml:\d+: 1 conflicting duplicate import reading .*: 2025-03-10T07:00:00Z \(local 2025-03-10 00:00 UTC-07:00\): \d+ Wh on line \d+, \d+ Wh on line \d+; keep one with --on-conflict/,
    );
    const d = parseGreenButtonXml(fixture('gb-dst-spring-differ.xml'), { onConflict: 'last' });
    expect(d.imports).toEqual(x.imports);
    expect(parseGreenButtonXml(fixture('gb-dst-spring-differ.xml'), { onConflict: 'first' }).imports[47]).toBe(
      (x.imports[47] as number) + SPRING_ESTIMATE_DELTA,
    );
    expect(d.quality?.filter((q) => q !== 'actual')).toEqual(['substituted']);
  });
  it('autumn, missing hour: refused naming it, then filled linearly', () => {
    const x = utilityExport({ startDate: '2025-11-01', days: 3, intervalsPerDay: 24 });
    expect(x.missing).toEqual([Date.UTC(2025, 10, 3, 7) / 1000]);
    const e = thrown(() => parseGreenButtonXml(fixture('gb-dst-autumn-missing.xml'), { file: 'am.xml' }));
    // Without a zone given, local times are shown in the file's LocalTimeParameters (standard time).
    expect(e.message).toMatch(/gap in import readings: 1 interval missing in 1 gap: 1 from 2025-11-03T07:00:00Z \(local 2025-11-02 23:00 UTC-08:00\)/);
    const d = parseGreenButtonXml(fixture('gb-dst-autumn-missing.xml'), { fillGaps: 'linear' });
    expect(d.imports).toHaveLength(73);
    const i = 48;
    expect(d.imports[i]).toBe(Math.floor(((x.imports[i - 1] as number) + (x.imports[i + 1] as number) + 1) / 2));
    expect(d.quality?.[i]).toBe('filled');
  });
  it('a year with both artefacts imports with --repair and cuts into twelve monthly periods', () => {
    const x = utilityExport({ startDate: '2025-01-01', days: 365, intervalsPerDay: 24 });
    const xml = toGreenButton(x);
    const e = thrown(() => parseGreenButtonXml(xml, { file: 'year.xml' }));
    expect(e.message).toMatch(/2025-03-10T07:00:00Z.*--on-conflict.*2025-11-03T07:00:00Z.*--fill-gaps/);
    const d = parseGreenButtonXml(xml, { onConflict: 'last', fillGaps: 'linear' });
    expect(d.summary).toEqual({ readings: 17520, intervals: 8760, exactDuplicates: 1, conflicts: 1, gapsFilled: 1, estimated: 0, substituted: 1 });
    const periods = splitBillingPeriods(d, { meterId: 1n, tzOffsetSeconds: -8 * 3600 });
    expect(periods.map((p) => p.imports.length / 24)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe('property: any interleaving of duplicate blocks', () => {
  // A true series cut into overlapping blocks (each a run of intervals), written in any order,
  // possibly with one block disagreeing on one interval.
  const scenario = fc
    .record({
      values: fc.array(fc.integer({ min: 0, max: 65534 }), { minLength: 2, maxLength: 40 }),
      cuts: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
      seed: fc.nat(),
    })
    .map(({ values, cuts, seed }) => {
      const n = values.length;
      const blocks: number[][] = [Array.from({ length: n }, (_, i) => i)]; // one block covers all: no gaps
      for (const [a, b] of cuts) {
        const lo = Math.min(a % n, b % n);
        const hi = Math.max(a % n, b % n);
        blocks.push(Array.from({ length: hi - lo + 1 }, (_, i) => lo + i));
      }
      // A deterministic shuffle of the blocks (the order a utility's feed lists them in).
      const order = blocks.map((_, i) => i).sort((p, q) => ((p * 7919 + seed) % 101) - ((q * 7919 + seed) % 101) || p - q);
      return { values, blocks: order.map((i) => blocks[i] as number[]) };
    });
  const write = (values: number[], blocks: number[][], tweak?: { block: number; at: number }): string =>
    csv(
      blocks.flatMap((b, bi) =>
        b.map((i): [number, number] => [i, (values[i] as number) + (tweak !== undefined && tweak.block === bi && tweak.at === i ? 1 : 0)]),
      ),
    );

  it('exact duplicates always give the true series, the duplicates counted', () => {
    fc.assert(
      fc.property(scenario, ({ values, blocks }) => {
        const d = parseIntervalCsv(write(values, blocks), { intervalSeconds: 3600 });
        expect(d.imports).toEqual(values);
        expect(d.summary?.exactDuplicates).toBe(blocks.reduce((a, b) => a + b.length, 0) - values.length);
      }),
      { numRuns: 200 },
    );
  });
  it('a conflicting copy is a clear error naming its instant, or with max the same series in any order', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ values, blocks }, k) => {
        const bi = k % blocks.length;
        const b = blocks[bi] as number[];
        const at = b[k % b.length] as number;
        const text = write(values, blocks, { block: bi, at });
        const covered = blocks.filter((x) => x.includes(at)).length;
        if (covered === 1) {
          // The only reading of that interval: no conflict, just a different value.
          expect(parseIntervalCsv(text, { intervalSeconds: 3600 }).imports[at]).toBe((values[at] as number) + 1);
          return;
        }
        const e = thrown(() => parseIntervalCsv(text, { intervalSeconds: 3600 }));
        expect(e).toBeInstanceOf(ImportError);
        expect(e.message).toContain(`1 conflicting duplicate interval reading (one interval, different values): ${iso(T0 + at * 3600)}:`);
        const max = parseIntervalCsv(text, { intervalSeconds: 3600, onConflict: 'max' });
        expect(max.imports).toEqual(values.map((v, i) => (i === at ? v + 1 : v)));
        // max does not depend on the order of the blocks.
        const reversed = parseIntervalCsv(write(values, [...blocks].reverse(), { block: blocks.length - 1 - bi, at }), {
          intervalSeconds: 3600,
          onConflict: 'max',
        });
        expect(reversed.imports).toEqual(max.imports);
      }),
      { numRuns: 200 },
    );
  });
  it('Green Button daily blocks in any order import to the same series', () => {
    const x = utilityExport({ startDate: '2025-03-07', days: 5, intervalsPerDay: 24, springEqual: true });
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          x.blocks.map((_, i) => i),
          { minLength: x.blocks.length },
        ),
        (order) => {
          const d = parseGreenButtonXml(toGreenButton(x, { blockOrder: order }));
          expect([d.start, d.imports, d.exports]).toEqual([x.start, x.imports, x.exports]);
        },
      ),
      { numRuns: 20 },
    );
  });
  it('the CSV writer of the same export agrees with the Green Button one', () => {
    const x = utilityExport({ startDate: '2025-03-07', days: 5, intervalsPerDay: 24, springEqual: true });
    expect(parseIntervalCsv(toCsv(x)).imports).toEqual(parseGreenButtonXml(toGreenButton(x)).imports);
  });
});
