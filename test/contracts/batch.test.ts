// settleBatch with real Groth16 proofs of bill_1d_30m on Hardhat's EVM (issue 15, item 1): one
// multi-pairing for the batch, settle's own checks per bill (a bill failing a rule is skipped and
// reported, the others settle), a forged proof reverts the whole batch, bills of one meter in and out
// of order, reentrancy through the token, and the audit of batched settlements.
import { ledgerOnToken } from './world.js';
import { Interface, type Log } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shutdownProver } from '../../prover/src/groth16.js';
import { verifyBill } from '../../prover/src/verify-bill.js';
import { packPeriod, settlementDomain } from '../../core/src/bill/signals.js';
import { tariffCommitment, type Tariff } from '../../core/src/tariff/index.js';
import { audit, auditLogs } from '../../sdk/src/audit/audit.js';
import { loadPublishedKeys } from '../../sdk/src/audit/published.js';
import { toSnarkjsProof, type SettlementProof } from '../../sdk/src/chain/settlement.js';
import { Collector, type CollectedProof } from '../../sdk/src/collector/index.js';
import { WattproofConnection } from '../../sdk/src/roles/connection.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { IBatchVerifier__factory, ISettlement__factory, ReentrantToken__factory, Settlement__factory } from '../../typechain-types/index.js';
import {
  DAY,
  KEY_2,
  METER_1,
  METER_2,
  afterDay,
  atStage,
  createWorld,
  deployOtherSettlement,
  expectRevert,
  expectRevertNoMove,
  keyHash,
  ledgerAs,
  ledgerState,
  secondTariff,
  proveBill,
  provider,
  tariffsAs,
  withSignals,
  type World,
} from './fixtures.js';

let w: World;
/** A second tariff of the retailer, registered but never approved. */
let pending: Tariff;

beforeAll(async () => {
  w = await createWorld();
  pending = secondTariff(w.intervalsPerDay);
  // Prove the bills most cases share while the chain is idle (cached per file).
  await proveBill(w);
  await proveBill(w, { meterId: METER_2, key: KEY_2 });
});

afterAll(async () => {
  await shutdownProver();
});

const cursor = async (meterId: bigint) => (await w.d.meters.getMeter(meterId))!.nextPeriodStart;

describe('settleBatch', () => {
  it('settles bills of different meters and consumers in one transaction, logged in one BatchSettled', async () => {
    await atStage('ready');
    await afterDay(w, 0);
    const m1 = await proveBill(w);
    const m2 = await proveBill(w, { meterId: METER_2, key: KEY_2 });
    const before = await ledgerState(w);
    const out = await ledgerAs(w, w.s.relayer).settleBatch([m1.proof, m2.proof]);
    expect(out.skipped).toEqual([]);
    expect(out.settled.map((b) => [b.index, b.meterId, b.consumer, b.charge, b.paid])).toEqual([
      [0, METER_1, w.s.consumer.address, m1.charge, m1.charge],
      [1, METER_2, w.s.consumer2.address, m2.charge, m2.charge],
    ]);
    expect(out.settled[0]!.publicSignals).toEqual(m1.proof.signals);
    const after = await ledgerState(w);
    expect(BigInt(after['ledger:consumer']!)).toBe(BigInt(before['ledger:consumer']!) - m1.charge);
    expect(BigInt(after['ledger:consumer2']!)).toBe(BigInt(before['ledger:consumer2']!) - m2.charge);
    expect(BigInt(after['ledger:retailer']!)).toBe(BigInt(before['ledger:retailer']!) + m1.charge + m2.charge);
    expect(await cursor(METER_1)).toBe(BigInt(w.d0 + DAY));
    expect(await cursor(METER_2)).toBe(BigInt(w.d0 + DAY));
  });

  it('reverts the whole batch when one proof is forged (InvalidProof), nothing moves', async () => {
    await atStage('ready');
    await afterDay(w, 0);
    const m1 = await proveBill(w);
    const m2 = await proveBill(w, { meterId: METER_2, key: KEY_2 });
    // Meter 1's proof presented as meter 2's, with meter 2's key: every rule passes, the proof does not.
    const period = packPeriod({ meterId: METER_2, periodStart: w.d0, intervalCount: 48, intervalSeconds: 1800 });
    const forged = withSignals(m1.proof, { 0: await keyHash(w.pub2), 2: period });
    await expectRevertNoMove(w, () => ledgerAs(w, w.s.relayer).settleBatch([m1.proof, forged]), 'InvalidProof');
    // A lower charge on an honest bill.
    const cheaper = withSignals(m2.proof, { 3: m2.proof.signals[3]! - 1n });
    await expectRevertNoMove(w, () => ledgerAs(w, w.s.relayer).settleBatch([cheaper, m1.proof]), 'InvalidProof');
    // A proof of another bill swapped in (valid points, wrong statement), alone.
    const swapped = { ...m1.proof, a: m2.proof.a };
    await expectRevertNoMove(w, () => ledgerAs(w, w.s.relayer).settleBatch([swapped]), 'InvalidProof');
    // The forged bill behind a skipped one: the verifier moves each included proof down over the skipped one's
    // words, so the forgery is what it checks, not the skipped bill's valid proof left in place.
    const skipped = withSignals(m2.proof, { 3: 1n << 192n }); // MalformedSignal: skipped, its proof not checked
    await expectRevertNoMove(w, () => ledgerAs(w, w.s.relayer).settleBatch([skipped, m1.proof, cheaper]), 'InvalidProof');
    // The honest pair still settles, also behind the skipped bill.
    const honest = await ledgerAs(w, w.s.relayer).settleBatch([skipped, m1.proof, m2.proof]);
    expect(honest.skipped.map((b) => [b.index, b.reason])).toEqual([[0, 'MalformedSignal']]);
    expect(honest.settled.map((b) => b.index)).toEqual([1, 2]);
  });

  it('skips a replayed, overlapping, gapped or unapproved-tariff bill with its reason and settles the others', async () => {
    await atStage('ready');
    await tariffsAs(w, w.s.retailer).registerTariff(await tariffCommitment(pending), BigInt(w.d0 - DAY), BigInt(w.d0 + 30 * DAY));
    await afterDay(w, 2);
    const day0 = await proveBill(w);
    await ledgerAs(w, w.s.consumer).settle(day0.proof); // meter 1 now at day 1
    const bills = [
      day0.proof, // 0 replay
      (await proveBill(w, { meterId: METER_2, key: KEY_2 })).proof, // 1 settles
      (await proveBill(w, { readings: 'alt' })).proof, // 2 another bill for a settled period
      (await proveBill(w, { day: 2 })).proof, // 3 skips day 1
      (await proveBill(w, { day: 1, tariff: pending })).proof, // 4 a tariff not approved
      (await proveBill(w, { day: 1 })).proof, // 5 settles
    ];
    const before = await ledgerState(w);
    const out = await ledgerAs(w, w.s.relayer).settleBatch(bills);
    expect(out.skipped.map((s) => [s.index, s.meterId, s.reason])).toEqual([
      [0, METER_1, 'PeriodOverlap'],
      [2, METER_1, 'PeriodOverlap'],
      [3, METER_1, 'PeriodGap'],
      [4, METER_1, 'TariffNotApproved'],
    ]);
    expect(out.settled.map((b) => [b.index, b.meterId, b.periodStart])).toEqual([
      [1, METER_2, BigInt(w.d0)],
      [5, METER_1, BigInt(w.d0 + DAY)],
    ]);
    const after = await ledgerState(w);
    const day1 = await proveBill(w, { day: 1 });
    expect(BigInt(after['ledger:consumer']!)).toBe(BigInt(before['ledger:consumer']!) - day1.charge);
    expect(await cursor(METER_1)).toBe(BigInt(w.d0 + 2 * DAY));
    expect(await cursor(METER_2)).toBe(BigInt(w.d0 + DAY));
  });

  it("checks every bill against this contract's domain, which the calldata does not carry: a proof made for another deployment fails the batch (InvalidProof)", async () => {
    await atStage('ready');
    await afterDay(w, 0);
    // Another Settlement deployment of the same circuit (same verifier): a bill proved for it is the same bill but
    // for its domain, every rule of this contract passes, and its proof is valid there.
    const foreign = await proveBill(w, { domain: settlementDomain(w.chainId, await deployOtherSettlement(w)) });
    const verifier = IBatchVerifier__factory.connect(w.d.addresses.verifier, provider);
    const f = foreign.proof;
    expect(await verifier.verifyProof([...f.a], [[...f.b[0]], [...f.b[1]]], [...f.c], [...f.signals] as never)).toBe(true);
    const m2 = await proveBill(w, { meterId: METER_2, key: KEY_2 });
    // The SDK refuses it before sending (it would fail the batch), naming the bill.
    await expect(ledgerAs(w, w.s.relayer).settleBatch([m2.proof, foreign.proof])).rejects.toThrow(
      /bill 1 was made for domain 0x[0-9a-f]+, not this contract's/,
    );
    // Sent as the ABI takes it (its first four signals), it passes every rule and is booked in the step, then its
    // proof is checked against this contract's domain with the batch: the whole batch reverts, nothing moves.
    const st = w.d.settlement.contract.connect(w.s.relayer);
    const asBill = (p: SettlementProof) => ({ a: [...p.a], b: [[...p.b[0]], [...p.b[1]]], c: [...p.c], signals: p.signals.slice(0, 4) });
    const send = (bills: SettlementProof[]) => () =>
      import('../../sdk/src/chain/errors.js').then(({ chainCall }) =>
        chainCall('settleBatch', async () => (await st.settleBatch(bills.map(asBill) as never)).wait()),
      );
    await expectRevertNoMove(w, send([foreign.proof]), 'InvalidProof');
    await expectRevertNoMove(w, send([m2.proof, foreign.proof]), 'InvalidProof');
    // The same bill proved for this contract settles, sent the same way.
    const own = await proveBill(w);
    const receipt = await send([m2.proof, own.proof])();
    expect(receipt?.status).toBe(1);
    expect(await cursor(METER_1)).toBe(BigInt(w.d0 + DAY));

    // The audit re-verifies a batched bill with this contract's domain put back as its fifth signal. A BatchSettled
    // the contract never wrote, over calldata carrying the foreign bill (sent to an account, so it is on chain), is
    // flagged: re-verified as this contract's bill, its proof fails; the honest batch's bills verify.
    const keys = await loadPublishedKeys({ only: [w.circuit] });
    const iface = ISettlement__factory.createInterface();
    const data = iface.encodeFunctionData('settleBatch', [[asBill(foreign.proof)] as never]);
    const carrier = await (await w.s.relayer.sendTransaction({ to: w.s.consumer.address, data })).wait();
    const real = receipt!.logs.find((l) => l.address.toLowerCase() === w.d.addresses.settlement.toLowerCase() && iface.parseLog(l)?.name === 'BatchSettled')!;
    const forged = iface.encodeEventLog('BatchSettled', [[1n], [METER_1 | (foreign.charge << 64n)]]);
    const forgedLog = {
      ...pickLog(real),
      ...forged,
      transactionHash: carrier!.hash,
      blockNumber: carrier!.blockNumber,
      blockHash: carrier!.blockHash,
    } as unknown as Log;
    const opts = { provider, settlement: w.d.addresses.settlement, keys, fromBlock: receipt!.blockNumber, toBlock: carrier!.blockNumber };
    const honest = await auditLogs([real], opts);
    expect(honest.settlements.map((s) => [s.batchIndex, s.verified, s.checks.proof])).toEqual([
      [0, true, true],
      [1, true, true],
    ]);
    expect(honest.settlements[1]!.checks.domain).toBe(true);
    const flagged = await auditLogs([forgedLog], opts);
    expect(flagged.settlements).toHaveLength(1);
    expect(flagged.settlements[0]!.checks).toMatchObject({ domain: true, proof: false });
    expect(flagged.settlements[0]!.verified).toBe(false);
    expect(flagged.ok).toBe(false);
  });

  it('settles two bills of one meter in period order, and skips the later one when it comes first', async () => {
    await atStage('ready');
    await afterDay(w, 1);
    const day0 = await proveBill(w);
    const day1 = await proveBill(w, { day: 1 });
    const inOrder = await ledgerAs(w, w.s.relayer).settleBatch([day0.proof, day1.proof]);
    expect(inOrder.settled.map((b) => b.periodStart)).toEqual([BigInt(w.d0), BigInt(w.d0 + DAY)]);
    expect(await cursor(METER_1)).toBe(BigInt(w.d0 + 2 * DAY));

    await atStage('ready');
    await afterDay(w, 1);
    const before = await ledgerState(w);
    const reversed = await ledgerAs(w, w.s.relayer).settleBatch([day1.proof, day0.proof, day1.proof, day0.proof]);
    // day 1 first: a gap; day 0 settles; day 1 again: now in order; day 0 again: already billed.
    expect(reversed.skipped.map((s) => [s.index, s.reason])).toEqual([
      [0, 'PeriodGap'],
      [3, 'PeriodOverlap'],
    ]);
    expect(reversed.settled.map((b) => [b.index, b.periodStart])).toEqual([
      [1, BigInt(w.d0)],
      [2, BigInt(w.d0 + DAY)],
    ]);
    const after = await ledgerState(w);
    // Each period billed once.
    expect(BigInt(before['ledger:consumer']!) - BigInt(after['ledger:consumer']!)).toBe(day0.charge + day1.charge);
  });

  it('reverts an empty batch, a paused one, and calls of its inner step from outside', async () => {
    await atStage('ready');
    await afterDay(w, 0);
    const m1 = await proveBill(w);
    await expectRevertNoMove(w, () => ledgerAs(w, w.s.relayer).settleBatch([]), 'EmptyBatch');
    await ledgerAs(w, w.s.regulator).pause();
    await expectRevertNoMove(w, () => ledgerAs(w, w.s.relayer).settleBatch([m1.proof]), 'EnforcedPause');
    await ledgerAs(w, w.s.regulator).unpause();
    // settleInBatch books without checking the proof: only settleBatch itself may call it.
    const st = w.d.settlement.contract.connect(w.s.relayer);
    const s = m1.proof.signals;
    await expectRevertNoMove(
      w,
      () =>
        import('../../sdk/src/chain/errors.js').then(({ chainCall }) =>
          chainCall('settleInBatch', async () => (await st.settleInBatch([s[0]!, s[1]!, s[2]!, s[3]!])).wait()),
        ),
      'OnlySelf',
    );
  });

  it('cannot be reentered through its ERC-20 during a batch (ReentrancyGuardReentrantCall)', async () => {
    await atStage('ready');
    await afterDay(w, 0);
    const { admin, consumer } = w.s;
    const token = await new ReentrantToken__factory(admin).deploy();
    await token.waitForDeployment();
    const { d, ledger } = await ledgerOnToken(w, token);
    await (await token.mint(consumer.address, 100n)).wait();
    await ledger.deposit(60n);
    const iface = new Interface(Settlement__factory.abi); // untyped: encodes the struct arrays as given
    const state = async () => [await ledger.position(consumer.address), await token.balanceOf(consumer.address)];
    const m1 = await proveBill(w);
    const bill = { a: [...m1.proof.a], b: [[...m1.proof.b[0]], [...m1.proof.b[1]]], c: [...m1.proof.c], signals: m1.proof.signals.slice(0, 4) };
    // withdraw -> token.transfer -> settleBatch
    await (await token.arm(d.addresses.settlement, iface.encodeFunctionData('settleBatch', [[bill]]))).wait();
    await expectRevert(state, () => ledger.withdraw(10n), 'ReentrancyGuardReentrantCall');
    // deposit -> token.transferFrom -> settleBatch
    await (await token.arm(d.addresses.settlement, iface.encodeFunctionData('settleBatch', [[bill, bill]]))).wait();
    await expectRevert(state, () => ledger.deposit(10n), 'ReentrancyGuardReentrantCall');
    // withdraw -> token.transfer -> settleInBatch (the step that skips the proof)
    await (await token.arm(d.addresses.settlement, iface.encodeFunctionData('settleInBatch', [bill.signals]))).wait();
    await expectRevert(state, () => ledger.withdraw(10n), 'OnlySelf');
    await (await token.disarm()).wait();
    await ledger.withdraw(10n);
    expect(await ledger.balanceOf(consumer.address)).toBe(50n);
  });

  it('is audited exactly as single settlements: every batched bill re-verified from its BatchSettled and calldata; a tampered batch event is flagged', async () => {
    await atStage('ready');
    await afterDay(w, 2);
    await ledgerAs(w, w.s.consumer).settle((await proveBill(w)).proof); // a single one, day 0
    const out = await ledgerAs(w, w.s.relayer).settleBatch([
      (await proveBill(w, { day: 1 })).proof,
      (await proveBill(w, { meterId: METER_2, key: KEY_2 })).proof,
      (await proveBill(w)).proof, // replay: skipped, not a settlement
      (await proveBill(w, { day: 2 })).proof,
    ]);
    expect(out.settled).toHaveLength(3);
    const report = await audit({ provider, settlement: w.d.addresses.settlement, keys: await loadPublishedKeys({ only: [w.circuit] }) });
    expect(report.verifier.matches, report.verifier.reason).toBe(true);
    expect(report.settlements).toHaveLength(4);
    expect(
      report.settlements.every((s) => s.verified),
      JSON.stringify(report.settlements.map((s) => s.reasons)),
    ).toBe(true);
    // settle and settleBatch move cursors through claimSettlement, which emits no PeriodClaimed (their Settled
    // events log the moves); the audit follows each meter's cursor through them and finds no jump.
    expect(report.cursorMoves).toHaveLength(0);
    expect(report.unexplainedMoves).toBe(0);
    expect(report.ok).toBe(true);

    // The batch logs one BatchSettled (its bills' meters and movements), no Settled: the audit reads each bill's
    // signals and proof from the calldata, one entry per bill, each with its position in the batch.
    const iface = ISettlement__factory.createInterface();
    const receipt = (await provider.getTransactionReceipt(out.txHash))!;
    const own = receipt.logs.filter((l) => l.address.toLowerCase() === w.d.addresses.settlement.toLowerCase());
    expect(own.map((l) => iface.parseLog(l)?.name)).toEqual(['BillSkipped', 'BatchSettled']);
    expect(report.settlements.map((s) => s.batchIndex)).toEqual([undefined, 0, 1, 3]);
    // Readers of settlements find batched bills with their parties (the registry's), by consumer as by meter.
    const conn = await WattproofConnection.fromDeployment(w.d, w.s.relayer);
    expect((await conn.settlements({ consumer: w.s.consumer2.address })).map((b) => [b.meterId, b.batchIndex, b.retailer])).toEqual([
      [METER_2, 1, w.s.retailer.address],
    ]);
    expect((await conn.settlements({ meterId: METER_1 })).map((b) => [b.periodStart, b.batchIndex])).toEqual([
      [BigInt(w.d0), undefined],
      [BigInt(w.d0 + DAY), 0],
      [BigInt(w.d0 + 2 * DAY), 3],
    ]);

    // A tampered batch event is flagged, the others of its batch still verify: a movement beyond the bill's net
    // (paid more than charged), and another meter's id at a position (the calldata's bill names meter 1).
    const batchLog = own[1]!;
    const parsed = iface.parseLog(batchLog)!;
    const words = [...(parsed.args.bills as bigint[])];
    const charge = out.settled[0]!.charge;
    const tamper = (at: number, word: bigint): Log => {
      const changed = words.map((x, i) => (i === at ? word : x));
      const { data } = iface.encodeEventLog('BatchSettled', [[...(parsed.args.settled as bigint[])], changed]);
      return { ...pickLog(batchLog), data } as Log;
    };
    const opts = {
      provider,
      settlement: w.d.addresses.settlement,
      keys: await loadPublishedKeys({ only: [w.circuit] }),
      fromBlock: receipt.blockNumber,
      toBlock: receipt.blockNumber,
    };
    const overpaid = await auditLogs([tamper(0, METER_1 | ((charge + 1n) << 64n))], opts);
    expect(overpaid.settlements.map((s) => s.verified)).toEqual([false, true, true]);
    expect(overpaid.settlements[0]!.reasons.join()).toMatch(/^movement/);
    expect(overpaid.ok).toBe(false);
    const otherMeter = await auditLogs([tamper(1, METER_1 | (words[1]! & ~((1n << 64n) - 1n)))], opts);
    expect(otherMeter.settlements).toHaveLength(1);
    expect(otherMeter.settlements[0]!.verified).toBe(false);
    expect(otherMeter.settlements[0]!.reasons.join()).toMatch(/carries no settleBatch call with bills of the logged meters/);
  });
});

/** A log's fields as a plain object (to re-encode its data). */
function pickLog(l: Log): Record<string, unknown> {
  return {
    address: l.address,
    topics: l.topics,
    data: l.data,
    transactionHash: l.transactionHash,
    blockNumber: l.blockNumber,
    blockHash: l.blockHash,
    index: l.index,
    transactionIndex: l.transactionIndex,
  };
}

/** A proof as a consumer's wallet hands it to a collector (snarkjs layout, decimal signals). */
function collected(id: string, p: SettlementProof & { signals: bigint[] }): CollectedProof {
  const pair = (x: readonly unknown[]) => [BigInt(x[0] as bigint), BigInt(x[1] as bigint)] as [bigint, bigint];
  return { id, proof: toSnarkjsProof({ a: pair(p.a), b: [pair(p.b[0]), pair(p.b[1])], c: pair(p.c) }), publicSignals: p.signals.map(String) };
}

describe('the collector (SDK)', () => {
  it('verifies off-chain, drops the invalid with a reason, splits batches to the gas limit, and pays nothing twice on retry', async () => {
    await atStage('ready');
    await afterDay(w, 3);
    const { vkey } = await loadCircuitArtifacts(w.circuit);
    const m1 = [0, 1, 2].map((day) => proveBill(w, { day }));
    const m2 = [0, 1].map((day) => proveBill(w, { meterId: METER_2, key: KEY_2, day }));
    const [d0, d1, d2] = await Promise.all(m1);
    const [e0, e1] = await Promise.all(m2);
    const m2day3 = await proveBill(w, { meterId: METER_2, key: KEY_2, day: 3 });
    // made for this contract's address on another chain (settlement.test.ts proves the same bill)
    const otherDomain = await proveBill(w, { domain: settlementDomain(1n, w.d.addresses.settlement) });
    const items = [
      collected('m1-d2.json', d2!.proof), // out of order in the inbox: the collector sorts per meter
      collected('m1-d0.json', d0!.proof),
      collected('m1-d1.json', d1!.proof),
      collected('m2-d0.json', e0!.proof),
      collected('m2-d1.json', e1!.proof),
      collected('forged.json', withSignals(e1!.proof, { 3: e1!.proof.signals[3]! + 1n })),
      collected('other-domain.json', otherDomain.proof),
      collected('dup.json', d0!.proof),
      collected('gap.json', m2day3.proof),
      { id: 'junk.json', proof: { pi_a: ['1'] } as never, publicSignals: ['1'] },
    ];
    const conn = await WattproofConnection.fromDeployment(w.d, w.s.relayer);
    const gasLimit = 700_000n;
    // Off-chain verification through a counting pool stand-in: each proof is verified once per collector.
    let verifications = 0;
    const verifyMany = async (key: unknown, jobs: { proof: unknown; publicSignals: string[] }[]) => {
      verifications += jobs.length;
      return Promise.all(jobs.map((j) => verifyBill({ proof: j.proof as never, publicSignals: j.publicSignals as never, vkey: key as never })));
    };
    const collector = new Collector(conn, { vkey, gasLimit, verifyMany });
    const before = await ledgerState(w);
    const report = await collector.collect(items);

    expect(report.settled.map((s) => [s.id, s.status]).sort()).toEqual(
      [
        ['m1-d0.json', 'settled'],
        ['m1-d1.json', 'settled'],
        ['m1-d2.json', 'settled'],
        ['m2-d0.json', 'settled'],
        ['m2-d1.json', 'settled'],
      ].sort(),
    );
    const codes = Object.fromEntries(report.dropped.map((d) => [d.id, d.code]));
    expect(codes).toEqual({
      'forged.json': 'invalid-proof',
      'other-domain.json': 'wrong-domain',
      'dup.json': 'duplicate',
      'gap.json': 'gap',
      'junk.json': 'malformed',
    });
    // Too many for one transaction under the limit: split, each batch within it.
    expect(report.batches.length).toBeGreaterThan(1);
    for (const b of report.batches) expect(b.gasUsed).toBeLessThanOrEqual(gasLimit);
    expect(report.batches.reduce((n, b) => n + b.settled, 0)).toBe(5);
    const after = await ledgerState(w);
    const paid1 = d0!.charge + d1!.charge + d2!.charge;
    expect(BigInt(before['ledger:consumer']!) - BigInt(after['ledger:consumer']!)).toBe(paid1);
    expect(await cursor(METER_1)).toBe(BigInt(w.d0 + 3 * DAY));

    // other-domain.json and junk.json are dropped before verification; the other eight are verified once.
    expect(verifications).toBe(8);
    // A retry (e.g. after a crash) finds every bill on chain and sends nothing, verifying nothing again
    // but the proof that failed.
    const again = await collector.collect(items);
    expect(verifications).toBe(9);
    expect(again.batches).toEqual([]);
    expect(again.settled.map((s) => s.status)).toEqual(Array(5).fill('already-settled'));
    expect(await ledgerState(w)).toEqual(after);
  });
});
