// NEM12 (AEMO's interval metering data file): records 100/200/300/400/500/900, quality flags
// A/E/S/F/N/V, several NMIs and registers chosen by option, units and interval lengths. The
// sample test/fixtures/meter/nem12-sample.csv is written from the format specification.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../core/src/errors.js';
import { parseNem12, NEM_TIME_OFFSET_SECONDS } from '../../core/src/meter/nem12.js';
import { thrown } from './helpers.js';

const sample = readFileSync(new URL('../fixtures/meter/nem12-sample.csv', import.meta.url), 'utf8');
// 2025-01-06 00:00 in NEM time (UTC+10)
const D0 = Date.UTC(2025, 0, 6) / 1000 - NEM_TIME_OFFSET_SECONDS;
const imp = (d: number, k: number): number => 150 + ((k * 37 + d * 11) % 200) + (k >= 34 && k < 42 ? 400 : 0);

describe('NEM12 import', () => {
  it('reads the first NMI: E1 as import, B1 as export, positional intervals from NEM-time midnight', () => {
    const d = parseNem12(sample, { file: 'nem12-sample.csv' });
    expect(d).toMatchObject({ nmi: 'NCDE001111', importSuffix: 'E1', exportSuffix: 'B1', start: D0, intervalSeconds: 1800, hasExports: true });
    expect(d.streams).toEqual({ NCDE001111: ['E1', 'B1'], QB12345678: ['E1'] });
    expect(d.imports).toEqual([0, 1, 2].flatMap((day) => Array.from({ length: 48 }, (_, k) => imp(day, k))));
    expect(d.exports.slice(0, 20)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 93, 185, 272]);
  });

  it('quality: A actual, E estimated (a 400 range of a V day), S and F substituted; the worse of import and export', () => {
    const d = parseNem12(sample);
    const q = d.quality ?? [];
    expect(q.slice(0, 48).every((x) => x === 'actual')).toBe(true);
    // Day 2: import V with 21..24 E52; export F14 all day -> substituted wins over estimated.
    expect(q.slice(48, 96).every((x) => x === 'substituted')).toBe(true);
    // Day 3: import S53.
    expect(q.slice(96).every((x) => x === 'substituted')).toBe(true);
    const importOnly = parseNem12(sample, { exportSuffix: 'E1', importSuffix: 'E1' });
    expect(
      importOnly.quality
        ?.slice(48, 96)
        .map((x, i) => (x === 'estimated' ? i + 1 : 0))
        .filter((x) => x > 0),
    ).toEqual([21, 22, 23, 24]);
    expect(d.summary).toMatchObject({ readings: 288, intervals: 144, estimated: 0, substituted: 96 });
  });

  it('chooses another NMI and register by option, in Wh and 15-minute intervals', () => {
    const d = parseNem12(sample, { nmi: 'QB12345678' });
    expect(d).toMatchObject({ nmi: 'QB12345678', importSuffix: 'E1', intervalSeconds: 900, hasExports: false });
    expect(d.imports).toEqual(Array.from({ length: 96 }, (_, k) => 40 + k));
    expect(thrown(() => parseNem12(sample, { nmi: 'XX00000000' })).message).toBe(
      'nem12.csv: no NMI XX00000000 in the file; it has NCDE001111 (E1, B1); QB12345678 (E1)',
    );
    expect(thrown(() => parseNem12(sample, { importSuffix: 'E2' })).message).toBe('nem12.csv: NMI NCDE001111 has no import stream E2; it has E1, B1');
  });

  it('N (null data) days are gaps: refused by default, filled by a rule', () => {
    const n = sample.replace(/^(300,20250107,(?:[^,]*,){48})V,,,/m, '$1N,,,').replace(/^400,.*\n/gm, '');
    const e = thrown(() => parseNem12(n, { nmi: 'NCDE001111' }));
    expect(e).toBeInstanceOf(ImportError);
    expect(e.message).toMatch(
      /gap in NCDE001111 E1 readings: 48 intervals missing in 1 gap: 48 from 2025-01-06T14:00:00Z \(local 2025-01-07 00:00 UTC\+10:00\)/,
    );
    const filled = parseNem12(n, { fillGaps: 'linear' });
    expect(filled.quality?.slice(48, 96).every((x) => x === 'filled')).toBe(true);
    expect(filled.summary?.gapsFilled).toBe(48);
  });

  it('refuses malformed files naming the line', () => {
    const cases: [string, string][] = [
      ['200,NCDE001111,E1,1,E1,N1,M,KWH,30,\n', "nem12.csv:1: not a NEM12 file: the first record must be '100,NEM12,...'"],
      ['100,NEM12,1,A,B\n300,20250106,1\n', 'nem12.csv:2: a 300 record before any 200 record'],
      ['100,NEM12,1,A,B\n200,NCDE001111,E1,1,E1,N1,M,KVARH,30,\n', "nem12.csv:2: UOM 'KVARH' is not energy (Wh, kWh or MWh)"],
      [
        '100,NEM12,1,A,B\n200,NCDE001111,E1,1,E1,N1,M,KWH,30,\n300,20250106,1,2,A\n',
        'nem12.csv:3: a 300 record of 30-minute data needs 48 interval values, found 2',
      ],
      [
        `100,NEM12,1,A,B\n200,NCDE001111,E1,1,E1,N1,M,KWH,30,\n300,20250106,${'1,'.repeat(48)}X1,,,,\n`,
        "nem12.csv:3: QualityMethod 'X1' does not start with A, E, S, F, N or V",
      ],
      [
        `100,NEM12,1,A,B\n200,NCDE001111,E1,1,E1,N1,M,KWH,30,\n300,20250106,${'1,'.repeat(48)}V,,,,\n400,1,40,A,,\n`,
        'nem12.csv:4: the 300 record on line 3 has quality V, but no 400 record covers interval 41',
      ],
      [
        `100,NEM12,1,A,B\n200,NCDE001111,E1,1,E1,N1,M,KWH,30,\n300,20250106,${'1,'.repeat(48)}A,,,,\n400,1,48,A,,\n`,
        'nem12.csv:4: a 400 record must follow a 300 record whose quality is V (or another 400)',
      ],
      [
        `100,NEM12,1,A,B\n200,NCDE001111,E1,1,E1,N1,M,KWH,30,\n300,20250106,${'-1,'.repeat(48)}A,,,,\n`,
        'nem12.csv:3: interval 1: negative value -1 kWh (readings are energy per interval, >= 0)',
      ],
      [`100,NEM12,1,A,B\n900\n200,NCDE001111,E1,1,E1,N1,M,KWH,30,\n`, 'nem12.csv:3: data after the 900 end record'],
    ];
    for (const [text, message] of cases) expect(thrown(() => parseNem12(text)).message).toBe(message);
  });
});
