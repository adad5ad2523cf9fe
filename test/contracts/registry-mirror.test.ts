// The meter registry's mirrors of the tariff registry (issue 15: settle makes one registry call) and the
// settlement contracts' own claim pause: what a stranger can write there, and that settle never reads it.
import { beforeAll, describe, expect, it } from 'vitest';
import { chainCall } from '../../sdk/src/chain/errors.js';
import { tariffCommitment } from '../../core/src/tariff/index.js';
import {
  DAY,
  KEY_2,
  METER_1,
  METER_2,
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
  readyTariff,
  tariffsAs,
  type World,
} from './fixtures.js';

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

/** A Tariff storage word that would pass every check: Approved (2), open window, any share of estimates. */
function approvedWord(): bigint {
  return 0n | ((2n ** 40n - 1n) << 40n) | (2n << 104n) | (1000n << 112n);
}

describe('the tariff mirror in the meter registry', () => {
  it("never reads a stranger's mirror: an unapproved tariff stays TariffNotApproved", async () => {
    await atStage('deployed');
    await readyTariff(w, { approve: false });
    const stranger = metersAs(w, w.s.relayer).contract;
    // The stranger writes an approved record, the meter's acceptance and the retailer's role, under its own address.
    await (await stranger.mirrorTariff(w.s.retailer.address, w.commitment, approvedWord())).wait();
    await (await stranger.mirrorAccepted(METER_1, w.commitment)).wait();
    await (await stranger.mirrorRetailer(w.s.retailer.address, true)).wait();
    await afterDay(w, 0);
    const p = await proveBill(w);
    await expectRevertNoMove(w, () => ledgerAs(w, w.s.consumer).settle(p.proof), 'TariffNotApproved', { commitment: w.commitment });
    // A claimSettlement naming the stranger as the tariff registry is refused for want of SETTLEMENT_ROLE.
    await expectRevert(
      () => w.d.meters.getMeter(METER_1),
      () =>
        chainCall('claimSettlement', async () =>
          (await stranger.claimSettlement(METER_1, await keyHash(w.pub1), w.d0, w.d0 + 86_400, w.s.relayer.address, w.commitment)).wait(),
        ),
      'AccessControlUnauthorizedAccount',
      { account: w.s.relayer.address },
    );
  });

  it('follows the tariff registry: approval settles, and a later rejection stops the next bill', async () => {
    await atStage('deployed');
    await readyTariff(w, {});
    await afterDay(w, 1);
    const ledger = ledgerAs(w, w.s.consumer);
    expect((await ledger.settle((await proveBill(w)).proof)).charge).toBeGreaterThan(0n);
    const next = await proveBill(w, { day: 1 });
    await (await w.d.tariffs.contract.connect(w.s.regulator).rejectTariff(w.s.retailer.address, w.commitment, 'mirror test')).wait();
    await expectRevertNoMove(w, () => ledger.settle(next.proof), 'TariffIsRejected', { commitment: w.commitment });
  });
});

// The accepted tariff kept in the meter's own record (issue 15, one cold slot less per bill): a tariff's serial, set
// by the primary tariff registry's acceptance, stands for the accepted commitment; anything else reads the mirror.
describe("the accepted tariff in the meter's record", () => {
  it("follows a switch of tariff (the old one is TariffNotAccepted), never takes a stranger registry's acceptance, and is set once", async () => {
    await atStage('deployed');
    await readyTariff(w, {});
    const meters = w.d.meters.contract;
    expect(await meters.primaryTariffRegistry()).toBe(w.d.addresses.tariffRegistry);
    // The consumer switches meter 1 to a second approved tariff of its retailer.
    const second = secondTariff(w.intervalsPerDay);
    const c2 = await tariffCommitment(second);
    await tariffsAs(w, w.s.retailer).registerTariff(c2, BigInt(w.d0 - DAY), BigInt(w.d0 + 30 * DAY));
    await tariffsAs(w, w.s.regulator).approveTariff(c2, w.s.retailer.address);
    await tariffsAs(w, w.s.retailer).offerTariff(METER_1, c2);
    await tariffsAs(w, w.s.consumer).acceptTariff(METER_1, c2);
    // A stranger mirrors an approved first tariff and the meter's acceptance of it, under its own address.
    const stranger = metersAs(w, w.s.relayer).contract;
    await (await stranger.mirrorTariff(w.s.retailer.address, w.commitment, approvedWord())).wait();
    await (await stranger.mirrorAccepted(METER_1, w.commitment)).wait();
    await afterDay(w, 0);
    // The first tariff's serial is not the meter's (its acceptance moved on): the mirror says the second.
    const old = await proveBill(w);
    await expectRevertNoMove(w, () => ledgerAs(w, w.s.consumer).settle(old.proof), 'TariffNotAccepted', {
      meterId: METER_1,
      accepted: c2,
      commitment: w.commitment,
    });
    // The same in a batch: skipped with its reason; meter 2, which kept the first tariff, settles beside it.
    const out = await ledgerAs(w, w.s.relayer).settleBatch([old.proof, (await proveBill(w, { meterId: METER_2, key: KEY_2 })).proof]);
    expect(out.skipped.map((x) => [x.index, x.reason])).toEqual([[0, 'TariffNotAccepted']]);
    expect(out.settled.map((x) => x.meterId)).toEqual([METER_2]);
    // The accepted second tariff settles.
    const next = await proveBill(w, { tariff: second });
    expect((await ledgerAs(w, w.s.consumer).settle(next.proof)).tariffCommitment).toBe(c2);
    // The primary is set once, by the admin only.
    await expectRevert(
      () => meters.primaryTariffRegistry(),
      () => chainCall('setPrimaryTariffRegistry', async () => (await meters.connect(w.s.admin).setPrimaryTariffRegistry(w.s.relayer.address)).wait()),
      'PrimaryTariffRegistrySet',
      { primary: w.d.addresses.tariffRegistry },
    );
    await expectRevert(
      () => meters.primaryTariffRegistry(),
      () => chainCall('setPrimaryTariffRegistry', async () => (await stranger.setPrimaryTariffRegistry(w.s.relayer.address)).wait()),
      'AccessControlUnauthorizedAccount',
      { account: w.s.relayer.address },
    );
  });
});

describe("a settlement contract's claim pause", () => {
  it('cannot be set by a stranger for another contract; Settlement.pause sets its own, unpause clears it', async () => {
    await atStage('deployed');
    await readyTariff(w, {});
    const settlement = w.d.addresses.settlement;
    const meters = w.d.meters.contract;
    expect(await meters.claimState(settlement)).toEqual([true, false]);
    // A stranger pauses only its own (role-less) claims.
    await (await metersAs(w, w.s.relayer).contract.setClaimsPaused(true)).wait();
    expect(await meters.claimState(w.s.relayer.address)).toEqual([false, true]);
    expect(await meters.claimState(settlement)).toEqual([true, false]);
    await afterDay(w, 0);
    const p = await proveBill(w);
    await ledgerAs(w, w.s.regulator).pause();
    expect(await meters.claimState(settlement)).toEqual([true, true]);
    await expectRevertNoMove(w, () => ledgerAs(w, w.s.consumer).settle(p.proof), 'EnforcedPause');
    await ledgerAs(w, w.s.regulator).unpause();
    expect(await meters.claimState(settlement)).toEqual([true, false]);
    expect((await ledgerAs(w, w.s.consumer).settle(p.proof)).charge).toBe(p.charge);
  });

  it('follows SETTLEMENT_ROLE: a revoked settlement contract can no longer claim', async () => {
    await atStage('deployed');
    await readyTariff(w, {});
    await afterDay(w, 0);
    const p = await proveBill(w);
    await w.d.meters.revokeRole('SETTLEMENT_ROLE', w.d.addresses.settlement);
    expect(await w.d.meters.contract.claimState(w.d.addresses.settlement)).toEqual([false, false]);
    await expectRevertNoMove(w, () => ledgerAs(w, w.s.consumer).settle(p.proof), 'AccessControlUnauthorizedAccount', {
      account: w.d.addresses.settlement,
    });
    await w.d.meters.grantRole('SETTLEMENT_ROLE', w.d.addresses.settlement);
    expect((await ledgerAs(w, w.s.consumer).settle(p.proof)).charge).toBe(p.charge);
  });
});
