// The audit reads a yearly bill's three year-to-date signals from its settleYearly calldata, after
// the five the Settled event logs (bill spec §9): found exactly where the ABI puts them, and not
// invented for a plain settle, a settleBatch or a malformed array.
import { describe, expect, it } from 'vitest';
import { ISettlement__factory } from '../../typechain-types/index.js';
import { proofFromCalldata, yearToDateFromCalldata } from '../../sdk/src/chain/settlement.js';

const iface = ISettlement__factory.createInterface();
const a: [bigint, bigint] = [11n, 12n];
const b: [[bigint, bigint], [bigint, bigint]] = [
  [13n, 14n],
  [15n, 16n],
];
const c: [bigint, bigint] = [17n, 18n];
const five: [bigint, bigint, bigint, bigint, bigint] = [101n, 102n, 103n, 104n, 105n];

describe('yearToDateFromCalldata', () => {
  it("reads settleYearly's extra signals and leaves the proof where proofFromCalldata finds it", () => {
    const data = iface.encodeFunctionData('settleYearly', [a, b, c, five, [7001n, 7002n, 20454n]]);
    expect(yearToDateFromCalldata(data, five)).toEqual({ old: 7001n, new: 7002n, year: 20454n });
    expect(proofFromCalldata(data, five)).toEqual({ a, b, c });
    // other signals: not there
    expect(yearToDateFromCalldata(data, [101n, 102n, 103n, 104n, 106n])).toBeUndefined();
  });

  it('finds nothing after a plain settle or a settleBatch, or in an array of another length', () => {
    expect(yearToDateFromCalldata(iface.encodeFunctionData('settle', [a, b, c, five]), five)).toBeUndefined();
    // a batch's bill carries four signals (its domain is the contract's): the five are not in its calldata
    const batch = iface.encodeFunctionData('settleBatch', [[{ a, b, c, signals: [five[0], five[1], five[2], five[3]] }]]);
    expect(proofFromCalldata(batch, five)).toBeUndefined();
    expect(yearToDateFromCalldata(batch, five)).toBeUndefined();
    expect(yearToDateFromCalldata(iface.encodeFunctionData('settleYearly', [a, b, c, five, [1n, 2n]]), five)).toBeUndefined();
    expect(yearToDateFromCalldata(iface.encodeFunctionData('settleYearly', [a, b, c, five, [1n, 2n, 3n, 4n]]), five)).toBeUndefined();
    expect(yearToDateFromCalldata('0x', five)).toBeUndefined();
  });
});
