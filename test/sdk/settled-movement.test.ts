// The Settled event's one movement word (issue 15): two amounts of the net's sign are logged, the third is the
// rest of |net|. The decoder derives it, and the audit's movement check refuses a word whose two exceed |net|
// (the derived third would be negative) or that books on the wrong side of the net.
import { describe, expect, it } from 'vitest';
import { AbiCoder, type Log } from 'ethers';
import { decodeSettled, movementOf } from '../../sdk/src/chain/settlement.js';
import { fieldChecks, type AuditedSettlement } from '../../sdk/src/audit/audit.js';
import { ISettlement__factory } from '../../typechain-types/index.js';

const TWO128 = 1n << 128n;
const CHAIN = 31337n;
const SETTLEMENT = '0x00000000000000000000000000000000000000a1';
const METER = 7n;
const START = 1_893_456_000n;
/** period = meterId + 2^64 start + 2^104 count + 2^120 seconds (one day of 48 half-hours) */
const PERIOD = METER + (START << 64n) + (48n << 104n) + (1800n << 120n);
const DOMAIN = (CHAIN << 160n) + BigInt(SETTLEMENT);

/** A Settled log as the contract writes it (topics meterId, retailer, consumer; data movement, five signals). */
function settledLog(movement: bigint, charge: bigint, credit: bigint): Log {
  const iface = ISettlement__factory.createInterface();
  const signals = [11n, 22n, PERIOD, charge + (credit << 96n), DOMAIN];
  const { topics, data } = iface.encodeEventLog('Settled', [METER, `0x${'b'.repeat(40)}`, `0x${'c'.repeat(40)}`, movement, signals]);
  return { topics, data, transactionHash: `0x${'1'.repeat(64)}`, blockNumber: 1, index: 0, address: SETTLEMENT } as unknown as Log;
}

function movementCheck(movement: bigint, charge: bigint, credit: bigint): boolean {
  const bill = decodeSettled(settledLog(movement, charge, credit))!;
  const checks: AuditedSettlement['checks'] = {};
  fieldChecks(bill, { chainId: CHAIN, settlement: SETTLEMENT }, [], checks);
  expect(checks.fields).toBe(true);
  return checks.movement === true;
}

describe('Settled movement word', () => {
  it('derives the third amount of each sign from the net', () => {
    // net 100 >= 0: paid 60, arrears 30, so 10 offset the retailer's debt
    expect(movementOf(60n | (30n << 128n), 150n, 50n)).toEqual({
      paid: 60n,
      arrearsAdded: 30n,
      refunded: 0n,
      arrearsCleared: 0n,
      creditOwed: 0n,
      debtCleared: 10n,
    });
    // net -100: refunded 70, arrears cleared 20, so the retailer owes 10
    expect(movementOf(70n | (20n << 128n), 50n, 150n)).toEqual({
      paid: 0n,
      arrearsAdded: 0n,
      refunded: 70n,
      arrearsCleared: 20n,
      creditOwed: 10n,
      debtCleared: 0n,
    });
    expect(movementOf(0n, 0n, 0n)).toEqual({ paid: 0n, arrearsAdded: 0n, refunded: 0n, arrearsCleared: 0n, creditOwed: 0n, debtCleared: 0n });
  });

  it('decodes the event ABI and passes the audit for honest words of both signs', () => {
    const bill = decodeSettled(settledLog(100n, 100n, 0n))!;
    expect([bill.paid, bill.arrearsAdded, bill.debtCleared, bill.tariffCommitment, bill.periodStart]).toEqual([100n, 0n, 0n, 22n, START]);
    expect(movementCheck(60n | (40n * TWO128), 100n, 0n)).toBe(true);
    expect(movementCheck(5n | (5n * TWO128), 0n, 30n)).toBe(true);
  });

  it('fails the audit when the logged two exceed |net| (a negative third)', () => {
    expect(movementCheck(101n, 100n, 0n)).toBe(false);
    expect(movementCheck(60n | (41n * TWO128), 100n, 0n)).toBe(false);
    expect(movementCheck(31n, 0n, 30n)).toBe(false);
  });
});
