// Registries, roles, pause and the ledger's own calls on Hardhat's EVM (no proofs needed), including
// an ERC-20 that reenters the ledger.
import { ledgerOnToken } from './world.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainCall } from '../../sdk/src/chain/errors.js';
import { OPEN_END } from '../../sdk/src/chain/meter-registry.js';
import { ReentrantToken__factory, Settlement__factory } from '../../typechain-types/index.js';
import {
  DAY,
  METER_1,
  METER_2,
  UNIT,
  atStage,
  createWorld,
  expectRevert,
  expectRevertNoMove,
  keyHash,
  ledgerAs,
  metersAs,
  tariffsAs,
  type World,
} from './fixtures.js';

const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

describe('MeterRegistry', () => {
  it('stores the meter and its key window, and emits the public key', async () => {
    await atStage('ready');
    const m = await w.d.meters.getMeter(METER_1);
    expect(m).toEqual({
      meterId: METER_1,
      consumer: w.s.consumer.address,
      retailer: w.s.retailer.address,
      keyHash: await keyHash(w.pub1),
      nextPeriodStart: BigInt(w.d0),
      billedUntil: 0n,
    });
    expect(await w.d.meters.getKey(await keyHash(w.pub1))).toEqual({
      keyHash: await keyHash(w.pub1),
      meterId: METER_1,
      validFrom: BigInt(w.d0),
      validUntil: OPEN_END,
    });
    const c = w.d.meters.contract;
    const [ev] = await c.queryFilter(c.filters.MeterRegistered(METER_1));
    expect(ev!.args.pubKeyX).toBe(w.pub1.x);
    expect(ev!.args.pubKeyY).toBe(w.pub1.y);
    expect(await w.d.meters.getMeter(999n)).toBeUndefined();
  });

  it('lets only the metering authority register, rotate and revoke', async () => {
    await atStage('ready');
    const asRetailer = metersAs(w, w.s.retailer);
    const meters = () => w.d.meters.getMeter(METER_1);
    await expectRevert(
      meters,
      () =>
        asRetailer.registerMeter({
          meterId: 7n,
          publicKey: w.pubRotated,
          consumer: w.s.consumer.address,
          retailer: w.s.retailer.address,
          firstPeriodStart: 0n,
        }),
      'AccessControlUnauthorizedAccount',
      { account: w.s.retailer.address },
    );
    await expectRevert(meters, () => asRetailer.rotateKey(METER_1, w.pubRotated, BigInt(w.d0)), 'AccessControlUnauthorizedAccount');
    await expectRevert(meters, () => asRetailer.revokeKey(METER_1, BigInt(w.d0)), 'AccessControlUnauthorizedAccount');
  });

  it('refuses duplicate meters, key hashes shared across meters and keys outside the field', async () => {
    await atStage('ready');
    const authority = metersAs(w, w.s.authority);
    const base = { consumer: w.s.consumer.address, retailer: w.s.retailer.address, firstPeriodStart: BigInt(w.d0) };
    const state = () => Promise.all([w.d.meters.getMeter(METER_1), w.d.meters.getMeter(3n)]);
    await expectRevert(state, () => authority.registerMeter({ ...base, meterId: METER_1, publicKey: w.pubRotated }), 'MeterAlreadyRegistered');
    await expectRevert(state, () => authority.registerMeter({ ...base, meterId: 3n, publicKey: w.pub2 }), 'KeyHashInUse', {
      keyHash: await keyHash(w.pub2),
      meterId: METER_2,
    });
    const raw = w.d.meters.contract.connect(w.s.authority);
    await expectRevert(
      state,
      () => chainCall('registerMeter', async () => (await raw.registerMeter(3n, R, 1n, 2n, base.consumer, base.retailer, base.firstPeriodStart)).wait()),
      'InvalidKey',
      { keyHash: R },
    );
    await expectRevert(state, () => authority.rotateKey(METER_1, w.pub2, BigInt(w.d0)), 'KeyHashInUse');
  });

  it('rotates: the old window closes at effectiveAt, the new one opens at min(effectiveAt, cursor); never before the old start', async () => {
    await atStage('ready');
    const authority = metersAs(w, w.s.authority);
    await expectRevert(
      () => w.d.meters.getMeter(METER_1),
      () => authority.rotateKey(METER_1, w.pubRotated, BigInt(w.d0 - 1)),
      'InvalidKeyTime',
    );
    await authority.rotateKey(METER_1, w.pubRotated, BigInt(w.d0 + 5 * DAY));
    expect((await w.d.meters.getKey(await keyHash(w.pub1)))!.validUntil).toBe(BigInt(w.d0 + 5 * DAY));
    // The cursor is still at d0: the new key covers every unsettled instant before effectiveAt too.
    expect(await w.d.meters.getKey(await keyHash(w.pubRotated))).toMatchObject({
      meterId: METER_1,
      validFrom: BigInt(w.d0),
      validUntil: OPEN_END,
    });
    expect((await w.d.meters.getMeter(METER_1))!.keyHash).toBe(await keyHash(w.pubRotated));
    // Revoking only shortens a window.
    await authority.revokeKey(METER_1, BigInt(w.d0 + 9 * DAY));
    await authority.revokeKey(METER_1, BigInt(w.d0 + 20 * DAY));
    expect((await w.d.meters.getKey(await keyHash(w.pubRotated)))!.validUntil).toBe(BigInt(w.d0 + 9 * DAY));
  });

  it('lets only settlement contracts move a billing cursor, and only from where it is', async () => {
    await atStage('ready');
    const asConsumer = metersAs(w, w.s.consumer).contract;
    await expectRevert(
      () => w.d.meters.getMeter(METER_1),
      () => chainCall('claimPeriod', async () => (await asConsumer.claimPeriod(METER_1, await keyHash(w.pub1), w.d0, w.d0 + DAY)).wait()),
      'AccessControlUnauthorizedAccount',
      { account: w.s.consumer.address },
    );
  });

  it('stops registry changes while paused, but not revocation', async () => {
    await atStage('ready');
    await metersAs(w, w.s.regulator).pause();
    await expectRevert(
      () => w.d.meters.getMeter(METER_1),
      () => metersAs(w, w.s.authority).rotateKey(METER_1, w.pubRotated, BigInt(w.d0)),
      'EnforcedPause',
    );
    await metersAs(w, w.s.authority).revokeKey(METER_1, BigInt(w.d0));
    await metersAs(w, w.s.regulator).unpause();
    await metersAs(w, w.s.authority).rotateKey(METER_1, w.pubRotated, BigInt(w.d0));
  });
});

describe('TariffRegistry', () => {
  it('walks a tariff from registration through approval and offer to acceptance', async () => {
    await atStage('deployed');
    const retailer = tariffsAs(w, w.s.retailer);
    await retailer.registerTariff(w.commitment, BigInt(w.d0), BigInt(w.d0 + 30 * DAY));
    expect(await w.d.tariffs.getTariff(w.commitment)).toEqual({
      commitment: w.commitment,
      retailer: w.s.retailer.address,
      validFrom: BigInt(w.d0),
      validUntil: BigInt(w.d0 + 30 * DAY),
      tzOffsetSeconds: 3600,
      altTzOffsetSeconds: 3600, // a fixed clock: its one offset
      status: 'pending',
      maxNonActualPerMille: 1000,
    });
    const state = () => Promise.all([w.d.tariffs.getTariff(w.commitment), w.d.tariffs.offeredTariff(METER_1), w.d.tariffs.acceptedTariff(METER_1)]);
    await expectRevert(state, () => retailer.offerTariff(METER_1, w.commitment), 'WrongStatus', { status: 1n });
    await expectRevert(state, () => retailer.approveTariff(w.commitment), 'AccessControlUnauthorizedAccount');
    await tariffsAs(w, w.s.regulator).approveTariff(w.commitment);
    await expectRevert(state, () => tariffsAs(w, w.s.regulator).approveTariff(w.commitment), 'WrongStatus', { status: 2n });
    await expectRevert(state, () => tariffsAs(w, w.s.retailer2).offerTariff(METER_1, w.commitment), 'NotMetersRetailer');
    await expectRevert(state, () => tariffsAs(w, w.s.consumer).acceptTariff(METER_1, w.commitment), 'NotOffered');
    await retailer.offerTariff(METER_1, w.commitment);
    expect(await w.d.tariffs.offeredTariff(METER_1)).toBe(w.commitment);
    await expectRevert(state, () => tariffsAs(w, w.s.consumer2).acceptTariff(METER_1, w.commitment), 'NotMetersConsumer', {
      caller: w.s.consumer2.address,
    });
    await tariffsAs(w, w.s.consumer).acceptTariff(METER_1, w.commitment);
    expect(await w.d.tariffs.acceptedTariff(METER_1)).toBe(w.commitment);
    expect(await w.d.tariffs.offeredTariff(METER_1)).toBeUndefined();
  });

  it('refuses duplicate commitments, empty windows, commitments outside the field and non-retailers', async () => {
    await atStage('ready');
    const retailer = tariffsAs(w, w.s.retailer);
    const state = () => w.d.tariffs.getTariff(w.commitment);
    await expectRevert(state, () => retailer.registerTariff(w.commitment, 1n, 2n), 'TariffAlreadyRegistered');
    await expectRevert(state, () => retailer.registerTariff(77n, 5n, 5n), 'InvalidWindow');
    await expectRevert(state, () => retailer.registerTariff(R, 1n, 2n), 'InvalidCommitment');
    await expectRevert(state, () => tariffsAs(w, w.s.consumer).registerTariff(77n, 1n, 2n), 'AccessControlUnauthorizedAccount');
  });

  it('lets the regulator reject a tariff, after which it cannot be offered', async () => {
    await atStage('ready');
    await tariffsAs(w, w.s.regulator).rejectTariff(w.commitment, 'tax rate wrong');
    expect((await w.d.tariffs.getTariff(w.commitment))!.status).toBe('rejected');
    const state = () => w.d.tariffs.getTariff(w.commitment);
    await expectRevert(state, () => tariffsAs(w, w.s.retailer).offerTariff(METER_1, w.commitment), 'WrongStatus');
    await expectRevert(state, () => tariffsAs(w, w.s.regulator).rejectTariff(w.commitment, 'again'), 'WrongStatus');
  });

  it('stops registry changes while paused', async () => {
    await atStage('ready');
    await tariffsAs(w, w.s.regulator).pause();
    await expectRevert(
      () => w.d.tariffs.getTariff(77n),
      () => tariffsAs(w, w.s.retailer).registerTariff(77n, 1n, 2n),
      'EnforcedPause',
    );
    await tariffsAs(w, w.s.regulator).unpause();
    await tariffsAs(w, w.s.retailer).registerTariff(77n, 1n, 2n);
  });
});

describe('ledger calls', () => {
  it('deposits, withdraws free balance only, and refuses zero amounts', async () => {
    await atStage('ready');
    const consumer = ledgerAs(w, w.s.consumer);
    expect(await consumer.position(w.s.consumer.address)).toEqual({ balance: 100n * UNIT, free: 100n * UNIT, arrears: 0n, debt: 0n });
    await expectRevertNoMove(w, () => consumer.withdraw(100n * UNIT + 1n), 'InsufficientFreeBalance', {
      free: 100n * UNIT,
      requested: 100n * UNIT + 1n,
    });
    await expectRevertNoMove(w, () => consumer.deposit(0n), 'ZeroAmount');
    await expectRevertNoMove(w, () => consumer.payArrears(METER_1, 1n), 'ExceedsArrears');
    const tokenBefore = await w.token.balanceOf(w.s.consumer.address);
    await consumer.withdraw(40n * UNIT);
    expect(await w.token.balanceOf(w.s.consumer.address)).toBe(tokenBefore + 40n * UNIT);
    expect(await consumer.balanceOf(w.s.consumer.address)).toBe(60n * UNIT);
  });

  it('cannot be reentered through its ERC-20 (ReentrancyGuardReentrantCall)', async () => {
    await atStage('ready');
    const { admin, consumer } = w.s;
    const token = await new ReentrantToken__factory(admin).deploy();
    await token.waitForDeployment();
    const { d, ledger } = await ledgerOnToken(w, token);
    await (await token.mint(consumer.address, 100n)).wait();
    await ledger.deposit(60n);

    const iface = Settlement__factory.createInterface();
    const state = async () => [await ledger.position(consumer.address), await token.balanceOf(consumer.address), await token.balanceOf(d.addresses.settlement)];
    // withdraw -> token.transfer -> withdraw again
    await (await token.arm(d.addresses.settlement, iface.encodeFunctionData('withdraw', [10n]))).wait();
    await expectRevert(state, () => ledger.withdraw(10n), 'ReentrancyGuardReentrantCall');
    // deposit -> token.transferFrom -> withdraw
    await (await token.arm(d.addresses.settlement, iface.encodeFunctionData('withdraw', [10n]))).wait();
    await expectRevert(state, () => ledger.deposit(10n), 'ReentrancyGuardReentrantCall');
    // withdraw -> token.transfer -> settle
    const zero = [0n, 0n] as const;
    const settleData = iface.encodeFunctionData('settle', [[...zero], [[...zero], [...zero]], [...zero], [0n, 0n, 0n, 0n, 0n]]);
    await (await token.arm(d.addresses.settlement, settleData)).wait();
    await expectRevert(state, () => ledger.withdraw(10n), 'ReentrancyGuardReentrantCall');
    // Disarmed, the same calls go through.
    await (await token.disarm()).wait();
    await ledger.withdraw(10n);
    expect(await ledger.balanceOf(consumer.address)).toBe(50n);
  });
});
