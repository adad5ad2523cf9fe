// Liveness of settlement (issue 17, items 1-9): adversarial and careless sequences of legitimate
// actions that used to strand a meter for good, or to mis-book the ledger, on Hardhat's EVM with
// real Groth16 proofs. Each test reproduces the problem as it was; the fix makes it pass.
import { ledgerOnToken } from './world.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shutdownProver } from '../../prover/src/groth16.js';
import { audit } from '../../sdk/src/audit/audit.js';
import { loadPublishedKeys } from '../../sdk/src/audit/published.js';
import { chainCall } from '../../sdk/src/chain/errors.js';
import { meterPublicKey } from '../../core/src/crypto/index.js';
import { tariffCommitment, type Tariff } from '../../core/src/tariff/index.js';
import { FeeToken__factory } from '../../typechain-types/index.js';
import {
  DAY,
  KEY_1,
  KEY_1_ROTATED,
  METER_1,
  TZ,
  UNIT,
  afterDay,
  atStage,
  createWorld,
  expectRevert,
  expectRevertNoMove,
  keyHash,
  ledgerAs,
  secondTariff,
  metersAs,
  proveBill,
  provider,
  readyTariff,
  tariffsAs,
  type World,
} from './fixtures.js';

let w: World;
/** The retailer's next tariff: the world's, re-salted (another commitment). */
let next: Tariff;
let nextCommitment: bigint;
const KEY_3 = new Uint8Array(32).fill(0x44);
const METER_3 = 1003n;

beforeAll(async () => {
  w = await createWorld();
  next = secondTariff(w.intervalsPerDay);
  nextCommitment = await tariffCommitment(next);
});

afterAll(async () => {
  await shutdownProver();
});

const cursor = async (meterId = METER_1) => (await w.d.meters.getMeter(meterId))!.nextPeriodStart;

/** Register, approve and offer `commitment` (retailer's) for METER_1, valid over [from, until). */
async function offerNext(commitment: bigint, from: number, until: number, tz = TZ): Promise<void> {
  await tariffsAs(w, w.s.retailer).registerTariff(commitment, BigInt(from), BigInt(until), tz);
  await tariffsAs(w, w.s.regulator).approveTariff(commitment, w.s.retailer.address);
  await tariffsAs(w, w.s.retailer).offerTariff(METER_1, commitment);
}

describe('1. key windows and the billing cursor never strand a meter', () => {
  it('a key revoked in the middle of a period is replaced by a key that covers the whole unsettled period', async () => {
    await atStage('ready');
    const authority = metersAs(w, w.s.authority);
    const mid = BigInt(w.d0 + 5 * 3600);
    await authority.revokeKey(METER_1, mid);
    await authority.rotateKey(METER_1, w.pubRotated, mid);
    // The new key is valid from the cursor (d0), not from the revocation instant.
    expect((await w.d.meters.getKey(await keyHash(w.pubRotated)))!.validFrom).toBe(BigInt(w.d0));
    const [ev] = await w.d.meters.contract.queryFilter(w.d.meters.contract.filters.KeyRotated(METER_1));
    expect(ev!.args.effectiveAt).toBe(mid);
    expect(ev!.args.validFrom).toBe(BigInt(w.d0));
    await afterDay(w, 0);
    // The old key's window ends inside day 0: it cannot sign it...
    const old = await proveBill(w, { key: KEY_1 });
    await expectRevertNoMove(w, () => ledgerAs(w, w.s.consumer).settle(old.proof), 'KeyNotValidForPeriod');
    // ...the new one can, so the meter goes on.
    const fresh = await proveBill(w, { key: KEY_1_ROTATED, readings: 'solar' });
    expect((await ledgerAs(w, w.s.consumer).settle(fresh.proof)).periodEnd).toBe(BigInt(w.d0 + DAY));
  });

  it('repairs an unusable firstPeriodStart through an evented, audited path of the metering authority', async () => {
    await atStage('ready');
    const authority = metersAs(w, w.s.authority);
    const pub3 = await meterPublicKey(KEY_3);
    // Registered one hour off local midnight: no period of this meter could ever be proven.
    await authority.registerMeter({
      meterId: METER_3,
      publicKey: pub3,
      consumer: w.s.consumer.address,
      retailer: w.s.retailer.address,
      firstPeriodStart: BigInt(w.d0 + 3600),
    });
    await expectRevert(
      () => cursor(METER_3),
      () => tariffsAs(w, w.s.retailer).offerTariff(METER_3, w.commitment),
      'TimeZoneMismatch',
      {
        meterId: METER_3,
        nextPeriodStart: BigInt(w.d0 + 3600),
        tzOffsetSeconds: BigInt(TZ),
      },
    );
    // Only the metering authority repairs.
    await expectRevert(
      () => cursor(METER_3),
      () => metersAs(w, w.s.retailer).repairCursor(METER_3, BigInt(w.d0), 'x'),
      'AccessControlUnauthorizedAccount',
    );
    await authority.repairCursor(METER_3, BigInt(w.d0), 'firstPeriodStart was not a local midnight');
    const [ev] = await w.d.meters.contract.queryFilter(w.d.meters.contract.filters.CursorRepaired(METER_3));
    const { from, to, keyValidFrom, reason } = ev!.args;
    expect({ from, to, keyValidFrom, reason }).toEqual({
      from: BigInt(w.d0 + 3600),
      to: BigInt(w.d0),
      keyValidFrom: BigInt(w.d0),
      reason: 'firstPeriodStart was not a local midnight',
    });
    expect((await w.d.meters.getKey(await keyHash(pub3)))!.validFrom).toBe(BigInt(w.d0));

    await tariffsAs(w, w.s.retailer).offerTariff(METER_3, w.commitment);
    await tariffsAs(w, w.s.consumer).acceptTariff(METER_3, w.commitment);
    await afterDay(w, 0);
    const p = await proveBill(w, { key: KEY_3, meterId: METER_3 });
    await ledgerAs(w, w.s.consumer).settle(p.proof);
    // Never below what was billed by proof: no period is billed twice.
    await expectRevert(
      () => cursor(METER_3),
      () => authority.repairCursor(METER_3, BigInt(w.d0), 'again'),
      'CursorBelowBilled',
      {
        billedUntil: BigInt(w.d0 + DAY),
        requested: BigInt(w.d0),
      },
    );
    // The audit lists the repair.
    const report = await audit({ provider, settlement: w.d.addresses.settlement, keys: await loadPublishedKeys({ only: [w.circuit] }) });
    expect(report.repairs).toMatchObject([{ meterId: METER_3, from: BigInt(w.d0 + 3600), to: BigInt(w.d0) }]);
    expect(report.ok).toBe(true);
  });
});

describe('2. export credit the retailer cannot pay becomes its debt; the meter goes on', () => {
  it('books unpaid credit as debt, offsets it against the next bill, blocks the retailer withdrawing it, and takes payment', async () => {
    await atStage('ready');
    const retailer = ledgerAs(w, w.s.retailer);
    const consumer = ledgerAs(w, w.s.consumer);
    await retailer.withdraw(await retailer.balanceOf(w.s.retailer.address)); // the whole float
    await afterDay(w, 1);
    const sunny = await proveBill(w, { readings: 'solar' });
    const surplus = sunny.credit - sunny.charge;
    expect(surplus).toBeGreaterThan(0n);
    const bill = await consumer.settle(sunny.proof);
    expect(bill).toMatchObject({ refunded: 0n, arrearsCleared: 0n, creditOwed: surplus, debtCleared: 0n });
    expect(await consumer.creditOwedOf(METER_1)).toBe(surplus);
    expect(await retailer.position(w.s.retailer.address)).toEqual({ balance: 0n, free: 0n, arrears: 0n, debt: surplus });

    // The retailer's income is not free while it owes.
    await retailer.deposit(UNIT);
    await expectRevertNoMove(w, () => retailer.withdraw(1n), 'InsufficientFreeBalance', { free: 0n });

    // The next bill settles at once; its charge first offsets the debt.
    const day1 = await proveBill(w, { day: 1 });
    const consumerBefore = await consumer.balanceOf(w.s.consumer.address);
    const second = await consumer.settle(day1.proof);
    const offset = day1.charge < surplus ? day1.charge : surplus;
    expect(second).toMatchObject({ debtCleared: offset, paid: day1.charge - offset, arrearsAdded: 0n });
    expect(await consumer.balanceOf(w.s.consumer.address)).toBe(consumerBefore - (day1.charge - offset));
    const left = surplus - offset;
    expect(await consumer.creditOwedOf(METER_1)).toBe(left);

    // The retailer (or the consumer, collecting) pays the rest from the retailer's balance.
    await expectRevertNoMove(w, () => consumer.payCreditDebt(METER_1, left + 1n), 'ExceedsDebt');
    if (left > 0n) {
      await retailer.deposit(left);
      const consumerMid = await consumer.balanceOf(w.s.consumer.address);
      await consumer.payCreditDebt(METER_1, left);
      expect(await consumer.balanceOf(w.s.consumer.address)).toBe(consumerMid + left);
    }
    expect(await retailer.position(w.s.retailer.address)).toMatchObject({ debt: 0n });
    await retailer.withdraw((await retailer.position(w.s.retailer.address)).free);
  });
});

describe('3. accepting the next tariff never strands an unsettled period', () => {
  it('refuses a tariff that cannot settle the period at the cursor; accepts it once the last period is settled', async () => {
    await atStage('deployed');
    await readyTariff(w, { validUntil: w.d0 + DAY }); // this tariff ends with day 0
    await offerNext(nextCommitment, w.d0 + DAY, w.d0 + 60 * DAY);
    const accepted = () => w.d.tariffs.acceptedTariff(METER_1);
    await expectRevert(accepted, () => tariffsAs(w, w.s.consumer).acceptTariff(METER_1, nextCommitment), 'TariffNotInForceAtCursor', {
      meterId: METER_1,
      nextPeriodStart: BigInt(w.d0),
      validFrom: BigInt(w.d0 + DAY),
    });
    await afterDay(w, 1);
    await ledgerAs(w, w.s.consumer).settle((await proveBill(w)).proof); // day 0, old tariff
    await tariffsAs(w, w.s.consumer).acceptTariff(METER_1, nextCommitment);
    const p = await proveBill(w, { day: 1, tariff: next });
    expect((await ledgerAs(w, w.s.consumer).settle(p.proof)).tariffCommitment).toBe(nextCommitment);
  });
});

describe('4. a tariff in another time zone than the meter cursor is refused', () => {
  it('refuses to offer it (TimeZoneMismatch) and refuses offsets out of range', async () => {
    await atStage('ready');
    const retailer = tariffsAs(w, w.s.retailer);
    await retailer.registerTariff(nextCommitment, BigInt(w.d0 - DAY), BigInt(w.d0 + 60 * DAY), 0); // UTC
    await tariffsAs(w, w.s.regulator).approveTariff(nextCommitment);
    expect((await w.d.tariffs.getTariff(nextCommitment))!.tzOffsetSeconds).toBe(0);
    await expectRevert(
      () => w.d.tariffs.offeredTariff(METER_1),
      () => retailer.offerTariff(METER_1, nextCommitment),
      'TimeZoneMismatch',
      {
        nextPeriodStart: BigInt(w.d0),
        tzOffsetSeconds: 0n,
      },
    );
    await expectRevert(
      () => w.d.tariffs.getTariff(77n, w.s.retailer.address),
      () => retailer.registerTariff(77n, 1n, 2n, 50401),
      'InvalidTimeZone',
    );
  });

  it('takes a daylight-saving tariff at a local midnight of either offset (registerZonedTariff), and nothing else', async () => {
    await atStage('ready');
    const retailer = tariffsAs(w, w.s.retailer);
    // registered in the other season: the offset at validFrom is TZ + 1 h, the zone's other one TZ (the cursor's)
    const zoned = 78n;
    await retailer.registerTariff(zoned, BigInt(w.d0 - DAY), BigInt(w.d0 + 60 * DAY), TZ + 3600, TZ);
    const [ev] = await w.d.tariffs.contract.queryFilter(w.d.tariffs.contract.filters.TariffAltOffset(zoned));
    expect(ev?.args.altTzOffsetSeconds).toBe(BigInt(TZ));
    expect(await w.d.tariffs.getTariff(zoned)).toMatchObject({ tzOffsetSeconds: TZ + 3600, altTzOffsetSeconds: TZ });
    await tariffsAs(w, w.s.regulator).approveTariff(zoned);
    await retailer.offerTariff(METER_1, zoned);
    expect(await w.d.tariffs.offeredTariff(METER_1)).toBe(zoned);
    // the same offsets registered as a fixed clock: only TZ + 1 h counts, and the cursor is not its midnight
    const fixed = 79n;
    await retailer.registerTariff(fixed, BigInt(w.d0 - DAY), BigInt(w.d0 + 60 * DAY), TZ + 3600);
    expect((await w.d.tariffs.getTariff(fixed))!.altTzOffsetSeconds).toBe(TZ + 3600);
    await tariffsAs(w, w.s.regulator).approveTariff(fixed);
    await expectRevert(
      () => w.d.tariffs.offeredTariff(METER_1),
      () => retailer.offerTariff(METER_1, fixed),
      'TimeZoneMismatch',
    );
    // two offsets, neither the cursor's: refused
    const neither = 80n;
    await retailer.registerTariff(neither, BigInt(w.d0 - DAY), BigInt(w.d0 + 60 * DAY), TZ + 3600, TZ + 7200);
    await tariffsAs(w, w.s.regulator).approveTariff(neither);
    await expectRevert(
      () => w.d.tariffs.offeredTariff(METER_1),
      () => retailer.offerTariff(METER_1, neither),
      'TimeZoneMismatch',
    );
    await expectRevert(
      () => w.d.tariffs.getTariff(81n, w.s.retailer.address),
      () => retailer.registerTariff(81n, 1n, 2n, 0, -50401),
      'InvalidTimeZone',
    );
  });
});

describe('5. emergency actions work while the registries are paused', () => {
  it('revokes keys and rejects tariffs while paused; stops every other change', async () => {
    await atStage('ready');
    await metersAs(w, w.s.regulator).pause();
    await tariffsAs(w, w.s.regulator).pause();
    const authority = metersAs(w, w.s.authority);
    const meter = () => w.d.meters.getMeter(METER_1);
    await expectRevert(meter, () => authority.rotateKey(METER_1, w.pubRotated, BigInt(w.d0)), 'EnforcedPause');
    await expectRevert(meter, () => authority.repairCursor(METER_1, BigInt(w.d0 + DAY), 'x'), 'EnforcedPause');
    await expectRevert(
      meter,
      () =>
        authority.registerMeter({
          meterId: METER_3,
          publicKey: w.pubRotated,
          consumer: w.s.consumer.address,
          retailer: w.s.retailer.address,
          firstPeriodStart: BigInt(w.d0),
        }),
      'EnforcedPause',
    );
    const tariff = () => w.d.tariffs.getTariff(w.commitment);
    await expectRevert(tariff, () => tariffsAs(w, w.s.retailer).registerTariff(77n, 1n, 2n), 'EnforcedPause');
    await expectRevert(tariff, () => tariffsAs(w, w.s.retailer).offerTariff(METER_1, w.commitment), 'EnforcedPause');

    await authority.revokeKey(METER_1, BigInt(w.d0 + DAY));
    expect((await w.d.meters.getKey(await keyHash(w.pub1)))!.validUntil).toBe(BigInt(w.d0 + DAY));
    await tariffsAs(w, w.s.regulator).rejectTariff(w.commitment, 'emergency');
    expect((await tariff())!.status).toBe('rejected');
  });
});

describe('6. a tariff commitment cannot be squatted by another retailer', () => {
  it("registers the honest retailer's tariff although a copier registered the same commitment first", async () => {
    await atStage('deployed');
    // The copier saw the pending registerTariff in the mempool and got in first.
    await tariffsAs(w, w.s.retailer2).registerTariff(w.commitment, BigInt(w.d0 - DAY), BigInt(w.d0 + 30 * DAY));
    await readyTariff(w, {});
    expect(await w.d.tariffs.registrantsOf(w.commitment)).toEqual([w.s.retailer2.address, w.s.retailer.address]);
    expect((await w.d.tariffs.getTariff(w.commitment, w.s.retailer2.address))!.status).toBe('pending');
    expect((await w.d.tariffs.getTariff(w.commitment, w.s.retailer.address))!.status).toBe('approved');
    // The copy is the copier's alone: approved, it still cannot reach the meter.
    await tariffsAs(w, w.s.regulator).approveTariff(w.commitment, w.s.retailer2.address);
    await expectRevertNoMove(w, () => tariffsAs(w, w.s.retailer2).offerTariff(METER_1, w.commitment), 'NotMetersRetailer');
    await afterDay(w, 0);
    const bill = await ledgerAs(w, w.s.consumer).settle((await proveBill(w)).proof);
    expect(bill.retailer).toBe(w.s.retailer.address);
  });
});

describe('7. a retailer whose RETAILER_ROLE is revoked is offered and paid nothing', () => {
  it('refuses offers, acceptances and settlement payments to it (RetailerNotActive)', async () => {
    await atStage('ready');
    await offerNext(nextCommitment, w.d0 - DAY, w.d0 + 60 * DAY);
    await w.d.tariffs.revokeRole('RETAILER_ROLE', w.s.retailer.address);
    const offered = () => w.d.tariffs.offeredTariff(METER_1);
    await expectRevert(offered, () => tariffsAs(w, w.s.retailer).offerTariff(METER_1, w.commitment), 'AccessControlUnauthorizedAccount');
    await expectRevert(offered, () => tariffsAs(w, w.s.consumer).acceptTariff(METER_1, nextCommitment), 'RetailerNotActive');
    await afterDay(w, 0);
    const p = await proveBill(w);
    await expectRevertNoMove(w, () => ledgerAs(w, w.s.consumer).settle(p.proof), 'RetailerNotActive', { retailer: w.s.retailer.address });
    await w.d.tariffs.grantRole('RETAILER_ROLE', w.s.retailer.address);
    expect((await ledgerAs(w, w.s.consumer).settle(p.proof)).charge).toBe(p.charge);
  });
});

describe('8. every cursor move is evented and the audit reports moves without a settlement', () => {
  it('reports a SETTLEMENT_ROLE holder moving a cursor without a proof', async () => {
    await atStage('ready');
    await afterDay(w, 1);
    await ledgerAs(w, w.s.consumer).settle((await proveBill(w)).proof); // day 0, proven
    // A rogue holder of SETTLEMENT_ROLE moves meter 1's cursor over day 1 with no proof.
    await w.d.meters.grantRole('SETTLEMENT_ROLE', w.s.relayer.address);
    const rogue = metersAs(w, w.s.relayer).contract;
    const kh = await keyHash(w.pub1);
    await chainCall('claimPeriod', async () => (await rogue.claimPeriod(METER_1, kh, w.d0 + DAY, w.d0 + 2 * DAY)).wait());
    expect(await cursor()).toBe(BigInt(w.d0 + 2 * DAY));
    const [ev] = await w.d.meters.contract.queryFilter(w.d.meters.contract.filters.PeriodClaimed(METER_1, w.s.relayer.address));
    expect([ev!.args.periodStart, ev!.args.periodEnd]).toEqual([BigInt(w.d0 + DAY), BigInt(w.d0 + 2 * DAY)]);

    const report = await audit({ provider, settlement: w.d.addresses.settlement, keys: await loadPublishedKeys({ only: [w.circuit] }) });
    expect(report.verified).toBe(1);
    // settle's own move (claimSettlement) emits no PeriodClaimed: only the rogue claimPeriod is logged
    expect(report.cursorMoves).toHaveLength(1);
    expect(report.unexplainedMoves).toBe(1);
    expect(report.cursorMoves.find((m) => !m.settled)).toMatchObject({
      meterId: METER_1,
      settlement: w.s.relayer.address,
      periodStart: BigInt(w.d0 + DAY),
    });
    expect(report.ok).toBe(false);
  });
});

describe('8b. a silent claimSettlement (no PeriodClaimed) is still found by the audit', () => {
  it('reports the jump in the cursor at the range end, then at the next settlement', async () => {
    await atStage('ready');
    await afterDay(w, 2);
    const settled = await ledgerAs(w, w.s.consumer).settle((await proveBill(w)).proof); // day 0, proven
    // claimSettlement, which every settle uses, emits no PeriodClaimed (issue 15: Settled logs the move).
    const claimedTopic = w.d.meters.contract.interface.getEvent('PeriodClaimed').topicHash;
    const settleLogs = (await provider.getTransactionReceipt(settled.txHash))!.logs;
    expect(settleLogs.some((l) => l.topics[0] === claimedTopic)).toBe(false);
    // A rogue SETTLEMENT_ROLE holder moves meter 1's cursor over day 1 through claimSettlement: no event at all.
    await w.d.meters.grantRole('SETTLEMENT_ROLE', w.s.relayer.address);
    const rogue = metersAs(w, w.s.relayer).contract;
    const kh = await keyHash(w.pub1);
    const tx = await chainCall('claimSettlement', async () =>
      (await rogue.claimSettlement(METER_1, kh, w.d0 + DAY, w.d0 + 2 * DAY, w.d.addresses.tariffRegistry, w.commitment)).wait(),
    );
    expect(tx!.logs).toHaveLength(0);
    expect(await cursor()).toBe(BigInt(w.d0 + 2 * DAY));
    const keys = await loadPublishedKeys({ only: [w.circuit] });

    // The cursor at the range's end is past the last logged step (the settlement of day 0).
    const first = await audit({ provider, settlement: w.d.addresses.settlement, keys });
    expect(first.verified).toBe(1);
    expect(first.unexplainedMoves).toBe(1);
    expect(first.cursorMoves.find((m) => !m.settled)).toMatchObject({
      meterId: METER_1,
      periodStart: BigInt(w.d0 + DAY),
      periodEnd: BigInt(w.d0 + 2 * DAY),
    });
    expect(first.ok).toBe(false);

    // Day 2 settles from the moved cursor: the jump is now between two settlements, found at the second.
    const day2 = await ledgerAs(w, w.s.consumer).settle((await proveBill(w, { day: 2 })).proof);
    const second = await audit({ provider, settlement: w.d.addresses.settlement, keys });
    expect(second.verified).toBe(2);
    expect(second.unexplainedMoves).toBe(1);
    const move = second.cursorMoves.find((m) => !m.settled)!;
    expect(move).toMatchObject({ meterId: METER_1, periodStart: BigInt(w.d0 + DAY), periodEnd: BigInt(w.d0 + 2 * DAY), txHash: day2.txHash });
    expect(move.reason).toMatch(/with no event/);
    expect(second.ok).toBe(false);
  });
});

describe('9. fee-on-transfer tokens never over-credit the ledger', () => {
  it('credits what the contract received', async () => {
    await atStage('ready');
    const { admin, consumer } = w.s;
    const token = await new FeeToken__factory(admin).deploy();
    await token.waitForDeployment();
    const { d, ledger } = await ledgerOnToken(w, token);
    await (await token.mint(consumer.address, 1000n)).wait();
    await ledger.deposit(1000n);
    expect(await token.balanceOf(d.addresses.settlement)).toBe(990n);
    expect(await ledger.balanceOf(consumer.address)).toBe(990n);
    const [ev] = await ledger.contract.queryFilter(ledger.contract.filters.Deposited(consumer.address));
    expect(ev!.args.amount).toBe(990n);
    // Every credited unit can leave again: the ledger holds what it owes.
    await ledger.withdraw(990n);
    expect(await token.balanceOf(d.addresses.settlement)).toBe(0n);
  });
});

describe('a meter is never stuck', () => {
  it('still settles its next bill after rotate, revoke, withdraw, accepting the next tariff early, and pauses', async () => {
    await atStage('ready');
    const authority = metersAs(w, w.s.authority);
    const retailer = ledgerAs(w, w.s.retailer);
    // The retailer takes its whole float out.
    await retailer.withdraw(await retailer.balanceOf(w.s.retailer.address));
    // The meter's key is compromised at 05:00 of day 0: revoked, and a new key installed from then on.
    const mid = BigInt(w.d0 + 5 * 3600);
    await authority.revokeKey(METER_1, mid);
    await authority.rotateKey(METER_1, w.pubRotated, mid);
    // The next tariff is offered early; the consumer tries to switch before day 0 is settled.
    await offerNext(nextCommitment, w.d0 + DAY, w.d0 + 60 * DAY);
    await expectRevert(
      () => w.d.tariffs.acceptedTariff(METER_1),
      () => tariffsAs(w, w.s.consumer).acceptTariff(METER_1, nextCommitment),
      'TariffNotInForceAtCursor',
    );
    // An emergency pause of both registries (and a revocation during it) does not stop settlement.
    await metersAs(w, w.s.regulator).pause();
    await tariffsAs(w, w.s.regulator).pause();
    await authority.revokeKey(METER_1, BigInt(w.d0 + 30 * DAY));
    // Settlement itself paused and resumed.
    await ledgerAs(w, w.s.regulator).pause();
    await ledgerAs(w, w.s.regulator).unpause();

    await afterDay(w, 1);
    const sunny = await proveBill(w, { key: KEY_1_ROTATED, readings: 'solar' });
    const first = await ledgerAs(w, w.s.relayer).settle(sunny.proof);
    expect(first.creditOwed).toBe(sunny.credit - sunny.charge);
    await tariffsAs(w, w.s.regulator).unpause();
    await metersAs(w, w.s.regulator).unpause();
    await tariffsAs(w, w.s.consumer).acceptTariff(METER_1, nextCommitment);
    const p = await proveBill(w, { key: KEY_1_ROTATED, day: 1, tariff: next });
    const second = await ledgerAs(w, w.s.relayer).settle(p.proof);
    expect(second.periodEnd).toBe(BigInt(w.d0 + 2 * DAY));
    expect(await cursor()).toBe(BigInt(w.d0 + 2 * DAY));
  });
});
