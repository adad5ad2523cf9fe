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
export declare function table(columns: readonly (Column | string)[], rows: readonly (readonly unknown[])[], indent?: string): string;
/** `12345678n, 6, 'WTD'` -> `12.345678 WTD` (trailing zeros kept to 2 decimals). */
export declare function money(units: bigint, decimals: number, symbol?: string): string;
/** Wh -> `123.456 kWh`. */
export declare function kwh(wh: bigint | number): string;
/** A price per kWh in smallest units -> `0.22 WTD/kWh`. */
export declare function pricePerKwh(units: bigint, decimals: number, symbol: string): string;
/** Unix seconds -> `2026-06-01 00:00` in a fixed-offset zone (default UTC). */
export declare function localTime(t: bigint | number, tzOffsetSeconds?: number): string;
/** Unix seconds -> `2026-06-01` local date. */
export declare function localDate(t: bigint | number, tzOffsetSeconds?: number): string;
/** Milliseconds -> `1.23 s` / `850 ms`. */
export declare function duration(ms: number): string;
/** `UTC+01:00` for an offset in seconds. */
export declare function zoneName(tz: number): string;
/** Shortens a long decimal or hex value for tables: `1234…7890`. */
export declare function short(v: bigint | string, keep?: number): string;
/** Gas with thousands separators. */
export declare function gas(g: bigint | number): string;
