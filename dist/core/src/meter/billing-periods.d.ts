import type { IntervalData } from './interval-data.js';
import { type MeterPeriod } from './period.js';
/** Options of {@link splitBillingPeriods}. */
export interface SplitOptions {
    /** Meter id to stamp on every period. */
    meterId: bigint | number | string;
    /** The tariff's time-zone offset: periods start at local midnight in it. */
    tzOffsetSeconds: number;
    /** Calendar months (default), single days, or runs of `days` days from the first local midnight. */
    by?: 'month' | 'day' | {
        days: number;
    };
    /**
     * Also return incomplete periods (a month the data covers only part of, a last run shorter than
     * `days`), still cut to whole days. Default false.
     */
    includePartial?: boolean;
}
/**
 * Cuts a contiguous series into billing periods at local midnights. Data before the first and
 * after the last local midnight is never part of a period.
 * @throws ValidationError if the interval grid is not aligned with local midnight.
 */
export declare function splitBillingPeriods(data: IntervalData, options: SplitOptions): MeterPeriod[];
