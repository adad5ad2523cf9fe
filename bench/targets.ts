/**
 * The goals of issue 6 and the distance of a measurement from each.
 * @packageDocumentation
 */

/** One goal: `value` must stay below (`<`) or at most (`<=`) `limit`. */
export interface TargetResult {
  id: string;
  what: string;
  comparison: '<' | '<=';
  limit: number;
  unit: string;
  /** `null` when not measured in this run. */
  value: number | null;
  met: boolean | null;
  /** `limit - value`: headroom when positive, overshoot when negative. */
  distance: number | null;
  /** `distance / limit`. */
  distanceFraction: number | null;
}

/** The targets, as the issue states them. */
export const TARGETS = [
  { id: 'constraints31d60m', what: '31-day hourly circuit: constraints in all', comparison: '<', limit: 40_000, unit: 'constraints' },
  { id: 'perInterval31d60m', what: '31-day hourly circuit: constraints per interval', comparison: '<=', limit: 54, unit: 'constraints' },
  { id: 'baselineRatio', what: "31-day hourly circuit: constraints / naive baseline's", comparison: '<=', limit: 0.35, unit: '' },
  { id: 'prove31d60m', what: 'prove the 31-day hourly bill in Node (witness + proof)', comparison: '<', limit: 2500, unit: 'ms' },
  { id: 'prove31d15m', what: 'prove the 31-day 15-minute bill in Node (witness + proof)', comparison: '<', limit: 6000, unit: 'ms' },
  { id: 'constraints31d60mUnder2p15', what: '31-day hourly circuit: constraints in all (issue 11)', comparison: '<', limit: 32_768, unit: 'constraints' },
  {
    id: 'prove31d30m',
    what: 'prove the 31-day half-hourly bill in Node (witness + proof; issue 11, no limit stated: the 15-minute one)',
    comparison: '<',
    limit: 6000,
    unit: 'ms',
  },
  { id: 'settleGas', what: '`settle` gas, verification included', comparison: '<=', limit: 300_000, unit: 'gas' },
  { id: 'cliHelp', what: 'compiled `wattproof --help`, whole process (issue 10)', comparison: '<', limit: 300, unit: 'ms' },
  { id: 'settleGas270', what: '`settle` gas, a plain bill (issue 15)', comparison: '<=', limit: 270_000, unit: 'gas' },
  { id: 'settleArrearsGas', what: '`settle` gas, a bill that creates arrears (issue 15)', comparison: '<=', limit: 300_000, unit: 'gas' },
  { id: 'batchGas32', what: '`settleBatch` of 32 bills: gas per bill (issue 15)', comparison: '<=', limit: 90_000, unit: 'gas' },
  {
    id: 'discloseProving31d',
    what: '31-day hourly bill: proving CPU time added by the disclosure (issue 14)',
    comparison: '<=',
    limit: 25,
    unit: '%',
  },
  { id: 'settleDisclosedGas', what: '`settleDisclosed` gas, a later bill of the meter (issue 14)', comparison: '<=', limit: 340_000, unit: 'gas' },
  { id: 'batchGas128', what: '`settleBatch` of 128 bills: gas per bill (issue 15)', comparison: '<=', limit: 75_000, unit: 'gas' },
] as const satisfies readonly Omit<TargetResult, 'value' | 'met' | 'distance' | 'distanceFraction'>[];

export type TargetId = (typeof TARGETS)[number]['id'];

/** Compare each target with its measured value (absent = not measured). */
export function evaluateTargets(values: Partial<Record<TargetId, number | null>>): TargetResult[] {
  return TARGETS.map((t) => {
    const value = values[t.id] ?? null;
    if (value === null) return { ...t, value, met: null, distance: null, distanceFraction: null };
    const distance = t.limit - value;
    const met = t.comparison === '<' ? value < t.limit : value <= t.limit;
    return { ...t, value, met, distance, distanceFraction: distance / t.limit };
  });
}
