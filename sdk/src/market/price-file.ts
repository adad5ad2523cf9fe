/**
 * A market operator's price file: one or more delivery days of interval prices, in the unit
 * operators quote (currency per MWh, at most two decimals, signed), converted exactly to the
 * feed's cents per MWh (docs/market-spec.md §1).
 *
 * CSV: a header `date,interval,price` then one row per interval (`2026-03-04,0,85.32`), intervals
 * 0..I-1 of each date, every one present once. JSON: `{"days": [{"date": "2026-03-04", "prices":
 * [85.32, …]}]}` (or one `{"date", "prices"}` object); prices as numbers or strings.
 * @packageDocumentation
 */
import { ImportError, ValidationError } from '../../../core/src/errors.js';
import { checkDayPrices } from '../../../core/src/market/feed.js';
import { parseJsonText } from '../../../core/src/schema-util.js';
import { isoDateToDayNumber } from '../../../core/src/tariff/calendar.js';

/** One delivery day of a price file. */
export interface PriceDay {
  /** Day number (days since 1970-01-01) of the delivery date. */
  day: number;
  date: string;
  /** Cents per MWh, one per interval. */
  prices: number[];
}

/**
 * `"85.32"` / `-5` / `"-0.5"` (currency per MWh) -> cents per MWh, exactly.
 * @throws ValidationError naming `field`
 */
export function priceToCents(v: unknown, field: string): number {
  const text = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : typeof v === 'string' ? v.trim() : '';
  const m = /^([+-]?)(\d{1,8})(?:\.(\d{1,2}))?$/.exec(text);
  if (m === null) throw new ValidationError(field, `'${String(v)}' is not a price in currency per MWh with at most two decimals (e.g. 85.32 or -12.5)`);
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  // '-0.00' is zero, not JavaScript's -0 (which would print and compare oddly)
  return m[1] === '-' && cents !== 0 ? -cents : cents;
}

function dayOf(date: unknown, field: string): number {
  const day = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? isoDateToDayNumber(date) : undefined;
  if (day === undefined) throw new ValidationError(field, `'${String(date)}' is not a date YYYY-MM-DD`);
  return day;
}

/**
 * Parses a price file (CSV or JSON, by its first character) for a zone of `intervalsPerDay`.
 * Days come out in date order and must be consecutive.
 * @throws ImportError for an unreadable file; ValidationError naming the row or field
 */
export function parsePriceFile(text: string, intervalsPerDay: number, file = 'prices'): PriceDay[] {
  const trimmed = text.trimStart();
  const byDay = new Map<number, { date: string; prices: (number | undefined)[] }>();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const doc = parseJsonText(text, file) as Record<string, unknown> | unknown[] | null;
    const days = Array.isArray(doc) ? doc : doc !== null && typeof doc === 'object' ? ((doc as Record<string, unknown>).days ?? [doc]) : undefined;
    if (!Array.isArray(days)) throw new ValidationError(`${file}: days`, 'must be an array of {"date", "prices"}');
    days.forEach((d, i) => {
      const o = d as Record<string, unknown>;
      const day = dayOf(o?.date, `${file}: days[${i}].date`);
      if (!Array.isArray(o.prices)) throw new ValidationError(`${file}: days[${i}].prices`, 'must be an array of prices');
      if (byDay.has(day)) throw new ValidationError(`${file}: days[${i}].date`, `${String(o.date)} appears twice`);
      byDay.set(day, { date: String(o.date), prices: o.prices.map((p, s) => priceToCents(p, `${file}: days[${i}].prices[${s}]`)) });
    });
  } else {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    const header = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
    if (header.join(',') !== 'date,interval,price') throw new ImportError(file, 1, `the header must be 'date,interval,price' (got '${lines[0] ?? ''}')`);
    lines.slice(1).forEach((line, k) => {
      const at = `${file}: line ${k + 2}`;
      const cells = line.split(',').map((c) => c.trim());
      if (cells.length !== 3) throw new ValidationError(at, `must have 3 cells (date,interval,price), got ${cells.length}`);
      const day = dayOf(cells[0], at);
      if (!/^\d+$/.test(cells[1]!) || Number(cells[1]) >= intervalsPerDay)
        throw new ValidationError(at, `interval '${cells[1]}' must be 0..${intervalsPerDay - 1}`);
      const entry = byDay.get(day) ?? { date: cells[0]!, prices: new Array<number | undefined>(intervalsPerDay).fill(undefined) };
      byDay.set(day, entry);
      const s = Number(cells[1]);
      if (entry.prices[s] !== undefined) throw new ValidationError(at, `interval ${s} of ${cells[0]} appears twice`);
      entry.prices[s] = priceToCents(cells[2], at);
    });
  }
  if (byDay.size === 0) throw new ValidationError(file, 'holds no day of prices');
  const out = [...byDay.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, e]) => {
      const missing = e.prices.findIndex((p) => p === undefined);
      if (missing >= 0 || e.prices.length !== intervalsPerDay)
        throw new ValidationError(
          `${file}: ${e.date}`,
          `must have all ${intervalsPerDay} intervals of the zone${missing >= 0 ? ` (interval ${missing} is missing)` : `, got ${e.prices.length}`}`,
        );
      const prices = e.prices as number[];
      checkDayPrices(prices, intervalsPerDay, `${file}: ${e.date}`);
      return { day, date: e.date, prices };
    });
  out.forEach((d, i) => {
    if (i > 0 && d.day !== out[i - 1]!.day + 1)
      throw new ValidationError(`${file}: ${d.date}`, `days must be consecutive (${out[i - 1]!.date} is followed by ${d.date})`);
  });
  return out;
}

/** Cents per MWh -> `85.32` (currency per MWh). */
export function centsText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const a = Math.abs(cents);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
