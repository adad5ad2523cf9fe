// What a claim reads from the key's own record (issue 15, one cold slot less per bill): the meter's retailer as an
// index into the registry's retailer table, and, on the meter's current key only, the serial of its accepted tariff.
// Adversarial: a rotation moves the serial (an older key's bills read the acceptance mirror, so a stale serial can
// never pass a tariff the consumer left), bills of the old key in its window settle and outside it are skipped, and
// each bill pays the retailer of its own meter, whatever key or retailer table entry a bill names.
import { beforeAll, describe, expect, it } from 'vitest';
import { packPeriod, unpackPeriod } from '../../core/src/bill/signals.js';
import { meterPublicKey } from '../../core/src/crypto/index.js';
import { tariffCommitment, type Tariff } from '../../core/src/tariff/index.js';
import {
  DAY,
  KEY_1,
  KEY_1_ROTATED,
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
  provider,
  tariffsAs,
  withSignals,
  type World,
} from './fixtures.js';

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

/** Registers a second approved tariff of the world's retailer, valid from before d0, offered to METER_1. */
async function registerSecondTariff(): Promise<{ tariff: Tariff; commitment: bigint }> {
  const tariff = secondTariff(w.intervalsPerDay);
  const commitment = await tariffCommitment(tariff);
  await tariffsAs(w, w.s.retailer).registerTariff(commitment, BigInt(w.d0 - DAY), BigInt(w.d0 + 30 * DAY));
  await tariffsAs(w, w.s.regulator).approveTariff(commitment, w.s.retailer.address);
  await tariffsAs(w, w.s.retailer).offerTariff(METER_1, commitment);
  return { tariff, commitment };
}

describe("the accepted serial in the current key's record", () => {
  it('moves on rotation: an old key in its window settles, outside it is skipped, and a stale serial never passes', async () => {
    await atStage('ready');
    // The old key signs periods ending by d0 + 1 day; the new one from the cursor (d0) on.
    await metersAs(w, w.s.authority).rotateKey(METER_1, w.pubRotated, BigInt(w.d0 + DAY));
    const oldKey = (await w.d.meters.getKey(await keyHash(w.pub1)))!;
    expect([oldKey.validFrom, oldKey.validUntil]).toEqual([BigInt(w.d0), BigInt(w.d0 + DAY)]);
    await afterDay(w, 1);
    const ledger = ledgerAs(w, w.s.relayer);
    // Batch: the old key's day 0 (in its window) settles through the acceptance mirror; its day 1 (outside) is
    // skipped; meter 2 settles beside them.
    const oldDay0 = await proveBill(w, { key: KEY_1 });
    const oldDay1 = await proveBill(w, { key: KEY_1, day: 1 });
    const other = await proveBill(w, { meterId: METER_2, key: KEY_2 });
    const out = await ledger.settleBatch([oldDay0.proof, oldDay1.proof, other.proof]);
    expect(out.settled.map((x) => [x.meterId, x.periodStart])).toEqual([
      [METER_1, BigInt(w.d0)],
      [METER_2, BigInt(w.d0)],
    ]);
    expect(out.skipped.map((x) => [x.index, x.reason])).toEqual([[1, 'KeyNotValidForPeriod']]);
    // The new key's day 1 settles (the serial moved with the rotation).
    const fresh = await proveBill(w, { key: KEY_1_ROTATED, day: 1 });
    expect((await ledger.settle(fresh.proof)).periodEnd).toBe(BigInt(w.d0 + 2 * DAY));
  });

  it("a serial left on the old key would pass the tariff the consumer left: the old key's bill is TariffNotAccepted", async () => {
    await atStage('ready');
    // The old key keeps day 0 in its window; the consumer then switches to a second tariff (written on the new key).
    await metersAs(w, w.s.authority).rotateKey(METER_1, w.pubRotated, BigInt(w.d0 + DAY));
    const { tariff, commitment } = await registerSecondTariff();
    await tariffsAs(w, w.s.consumer).acceptTariff(METER_1, commitment);
    await afterDay(w, 0);
    const ledger = ledgerAs(w, w.s.relayer);
    // The first tariff, once accepted while the old key was current, is refused for either key, single and batched.
    const oldKeyOldTariff = await proveBill(w, { key: KEY_1 });
    const args = { meterId: METER_1, accepted: commitment, commitment: w.commitment };
    await expectRevertNoMove(w, () => ledger.settle(oldKeyOldTariff.proof), 'TariffNotAccepted', args);
    const newKeyOldTariff = await proveBill(w, { key: KEY_1_ROTATED });
    await expectRevertNoMove(w, () => ledger.settle(newKeyOldTariff.proof), 'TariffNotAccepted', args);
    const out = await ledger.settleBatch([oldKeyOldTariff.proof, newKeyOldTariff.proof, (await proveBill(w, { meterId: METER_2, key: KEY_2 })).proof]);
    expect(out.skipped.map((x) => [x.index, x.reason])).toEqual([
      [0, 'TariffNotAccepted'],
      [1, 'TariffNotAccepted'],
    ]);
    // The accepted tariff settles with the old key (mirror path) in its window, and the meter goes on with the new one.
    const oldKeyNewTariff = await proveBill(w, { key: KEY_1, tariff });
    expect((await ledger.settle(oldKeyNewTariff.proof)).tariffCommitment).toBe(commitment);
    await afterDay(w, 1);
    const next = await proveBill(w, { key: KEY_1_ROTATED, day: 1, tariff });
    expect((await ledger.settle(next.proof)).periodEnd).toBe(BigInt(w.d0 + 2 * DAY));
  });

  it('an acceptance before the rotation is carried to the new key: its old tariff stays refused', async () => {
    await atStage('ready');
    const { tariff, commitment } = await registerSecondTariff();
    await tariffsAs(w, w.s.consumer).acceptTariff(METER_1, commitment);
    await metersAs(w, w.s.authority).rotateKey(METER_1, w.pubRotated, BigInt(w.d0));
    await afterDay(w, 0);
    const ledger = ledgerAs(w, w.s.relayer);
    await expectRevertNoMove(w, async () => ledger.settle((await proveBill(w, { key: KEY_1_ROTATED })).proof), 'TariffNotAccepted', {
      meterId: METER_1,
      accepted: commitment,
      commitment: w.commitment,
    });
    expect((await ledger.settle((await proveBill(w, { key: KEY_1_ROTATED, tariff })).proof)).tariffCommitment).toBe(commitment);
  });
});

describe("the retailer index in the key's record", () => {
  it("pays each bill's own retailer; another meter's key or retailer cannot be named", async () => {
    await atStage('ready');
    // Meter 3 of the second retailer (index 2), under the same tariff document registered by that retailer.
    const METER_3 = 1003n;
    const KEY_3 = new Uint8Array(32).fill(0x44);
    await metersAs(w, w.s.authority).registerMeter({
      meterId: METER_3,
      publicKey: await meterPublicKey(KEY_3),
      consumer: w.s.consumer.address,
      retailer: w.s.retailer2.address,
      firstPeriodStart: BigInt(w.d0),
    });
    expect(await w.d.meters.contract.parties(METER_3)).toEqual([w.s.consumer.address, w.s.retailer2.address]);
    const r2 = tariffsAs(w, w.s.retailer2);
    await r2.registerTariff(w.commitment, BigInt(w.d0 - 30 * DAY), BigInt(w.d0 + 365 * DAY));
    await tariffsAs(w, w.s.regulator).approveTariff(w.commitment, w.s.retailer2.address);
    await r2.offerTariff(METER_3, w.commitment);
    await tariffsAs(w, w.s.consumer).acceptTariff(METER_3, w.commitment);
    await afterDay(w, 0);
    const ledger = ledgerAs(w, w.s.relayer);
    const st = w.d.settlement.contract;
    const [before1, before2] = [await st.balanceOf(w.s.retailer.address), await st.balanceOf(w.s.retailer2.address)];
    const b1 = await proveBill(w);
    const b3 = await proveBill(w, { meterId: METER_3, key: KEY_3 });
    // Meter 3's key on meter 1's bill (a proof of meter 1 signed by meter 3's key) is refused as another meter's key.
    const crossed = await proveBill(w, { meterId: METER_1, key: KEY_3 });
    const out = await ledger.settleBatch([crossed.proof, b1.proof, b3.proof]);
    expect(out.skipped.map((x) => [x.index, x.reason])).toEqual([[0, 'KeyMeterMismatch']]);
    expect(out.settled.map((x) => [x.meterId, x.retailer])).toEqual([
      [METER_1, w.s.retailer.address],
      [METER_3, w.s.retailer2.address],
    ]);
    expect(await st.balanceOf(w.s.retailer.address)).toBe(before1 + b1.charge - b1.credit);
    expect(await st.balanceOf(w.s.retailer2.address)).toBe(before2 + b3.charge - b3.credit);
    // A bill naming meter 3 with meter 1's key hash is refused too (its proof does not matter: the rule fails first).
    // Meter 1's day 1 (the other cases here prove it) renamed to meter 3: the very signals of meter 3's day 1 (same
    // readings and tariff) with meter 1's key hash, without a proof of its own.
    await afterDay(w, 1);
    const day1 = (await proveBill(w, { day: 1 })).proof;
    const swapped = withSignals(day1, { 2: packPeriod({ ...unpackPeriod(day1.signals[2]!), meterId: METER_3 }) });
    await expectRevertNoMove(w, () => ledger.settle(swapped), 'KeyMeterMismatch', { keyMeterId: METER_1, meterId: METER_3 });
    // The key records name the retailers by index; the public views still give the meters' retailers.
    expect((await w.d.meters.getKey(await keyHash(w.pub1)))!.meterId).toBe(METER_1);
  });
});

describe("the retailer's role in its table entry (the primary tariff registry's word)", () => {
  it('follows the primary registry only: a revoked retailer is skipped in a batch, a stranger cannot set or clear it', async () => {
    await atStage('ready');
    const stranger = metersAs(w, w.s.relayer).contract;
    // A stranger's mirror says the retailer is inactive: only its own mirror, never the table.
    await (await stranger.mirrorRetailer(w.s.retailer.address, false)).wait();
    await afterDay(w, 1);
    const ledger = ledgerAs(w, w.s.relayer);
    const day0 = [(await proveBill(w)).proof, (await proveBill(w, { meterId: METER_2, key: KEY_2 })).proof];
    expect((await ledger.settleBatch(day0)).settled.length).toBe(2);
    // The primary revokes the role: both meters' next bills are skipped with RetailerNotActive.
    await w.d.tariffs.revokeRole('RETAILER_ROLE', w.s.retailer.address);
    // A stranger's mirror says active: not taken either.
    await (await stranger.mirrorRetailer(w.s.retailer.address, true)).wait();
    const day1 = [(await proveBill(w, { day: 1 })).proof, (await proveBill(w, { meterId: METER_2, key: KEY_2, day: 1 })).proof];
    // (every bill skipped, the same bill twice too: the batch settles none and verifies no proof)
    const out = await ledger.settleBatch([...day1, day1[0]!]);
    expect(out.settled).toEqual([]);
    expect(out.skipped.map((x) => x.reason)).toEqual(['RetailerNotActive', 'RetailerNotActive', 'RetailerNotActive']);
    await w.d.tariffs.grantRole('RETAILER_ROLE', w.s.retailer.address);
    expect((await ledger.settleBatch(day1)).settled.length).toBe(2);
  });
});

describe('the retailer table when full', () => {
  it('refuses a meter of a 65,536th retailer (TooManyRetailers) and still serves the numbered ones', async () => {
    await atStage('ready');
    const registry = w.d.addresses.meterRegistry;
    // _retailerCount's slot (AccessControl's roles 0, Pausable 1, meters 2, keys 3, table 4, index 5): the world's two
    // retailers, numbered when their role was mirrored by the primary registry.
    const COUNT_SLOT = '0x6';
    expect(BigInt(await provider.send('eth_getStorageAt', [registry, COUNT_SLOT, 'latest']))).toBe(2n);
    await provider.send('hardhat_setStorageAt', [registry, COUNT_SLOT, `0x${0xffffn.toString(16).padStart(64, '0')}`]);
    const authority = metersAs(w, w.s.authority);
    const newcomer = w.s.relayer.address;
    const meter = () => w.d.meters.getMeter(1004n);
    await expectRevert(
      meter,
      async () =>
        authority.registerMeter({
          meterId: 1004n,
          publicKey: await meterPublicKey(new Uint8Array(32).fill(0x45)),
          consumer: w.s.consumer.address,
          retailer: newcomer,
          firstPeriodStart: BigInt(w.d0),
        }),
      'TooManyRetailers',
    );
    // The role can still be granted (its claims would read the mirror), and a numbered retailer's meter registers.
    await w.d.tariffs.grantRole('RETAILER_ROLE', newcomer);
    await authority.registerMeter({
      meterId: 1005n,
      publicKey: await meterPublicKey(new Uint8Array(32).fill(0x46)),
      consumer: w.s.consumer.address,
      retailer: w.s.retailer2.address,
      firstPeriodStart: BigInt(w.d0),
    });
    expect(await w.d.meters.contract.parties(1005n)).toEqual([w.s.consumer.address, w.s.retailer2.address]);
  });
});
