/**
 * Human output: tables, amounts in token units, dates, durations.
 * @packageDocumentation
 */

/** A column of {@link table}: header and alignment. */
export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/** Renders rows as an aligned text table (no borders, a rule under the header). */
export function table(columns: readonly (Column | string)[], rows: readonly (readonly unknown[])[], indent = '  '): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { header: c } : c));
  const cells = rows.map((r) => cols.map((_, i) => String(r[i] ?? '')));
  const widths = cols.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (vals: string[]) =>
    indent +
    vals
      .map((v, i) => (cols[i]!.align === 'right' ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(cols.map((c) => c.header)), indent + widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** `12345678n, 6, 'WTD'` -> `12.345678 WTD` (trailing zeros kept to 2 decimals). */
export function money(units: bigint, decimals: number, symbol = ''): string {
  const neg = units < 0n;
  // Plain bigint arithmetic (not ethers' formatUnits): the CLI shows bills without loading ethers.
  const abs = neg ? -units : units;
  const scale = 10n ** BigInt(decimals);
  let s = (abs / scale).toString();
  if (decimals > 0) {
    const int = s;
    const frac = (abs % scale).toString().padStart(decimals, '0');
    const trimmed = frac.replace(/0+$/, '').padEnd(Math.min(2, decimals), '0');
    s = trimmed === '' ? int! : `${int}.${trimmed}`;
  }
  return `${neg ? '-' : ''}${s}${symbol ? ` ${symbol}` : ''}`;
}

/** Wh -> `123.456 kWh`. */
export function kwh(wh: bigint | number): string {
  return `${(Number(wh) / 1000).toFixed(3)} kWh`;
}

/** A price per kWh in smallest units -> `0.22 WTD/kWh`. */
export function pricePerKwh(units: bigint, decimals: number, symbol: string): string {
  return `${money(units, decimals, symbol)}/kWh`;
}

/** Unix seconds -> `2026-06-01 00:00` in a fixed-offset zone (default UTC). */
export function localTime(t: bigint | number, tzOffsetSeconds = 0): string {
  return new Date((Number(t) + tzOffsetSeconds) * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Unix seconds -> `2026-06-01` local date. */
export function localDate(t: bigint | number, tzOffsetSeconds = 0): string {
  return localTime(t, tzOffsetSeconds).slice(0, 10);
}

/** Milliseconds -> `1.23 s` / `850 ms`. */
export function duration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** `UTC+01:00` for an offset in seconds. */
export function zoneName(tz: number): string {
  const sign = tz < 0 ? '-' : '+';
  const a = Math.abs(tz);
  return `UTC${sign}${String(Math.floor(a / 3600)).padStart(2, '0')}:${String(Math.floor((a % 3600) / 60)).padStart(2, '0')}`;
}

/** Shortens a long decimal or hex value for tables: `1234…7890`. */
export function short(v: bigint | string, keep = 6): string {
  const s = String(v);
  return s.length <= keep * 2 + 1 ? s : `${s.slice(0, keep)}…${s.slice(-keep)}`;
}

/** Gas with thousands separators. */
export function gas(g: bigint | number): string {
  return `${Number(g).toLocaleString('en-US')} gas`;
}
