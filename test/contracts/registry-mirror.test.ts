// The meter registry's mirrors of the tariff registry (issue 15: settle makes one registry call) and the
// settlement contracts' own claim pause: what a stranger can write there, and that settle never reads it.
import { beforeAll, describe, expect, it } from 'vitest';
import { chainCall } from '../../sdk/src/chain/errors.js';
import {
  METER_1,
  afterDay,
  atStage,
  createWorld,
  expectRevert,
  expectRevertNoMove,
  keyHash,
  ledgerAs,
  metersAs,
  proveBill,
  readyTariff,
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
