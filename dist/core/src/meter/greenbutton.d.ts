import { type IntervalData } from './interval-data.js';
/** Options of {@link parseGreenButtonXml}. */
export interface GreenButtonImportOptions {
    /** Name of the file, for error messages. Default `greenbutton.xml`. */
    file?: string;
    /** Keep only readings of this duration (for files that mix, e.g., hourly and daily data). */
    intervalSeconds?: number;
    /** Round values that are not whole Wh to the nearest Wh instead of rejecting them. */
    round?: boolean;
}
/** What {@link parseGreenButtonXml} returns: the series plus the file's local time parameters, if any. */
export interface GreenButtonData extends IntervalData {
    /** `LocalTimeParameters/tzOffset` (seconds east of UTC, standard time), when the file has it. */
    tzOffsetSeconds?: number;
}
/** Largest `powerOfTenMultiplier` either way (ESPI: pico = -12 .. tera = 12). */
export declare const MAX_POWER_OF_TEN = 12;
/** ESPI unit of measure code for watt-hours. */
export declare const UOM_WH = 72;
/** ESPI flowDirection codes. */
export declare const FLOW_FORWARD = 1;
export declare const FLOW_REVERSE = 19;
/**
 * Parses a Green Button ESPI XML document into one contiguous import (and export) series.
 * @throws ImportError naming the file and line: malformed XML, a unit other than Wh, an unknown
 *   flow direction, a block whose ReadingType cannot be found, negative or fractional values,
 *   duplicates, gaps, or import and export series that cover different times.
 */
export declare function parseGreenButtonXml(text: string, options?: GreenButtonImportOptions): GreenButtonData;
