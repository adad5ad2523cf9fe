/** A contiguous series of interval readings, as read from a file. */
export interface IntervalData {
    /** Unix seconds at which the first interval starts. */
    start: number;
    /** Interval length in seconds. */
    intervalSeconds: number;
    /** Import (delivered) Wh per interval. */
    imports: number[];
    /** Export (received) Wh per interval; zeros when the file has none. */
    exports: number[];
    /** True if the file had an export series. */
    hasExports: boolean;
}
/** One reading with where it came from. */
export interface SourcedReading {
    /** Interval start, unix seconds. */
    t: number;
    /** Wh. */
    wh: number;
    /** 1-based file line. */
    line: number;
}
/** ISO-8601 UTC rendering used in messages. */
export declare function isoTime(t: number): string;
/**
 * Sorts readings by time and checks they form one contiguous series with step `intervalSeconds`
 * (inferred as the smallest step when not given).
 * @throws ImportError on duplicates, gaps, misaligned times, or an interval that does not divide a day.
 */
export declare function contiguousSeries(readings: readonly SourcedReading[], file: string, what: string, intervalSeconds?: number): {
    start: number;
    intervalSeconds: number;
    values: number[];
};
/** Largest decimal exponent an energy value may be written with (`1e30`, `5e-30`). */
export declare const MAX_DECIMAL_EXPONENT = 30;
/** Most significant digits an energy value may have (leading and trailing zeros aside). */
export declare const MAX_DECIMAL_DIGITS = 30;
/**
 * Converts an energy value written as decimal text in `unit` to whole Wh.
 * The exponent and the number of digits are bounded before any arithmetic (hostile input never
 * hangs the importer).
 * @param display - How the value is named in messages (default: the text and the unit).
 * @returns Wh, or a reason string.
 */
export declare function energyToWh(text: string, unit: 'Wh' | 'kWh', round: boolean, display?: string): number | string;
