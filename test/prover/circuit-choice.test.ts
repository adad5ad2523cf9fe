// Which circuit proves a bill (prover/src/circuit-choice.ts): the smallest that fits, and for a
// tariff with a demand charge only one with the demand component (spec v2 §6).
import { describe, expect, it } from 'vitest';
import { billCircuitsOf, smallestFitting } from '../../prover/src/circuit-choice.js';
import { BILL_SIGNAL_COUNT } from '../../prover/src/verify-bill.js';

const entry = (intervalsPerDay: number, maxDays: number, constraints: number, demand?: number) => ({
  params: { intervalsPerDay, maxDays, readingBits: 16, ...(demand === undefined ? {} : { demand }) },
  publicSignals: BILL_SIGNAL_COUNT,
  constraints,
});

describe('circuit choice', () => {
  const circuits = billCircuitsOf({
    bill_1d_30m: entry(48, 1, 13_230),
    bill_31d_30m: entry(48, 31, 24_693),
    bill_31d_30m_demand: entry(48, 31, 76_773, 1),
    bill_31d_60m: entry(24, 31, 17_192, 0),
  });

  it('reads the demand flag from the manifest params', () => {
    expect(circuits.map((c) => [c.name, c.demand])).toEqual([
      ['bill_1d_30m', false],
      ['bill_31d_30m', false],
      ['bill_31d_30m_demand', true],
      ['bill_31d_60m', false],
    ]);
  });

  it('the smallest fitting circuit; with a demand charge, the smallest with the demand component', () => {
    expect(smallestFitting(circuits, 48, 1)?.name).toBe('bill_1d_30m');
    expect(smallestFitting(circuits, 48, 30)?.name).toBe('bill_31d_30m');
    expect(smallestFitting(circuits, 48, 1, true)?.name).toBe('bill_31d_30m_demand');
    expect(smallestFitting(circuits, 24, 30, true)).toBeUndefined();
    expect(smallestFitting(circuits, 24, 30)?.name).toBe('bill_31d_60m');
  });
});
