// settleBatch's one BatchSettled event (issue 15): one word per settled bill (meter and movement), the positions in
// a bitmap; the bills' signals and proofs are read from the calldata, directly or forwarded as bytes by another
// contract. The decoder rebuilds each bill as Settled would have logged it and refuses an event that does not fit
// its calldata (another meter at a logged position, a position past the bills, more words than positions). A bill's
// calldata carries four signals: the fifth, the domain, is the logging contract's, re-inserted by the decoder.
import { describe, expect, it } from 'vitest';
import { AbiCoder, Interface, type Log } from 'ethers';
import { batchFromCalldata, decodeBatchSettled, decodeBatchSettledLog, movementOf } from '../../sdk/src/chain/settlement.js';
import { fieldChecks, type AuditedSettlement } from '../../sdk/src/audit/audit.js';
import { ISettlement__factory } from '../../typechain-types/index.js';

const iface = ISettlement__factory.createInterface();
const CHAIN = 31337n;
const SETTLEMENT = '0x00000000000000000000000000000000000000a1';
const START = 1_893_456_000n;
const DOMAIN = (CHAIN << 160n) + BigInt(SETTLEMENT);
const TX = `0x${'1'.repeat(64)}`;

/** period = meterId + 2^64 start + 2^104 count + 2^120 seconds (one day of 48 half-hours) */
const period = (meter: bigint) => meter + (START << 64n) + (48n << 104n) + (1800n << 120n);

/** A bill as settleBatch takes it (no domain): distinct proof words per bill so that a mix-up shows. */
function bill(meter: bigint, charge: bigint, credit = 0n) {
  const w = (k: number) => meter * 100n + BigInt(k);
  return {
    a: [w(1), w(2)],
    b: [
      [w(3), w(4)],
      [w(5), w(6)],
    ],
    c: [w(7), w(8)],
    signals: [meter * 11n, meter * 13n, period(meter), charge + (credit << 96n)],
  };
}

/** The five signals of a bill as the contract checked it: its four and the contract's domain. */
const fiveOf = (b: ReturnType<typeof bill>) => [...b.signals, DOMAIN];

/** A BatchSettled log as the contract writes it: the positions' bitmap, one word per settled bill. */
function batchLog(positions: number[], words: bigint[]): Log {
  const bitmap = [0n];
  for (const i of positions) bitmap[i >> 8] = (bitmap[i >> 8] ?? 0n) | (1n << BigInt(i & 255));
  const { topics, data } = iface.encodeEventLog('BatchSettled', [bitmap, words]);
  return { topics, data, transactionHash: TX, blockNumber: 9, index: 3, address: SETTLEMENT } as unknown as Log;
}

/** meterId | first << 64 | second << 160 (ISettlement.BatchSettled) */
const word = (meter: bigint, first: bigint, second: bigint) => meter | (first << 64n) | (second << 160n);

const bills = [bill(7n, 100n), bill(8n, 50n), bill(9n, 10n, 40n)];
// untyped: encodes the bills' arrays as given
const untyped = new Interface(ISettlement__factory.abi);
const calldata = untyped.encodeFunctionData('settleBatch', [bills]);
const parties = (m: bigint) => ({ consumer: `0x${m.toString(16).padStart(40, 'c')}`, retailer: `0x${'b'.repeat(40)}` });

describe('BatchSettled', () => {
  it('rebuilds each settled bill from the event, the calldata and the registry, skipped positions left out', () => {
    // bill 1 skipped; bill 0 paid 60 with 40 arrears; bill 2 (net -30) refunded 20, 10 owed by the retailer
    const log = batchLog([0, 2], [word(7n, 60n, 40n), word(9n, 20n, 0n)]);
    expect(decodeBatchSettledLog(log)).toEqual({
      indexes: [0, 2],
      entries: [
        { meterId: 7n, movement: 60n | (40n << 128n) },
        { meterId: 9n, movement: 20n },
      ],
    });
    const out = decodeBatchSettled(log, calldata, DOMAIN, parties);
    expect(out !== undefined && 'bills' in out).toBe(true);
    const got = (out as { bills: import('../../sdk/src/chain/settlement.js').SettledBill[] }).bills;
    expect(got.map((b) => [b.batchIndex, b.meterId, b.consumer, b.charge, b.credit, b.paid, b.arrearsAdded, b.refunded, b.creditOwed])).toEqual([
      [0, 7n, parties(7n).consumer, 100n, 0n, 60n, 40n, 0n, 0n],
      [2, 9n, parties(9n).consumer, 10n, 40n, 0n, 0n, 20n, 10n],
    ]);
    expect(got[1]!.proof).toEqual({
      a: [901n, 902n],
      b: [
        [903n, 904n],
        [905n, 906n],
      ],
      c: [907n, 908n],
    });
    expect(got[1]!.publicSignals).toEqual(fiveOf(bills[2]!));
    expect(got[1]).toMatchObject({ txHash: TX, blockNumber: 9, logIndex: 3, periodStart: START, periodEnd: START + 86_400n });
    // each rebuilt bill passes the audit's field and movement checks as a Settled one would
    for (const b of got) {
      const checks: AuditedSettlement['checks'] = {};
      fieldChecks(b, { chainId: CHAIN, settlement: SETTLEMENT }, [], checks);
      expect(checks).toMatchObject({ signals: true, domain: true, fields: true, movement: true });
    }
    expect(movementOf(got[0]!.paid | (got[0]!.arrearsAdded << 128n), 100n, 0n).debtCleared).toBe(0n);
  });

  it("re-inserts the domain it is given as each bill's fifth signal: another contract's fails the audit's domain check", () => {
    const log = batchLog([0], [word(7n, 100n, 0n)]);
    const elsewhere = (CHAIN << 160n) + 0xdeadn;
    const out = decodeBatchSettled(log, calldata, elsewhere, parties) as { bills: import('../../sdk/src/chain/settlement.js').SettledBill[] };
    expect(out.bills[0]!.publicSignals).toEqual([...bills[0]!.signals, elsewhere]);
    const checks: AuditedSettlement['checks'] = {};
    const reasons: string[] = [];
    fieldChecks(out.bills[0]!, { chainId: CHAIN, settlement: SETTLEMENT }, reasons, checks);
    expect(checks.domain).toBe(false);
  });

  it('finds the call forwarded as bytes inside another contract call (a multisig, an account)', () => {
    const wallet = new Interface(['function execute(address to, uint256 value, bytes data, uint8 operation)']);
    const forwarded = wallet.encodeFunctionData('execute', [SETTLEMENT, 0n, calldata, 0]);
    const event = decodeBatchSettledLog(batchLog([1], [word(8n, 50n, 0n)]))!;
    expect(batchFromCalldata(forwarded, event, DOMAIN)?.map((b) => b.signals)).toEqual([fiveOf(bills[1]!)]);
  });

  it('refuses an event that does not fit its calldata', () => {
    const decode = (log: Log, input: string | undefined = calldata) => decodeBatchSettled(log, input, DOMAIN, parties);
    // another meter at a logged position (a tampered word, or the event of another batch)
    expect(decode(batchLog([0], [word(8n, 100n, 0n)]))).toMatchObject({ error: expect.stringMatching(/carries no settleBatch call/) });
    // a position past the batch's bills
    expect(decode(batchLog([3], [word(7n, 100n, 0n)]))).toMatchObject({ error: expect.stringMatching(/carries no settleBatch call/) });
    // more words than positions
    expect(decode(batchLog([0], [word(7n, 100n, 0n), word(8n, 50n, 0n)]))).toMatchObject({ error: expect.stringMatching(/sets 1 positions for 2 bills/) });
    // a calldata that is not a settleBatch of these bills (a contract that built the call from its own data)
    const other = untyped.encodeFunctionData('settleBatch', [[bill(7n, 99n)]]);
    expect(
      decode(batchLog([0], [word(7n, 100n, 0n)]), `0x${other.slice(2, 10)}${AbiCoder.defaultAbiCoder().encode(['uint256'], [1n]).slice(2)}`),
    ).toMatchObject({
      error: expect.stringMatching(/carries no settleBatch call/),
    });
    expect(decodeBatchSettled(batchLog([0], [word(7n, 100n, 0n)]), undefined, DOMAIN, parties)).toMatchObject({
      error: expect.stringMatching(/not available/),
    });
    // a meter without parties in the registry
    expect(decodeBatchSettled(batchLog([0], [word(7n, 100n, 0n)]), calldata, DOMAIN, () => undefined)).toMatchObject({
      error: expect.stringMatching(/no registered parties/),
    });
    // a Settled log is not a batch
    const settled = iface.encodeEventLog('Settled', [7n, parties(7n).retailer, parties(7n).consumer, 0n, fiveOf(bills[0]!)]);
    expect(decode({ ...batchLog([0], [0n]), ...settled } as unknown as Log)).toBeUndefined();
  });

  it('a movement word whose two amounts exceed |net| fails the audit movement check', () => {
    // bill 0's net is 100: 90 paid and 20 arrears would book 110
    const out = decodeBatchSettled(batchLog([0], [word(7n, 90n, 20n)]), calldata, DOMAIN, parties) as {
      bills: import('../../sdk/src/chain/settlement.js').SettledBill[];
    };
    const checks: AuditedSettlement['checks'] = {};
    const reasons: string[] = [];
    fieldChecks(out.bills[0]!, { chainId: CHAIN, settlement: SETTLEMENT }, reasons, checks);
    expect(checks.movement).toBe(false);
    expect(reasons.join()).toMatch(/movement/);
  });
});
