// Hostile and careless meter data (issue 17, items 10, 12, 13): every file is refused with an
// ImportError naming the file and line, quickly, never a hang, a crash or a stack overflow.
// The hang cases run in a child process with a deadline (see ./isolated.ts).
import { describe, expect, it } from 'vitest';
import { ImportError, ValidationError } from '../../core/src/errors.js';
import { MAX_TZ_OFFSET_SECONDS, energyToWh, parseGreenButtonXml, parseIntervalCsv, parseTzOffset, splitBillingPeriods } from '../../core/src/meter/index.js';
import { parseXml } from '../../core/src/meter/xml.js';
import { parseTariffJson } from '../../core/src/tariff/document.js';
import { tariffToJSON } from '../../core/src/tariff/document.js';
import { isolated } from './isolated.js';
import { thrown, touTariff } from './helpers.js';

const T0 = 1736121600; // 2025-01-06T00:00:00Z

function greenButton(opts: { multiplier?: string; tzOffset?: string; value?: string; value2?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:espi="http://naesb.org/espi">
<entry><content><espi:LocalTimeParameters>
  <espi:tzOffset>${opts.tzOffset ?? '3600'}</espi:tzOffset>
</espi:LocalTimeParameters></content></entry>
<entry><content><espi:ReadingType>
  <espi:flowDirection>1</espi:flowDirection>
  <espi:powerOfTenMultiplier>${opts.multiplier ?? '0'}</espi:powerOfTenMultiplier>
  <espi:uom>72</espi:uom>
</espi:ReadingType></content></entry>
<entry><content><espi:IntervalBlock>
  <espi:IntervalReading><espi:timePeriod><espi:duration>3600</espi:duration><espi:start>${T0}</espi:start></espi:timePeriod><espi:value>${opts.value ?? '0'}</espi:value></espi:IntervalReading>
  <espi:IntervalReading><espi:timePeriod><espi:duration>3600</espi:duration><espi:start>${T0 + 3600}</espi:start></espi:timePeriod><espi:value>${opts.value2 ?? '7'}</espi:value></espi:IntervalReading>
</espi:IntervalBlock></content></entry>
</feed>
`;
}

describe('item 10: exponents are bounded before any arithmetic', () => {
  it("a CSV cell '0e99999999999' is an ImportError at its line, within seconds (it hung the importer)", async () => {
    const r = await isolated(
      `return core.parseIntervalCsv('timestamp,import_wh\\n2025-01-06T00:00:00Z,1\\n2025-01-06T01:00:00Z,0e99999999999\\n', { file: 'huge.csv' });`,
    );
    expect(r.timedOut, 'the importer hung').toBe(false);
    expect(r.error).toMatchObject({ name: 'ImportError', code: 'IMPORT' });
    expect(r.error?.message).toBe("huge.csv:3: import: '0e99999999999': exponent out of range (at most 30 either way)");
  });

  it("a CSV cell '1e-200000000' is refused at once (it took over a minute and 700 MB)", async () => {
    const r = await isolated(
      `return core.parseIntervalCsv('timestamp,import_kwh\\n2025-01-06T00:00:00Z,1e-200000000\\n2025-01-06T01:00:00Z,1\\n', { file: 'tiny.csv', round: true });`,
    );
    expect(r.timedOut, 'the importer hung').toBe(false);
    expect(r.error?.message).toBe("tiny.csv:2: import: '1e-200000000': exponent out of range (at most 30 either way)");
  });

  it('a Green Button powerOfTenMultiplier of 99999999999 is an ImportError at its line, within seconds', async () => {
    const text = greenButton({ multiplier: '99999999999' });
    const r = await isolated(`return core.parseGreenButtonXml(${JSON.stringify(text)}, { file: 'gb.xml' });`);
    expect(r.timedOut, 'the importer hung').toBe(false);
    expect(r.error?.message).toBe('gb.xml:8: <powerOfTenMultiplier> 99999999999 is out of range (-12..12)');
    expect(thrown(() => parseGreenButtonXml(greenButton({ multiplier: '-13' }), { file: 'gb.xml' })).message).toBe(
      'gb.xml:8: <powerOfTenMultiplier> -13 is out of range (-12..12)',
    );
    expect(thrown(() => parseGreenButtonXml(greenButton({ multiplier: '1'.repeat(400) }), { file: 'gb.xml' })).message).toMatch(
      /^gb\.xml:8: <powerOfTenMultiplier> 1{40}… is out of range$/,
    );
  });

  it('values with many digits are refused without big arithmetic; ordinary exponents still work', () => {
    expect(energyToWh(`0.${'0'.repeat(5000)}1`, 'kWh', true)).toMatch(/has more than 30 significant digits$/);
    expect(energyToWh(`1${'0'.repeat(5000)}`, 'Wh', false)).toMatch(/has more than 30 significant digits$/);
    expect(energyToWh('0e30', 'Wh', false)).toBe(0);
    expect(energyToWh('1e3', 'Wh', false)).toBe(1000);
    expect(energyToWh('2.5e-1', 'kWh', false)).toBe(250);
    expect(energyToWh('2.5E+001', 'Wh', false)).toBe(25);
    expect(energyToWh(`0.250${'0'.repeat(5000)}`, 'kWh', false)).toBe(250);
    expect(energyToWh('5e-30', 'Wh', true)).toBe(0);
    expect(energyToWh('1e31', 'Wh', false)).toMatch(/exponent out of range/);
    const gb = parseGreenButtonXml(greenButton({ multiplier: '-3', value: '2500000', value2: '7000' }), { file: 'gb.xml' });
    expect(gb.imports).toEqual([2500, 7]);
  });
});

describe('item 12: one time-zone offset syntax, range-checked on every path', () => {
  it('parses ±HH:MM, ±HHMM, ±H, UTC±H[:MM], Z and seconds with a unit', () => {
    const ok: [string, number][] = [
      ['+01:00', 3600],
      ['-05:00', -18000],
      ['+05:45', 20700],
      ['+0100', 3600],
      ['-0530', -19800],
      ['+1', 3600],
      ['-12', -43200],
      ['UTC+2', 7200],
      ['UTC-03:30', -12600],
      ['gmt+14', 50400],
      ['Z', 0],
      ['UTC', 0],
      ['0', 0],
      ['3600s', 3600],
      ['-18000s', -18000],
      ['+14:00', MAX_TZ_OFFSET_SECONDS],
      ['-14:00', -MAX_TZ_OFFSET_SECONDS],
    ];
    for (const [text, secs] of ok) expect(parseTzOffset(text), text).toBe(secs);
  });

  it('refuses ambiguous, malformed and out-of-range offsets with the reason', () => {
    expect(parseTzOffset('3600')).toBe("'3600' is ambiguous: write +3600:00 for hours or 3600s for seconds");
    expect(parseTzOffset('1')).toBe("'1' is ambiguous: write +01:00 for hours or 1s for seconds");
    expect(parseTzOffset('01:00')).toBe("'01:00' has no sign: write +01:00 (east of UTC) or -01:00 (west)");
    expect(parseTzOffset('+100')).toMatch(/is not a time-zone offset/);
    expect(parseTzOffset('+01:75')).toBe("'+01:75': minutes must be 00..59");
    expect(parseTzOffset('+15:00')).toBe("'+15:00' is 54000 s (+15:00) is outside -14:00..+14:00 (±50400 s)");
    expect(parseTzOffset('-50401s')).toMatch(/outside -14:00\.\.\+14:00/);
    expect(parseTzOffset('Mars/Olympus')).toMatch(/is not a time-zone offset; write ±HH:MM/);
  });

  it('a Green Button tzOffset outside ±14:00 is an ImportError at its line', () => {
    expect(thrown(() => parseGreenButtonXml(greenButton({ tzOffset: '99999999' }), { file: 'gb.xml' })).message).toBe(
      'gb.xml:4: <tzOffset> 99999999 s (+27777:46:39) is outside -14:00..+14:00 (±50400 s)',
    );
    expect(parseGreenButtonXml(greenButton({ tzOffset: '-18000' })).tzOffsetSeconds).toBe(-18000);
  });

  it('CSV timestamps with an offset outside ±14:00 or bad minutes, and a bad naive-time offset, are refused', () => {
    const csv = (ts: string) => `timestamp,import_wh\n${ts},1\n2025-01-06T02:00:00Z,1\n`;
    expect(thrown(() => parseIntervalCsv(csv('2025-01-06T01:00:00+15:00'), { file: 'z.csv' })).message).toBe(
      "z.csv:2: '2025-01-06T01:00:00+15:00': offset 54000 s (+15:00) is outside -14:00..+14:00 (±50400 s)",
    );
    expect(thrown(() => parseIntervalCsv(csv('2025-01-06T01:00:00+01:75'), { file: 'z.csv' })).message).toBe(
      "z.csv:2: '2025-01-06T01:00:00+01:75': offset minutes must be 00..59",
    );
    const e = thrown(() => parseIntervalCsv(csv('2025-01-06 01:00'), { naiveTimeOffsetSeconds: 100000 }));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toMatch(/^naiveTimeOffsetSeconds: 100000 s .* is outside -14:00\.\.\+14:00/);
  });

  it('billing periods and tariff files refuse an offset outside ±14:00', () => {
    const data = { start: T0, intervalSeconds: 3600, imports: new Array(48).fill(1), exports: new Array(48).fill(0), hasExports: false };
    expect(thrown(() => splitBillingPeriods(data, { meterId: 1n, tzOffsetSeconds: 50460, by: 'day' })).message).toMatch(/^tzOffsetSeconds: 50460 s/);
    expect(splitBillingPeriods(data, { meterId: 1n, tzOffsetSeconds: 0, by: 'day' })).toHaveLength(2);
    const doc = JSON.parse(JSON.stringify(tariffToJSON(touTariff()), (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Record<
      string,
      unknown
    >;
    doc.tzOffsetSeconds = 50401;
    expect(thrown(() => parseTariffJson(JSON.stringify(doc), 'tariff.json')).message).toMatch(/tzOffsetSeconds/);
  });
});

describe('item 13: hostile XML is an ImportError, never a crash', () => {
  it('a character reference beyond U+10FFFF, to NUL or to a surrogate names the line', () => {
    for (const ref of ['&#x110000;', '&#1114112;', '&#0;', '&#xD800;', `&#x${'f'.repeat(400)};`]) {
      const e = thrown(() => parseXml(`<a>\n<b>${ref}</b></a>`, 'c.xml'));
      expect(e, ref).toBeInstanceOf(ImportError);
      expect(e.message, ref).toMatch(/^c\.xml:2: character reference &#.* is not a character XML allows$/);
    }
    expect(parseXml('<a>&#x10FFFF;&#x41;&#65;</a>', 'c.xml').text).toBe('\u{10FFFF}AA');
  });

  it('an entity named like an Object property is unknown, and attributes named __proto__ are plain attributes', () => {
    expect(thrown(() => parseXml('<a>&constructor;</a>', 'c.xml')).message).toBe('c.xml:1: unknown entity &constructor;');
    const el = parseXml('<a __proto__="x" constructor="y"/>', 'c.xml');
    expect(el.attrs['__proto__']).toBe('x');
    expect(el.attrs['constructor']).toBe('y');
    expect(el.attrs['toString']).toBeUndefined();
  });

  it('XML nested 100,000 deep is an ImportError (it overflowed the stack), within seconds', async () => {
    const r = await isolated(`
      const deep = '<a>'.repeat(100000) + '</a>'.repeat(100000);
      return core.parseGreenButtonXml(deep, { file: 'deep.xml' });`);
    expect(r.timedOut, 'the importer hung').toBe(false);
    expect(r.error).toMatchObject({ name: 'ImportError', message: 'deep.xml:1: elements nested more than 256 deep' });
    // Below the bound, walking a deep tree does not recurse either.
    const ok = parseXml(`${'<a>'.repeat(255)}<b/>${'</a>'.repeat(255)}`, 'ok.xml');
    expect(ok.name).toBe('a');
  });
});
