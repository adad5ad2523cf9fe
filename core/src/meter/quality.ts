/**
 * Interval quality: where each interval's value comes from. It travels with the readings from
 * import to the period file, and the meter's signed statement commits to how many intervals
 * of a period are not actual reads (spec §3), which the proof makes public (spec §7).
 * @packageDocumentation
 */

/**
 * Where an interval's value comes from (the VEE vocabulary utilities use): read by the meter,
 * estimated by the data provider, substituted (edited, or chosen among conflicting readings), or
 * filled by wattproof's importer where the file had no reading.
 */
export type IntervalQuality = 'actual' | 'estimated' | 'substituted' | 'filled';
/** Every {@link IntervalQuality}, from best to worst. */
export const INTERVAL_QUALITIES = ['actual', 'estimated', 'substituted', 'filled'] as const satisfies readonly IntervalQuality[];

/** How many intervals are not actual reads (the count the statement commits to). */
export function nonActualCount(quality: readonly IntervalQuality[] | undefined): number {
  let n = 0;
  for (const q of quality ?? []) if (q !== 'actual') n++;
  return n;
}
