/** A band for a range of local time of day; `to` may be `24:00`, and `to < from` wraps midnight. */
export interface BandRange {
    from: string;
    to: string;
    band: number;
}
/** A problem found while expanding ranges: the path below the schedule field and the reason. */
export interface BandRangeProblem {
    path: (string | number)[];
    message: string;
}
/**
 * Expands time ranges into one band per slot. Every slot must be covered exactly once and every
 * boundary must fall on a slot boundary. Returns the slots or the first problem.
 */
export declare function expandBandRanges(ranges: readonly BandRange[], slotsPerDay: number): {
    slots: number[];
} | {
    problem: BandRangeProblem;
};
/** Compresses a per-slot schedule into the fewest time ranges (for readable documents). */
export declare function bandsToRanges(slots: readonly number[]): BandRange[];
