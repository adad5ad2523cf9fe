// The market operator's price file and the parties' terms document: exact unit conversion, and
// every malformed input refused with an error that names the line or field.
import { describe, expect, it } from 'vitest';
import { marketTerms } from '../../core/src/market/terms.js';
import { centsText, parsePriceFile, priceToCents } from '../../sdk/src/market/price-file.js';
import { parseMarketTerms, serializeMarketTerms } from '../../sdk/src/market/terms-document.js';

const csv = (rows: string[]) => `date,interval,price\n${rows.join('\n')}\n`;
const day = (date: string, f: (s: number) => string) => Array.from({ length: 24 }, (_, s) => `${date},${s},${f(s)}`);

describe('price files', () => {
  it('converts currency per MWh to cents exactly, signs included', () => {
    expect([priceToCents('85.32', 'p'), priceToCents('-0.5', 'p'), priceToCents(-12, 'p'), priceToCents('4000', 'p'), priceToCents(0.1, 'p')]).toEqual([
      8532, -50, -1200, 400000, 10,
    ]);
    for (const bad of ['85.321', '1e3', '', 'abc', Number.NaN, '--1']) expect(() => priceToCents(bad, 'p')).toThrow(/at most two decimals/);
    expect([centsText(8532), centsText(-50), centsText(7)]).toEqual(['85.32', '-0.50', '0.07']);
  });

  it('reads CSV days in date order and JSON alike', () => {
    const text = csv([...day('2026-03-05', (s) => `${s}.25`), ...day('2026-03-04', (s) => `-${s}`)]);
    const days = parsePriceFile(text, 24, 'p.csv');
    expect(days.map((d) => d.date)).toEqual(['2026-03-04', '2026-03-05']);
    expect(days[0]!.prices[3]).toBe(-300);
    expect(days[1]!.prices[3]).toBe(325);
    expect(days[0]!.day).toBe(Date.UTC(2026, 2, 4) / 86_400_000);
    const json = JSON.stringify({ days: [{ date: '2026-03-04', prices: Array.from({ length: 24 }, (_, s) => -s) }] });
    expect(parsePriceFile(json, 24, 'p.json')[0]!.prices).toEqual(days[0]!.prices);
  });

  it('refuses a missing interval, a duplicate, a gap between days, a wrong header, an out-of-range price', () => {
    expect(() => parsePriceFile(csv(day('2026-03-04', () => '1').slice(1)), 24, 'p.csv')).toThrow(/interval 0 is missing/);
    expect(() => parsePriceFile(csv([...day('2026-03-04', () => '1'), '2026-03-04,3,2']), 24, 'p.csv')).toThrow(
      /line 26.*interval 3 of 2026-03-04 appears twice/,
    );
    expect(() => parsePriceFile(csv([...day('2026-03-04', () => '1'), ...day('2026-03-06', () => '1')]), 24, 'p.csv')).toThrow(/consecutive/);
    expect(() => parsePriceFile('day,slot,eur\n', 24, 'p.csv')).toThrow(/header must be 'date,interval,price'/);
    expect(() => parsePriceFile(csv(['2026-03-04,24,1']), 24, 'p.csv')).toThrow(/interval '24' must be 0..23/);
    expect(() => parsePriceFile(csv(day('2026-03-04', (s) => (s === 5 ? '30000000' : '1'))), 24, 'p.csv')).toThrow(/2026-03-04\[5\]/);
    expect(() => parsePriceFile(csv(day('2026-02-30', () => '1')), 24, 'p.csv')).toThrow(/not a date/);
    expect(() => parsePriceFile('{"days": {}}', 24, 'p.json')).toThrow(/days/);
  });
});

describe('terms documents', () => {
  it('round-trips every kind and refuses a field out of its width', () => {
    for (const k of [
      { kind: 'cfd', strike: 7000 },
      { kind: 'fixed', price: 5000 },
      { kind: 'indexed', multiplier: 950, premium: 300 },
      { kind: 'spot', taxBps: 1900 },
    ] as const) {
      const doc = { kind: k.kind, terms: marketTerms(24, k) };
      expect(parseMarketTerms(serializeMarketTerms(doc), 't.json')).toEqual(doc);
    }
    const text = serializeMarketTerms({ kind: 'cfd', terms: marketTerms(24, { kind: 'cfd', strike: 7000 }) });
    const edit = (f: (o: Record<string, unknown>) => void) => {
      const o = JSON.parse(text) as Record<string, unknown>;
      f(o);
      return JSON.stringify(o);
    };
    expect(() =>
      parseMarketTerms(
        edit((o) => (o.taxBps = 10001)),
        't.json',
      ),
    ).toThrow(/t\.json\.taxBps/);
    expect(() =>
      parseMarketTerms(
        edit((o) => (o.kind = 'swap')),
        't.json',
      ),
    ).toThrow(/kind/);
    expect(() =>
      parseMarketTerms(
        edit((o) => (o.bands = [0])),
        't.json',
      ),
    ).toThrow(/bands/);
    expect(() =>
      parseMarketTerms(
        edit((o) => (o.format = 'x')),
        't.json',
      ),
    ).toThrow(/market terms document/);
    expect(() =>
      parseMarketTerms(
        edit((o) => (o.salt = '-1')),
        't.json',
      ),
    ).toThrow(/salt/);
  });
});
