import { type IntervalData } from './interval-data.js';
/** Options of {@link parseIntervalCsv}. */
export interface CsvImportOptions {
    /** Name of the file, for error messages. Default `data.csv`. */
    file?: string;
    /** Interval length; inferred from the timestamps when absent. */
    intervalSeconds?: number;
    /** Offset (seconds east of UTC) for ISO timestamps written without a zone; without it they are rejected. */
    naiveTimeOffsetSeconds?: number;
    /** Round values that are not whole Wh to the nearest Wh (half up) instead of rejecting them. */
    round?: boolean;
}
/** Parses an interval timestamp; returns unix seconds or a reason. */
export declare function parseTimestamp(s: string, naiveOffset: number | undefined): number | string;
/**
 * Parses CSV interval data into one contiguous {@link IntervalData} series.
 * @throws ImportError naming the file and line: bad header, bad timestamp, negative, non-integer
 *   or too large value, duplicate, gap or misaligned timestamp.
 */
export declare function parseIntervalCsv(text: string, options?: CsvImportOptions): IntervalData;
