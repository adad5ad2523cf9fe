// The regulator's disclosure keys by epoch (contracts/DisclosureKeys.sol) on Hardhat's EVM: one key in
// force for every period start (served by its y, construction v3 of docs/disclosure-spec.md §10),
// rotation only forward in time (no retroactive re-keying that could strand a period), only the
// regulator, and only curve points with x != 0 (the circuit leaves x != 0 to this check).
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDisclosureKey, negatePoint } from '../../core/src/crypto/disclosure.js';
import { FIELD_P } from '../../core/src/crypto/field.js';
import { DisclosureKeysClient } from '../../sdk/src/chain/disclosure-keys.js';
import { chainCall } from '../../sdk/src/chain/errors.js';
import { DisclosureKeys__factory } from '../../typechain-types/index.js';
import { provider, signers } from './world.js';
import type { JsonRpcSigner } from 'ethers';

const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
let admin: JsonRpcSigner;
let regulator: JsonRpcSigner;
let other: JsonRpcSigner;

beforeAll(async () => {
  [admin, regulator, other] = (await signers(3)) as [JsonRpcSigner, JsonRpcSigner, JsonRpcSigner];
});

async function deploy(first = generateDisclosureKey().publicKey) {
  const c = await new DisclosureKeys__factory(admin).deploy(admin.address, regulator.address, first.x, first.y);
  await c.waitForDeployment();
  return { address: await c.getAddress(), first };
}

const revertName = async (p: Promise<unknown>) =>
  chainCall('call', () => p).then(
    () => 'no revert',
    (e: { errorName?: string; message: string }) => e.errorName ?? e.message,
  );

describe('DisclosureKeys', () => {
  it('has a key for every period start: the first from time 0, each next from its start on', async () => {
    const k0 = await deploy();
    const keys = new DisclosureKeysClient(k0.address, regulator);
    const now = BigInt((await provider.getBlock('latest'))!.timestamp);
    const k1 = generateDisclosureKey().publicKey;
    const k2 = generateDisclosureKey().publicKey;
    await keys.setKey(k1, now + 1000n);
    await keys.setKey(k2, now + 5000n);
    expect(await keys.contract.epochCount()).toBe(3n);
    expect(await keys.keyAt(0n)).toMatchObject({ epoch: 0, key: k0.first });
    // the contract serves the y the proofs name (signal 5), and the epoch
    expect(await keys.contract.keyAt(now + 1000n)).toEqual([k1.y, 1n]);
    expect((await keys.keyAt(now + 999n)).epoch).toBe(0);
    expect(await keys.keyAt(now + 1000n)).toMatchObject({ epoch: 1, key: k1 });
    expect((await keys.keyAt(now + 4999n)).epoch).toBe(1);
    expect(await keys.keyAt(now + 5000n)).toMatchObject({ epoch: 2, key: k2 });
    expect((await keys.keyAt(2n ** 40n - 1n)).epoch).toBe(2);
  });

  it('refuses retroactive, out-of-order and malformed keys, and anyone but the regulator', async () => {
    const k0 = await deploy();
    const c = DisclosureKeys__factory.connect(k0.address, regulator);
    const now = BigInt((await provider.getBlock('latest'))!.timestamp);
    const k = generateDisclosureKey().publicKey;
    // A key for periods that already started could invalidate proofs made for them: refused.
    expect(await revertName(c.setKey(k.x, k.y, now - 10n))).toBe('InvalidEpochStart');
    expect(await revertName(c.setKey(k.x, k.y, now + 100n))).toBe('no revert');
    expect(await revertName(c.setKey(k.x, k.y, now + 100n))).toBe('InvalidEpochStart');
    expect(await revertName(c.setKey(k.x, k.y, now + 50n))).toBe('InvalidEpochStart');
    expect(await revertName(c.setKey(R, k.y, now + 200n))).toBe('InvalidDisclosureKey');
    expect(await revertName(c.setKey(k.x + R, k.y, now + 200n))).toBe('InvalidDisclosureKey'); // an alias of x
    expect(await revertName(c.setKey(k.x, k.y + R, now + 200n))).toBe('InvalidDisclosureKey');
    expect(await revertName(c.setKey(k.x, (k.y + 1n) % FIELD_P, now + 200n))).toBe('InvalidDisclosureKey'); // off the curve
    expect(await revertName(c.setKey(0n, 1n, now + 200n))).toBe('InvalidDisclosureKey'); // the identity
    expect(await revertName(c.setKey(0n, FIELD_P - 1n, now + 200n))).toBe('InvalidDisclosureKey'); // the point of order 2
    expect(await revertName(c.setKey(0n, k.y, now + 200n))).toBe('InvalidDisclosureKey');
    expect(await revertName(DisclosureKeys__factory.connect(k0.address, other).setKey(k.x, k.y, now + 300n))).toBe('AccessControlUnauthorizedAccount');
    expect(await c.epochCount()).toBe(2n);
    // the negation (-x, y) is a valid key, the same one for every proof (one y)
    const neg = negatePoint(k);
    expect(await revertName(c.setKey(neg.x, neg.y, now + 400n))).toBe('no revert');
    await expect(new DisclosureKeys__factory(admin).deploy(admin.address, regulator.address, 0n, 1n)).rejects.toThrow(/InvalidDisclosureKey|reverted/);
  });

  it('the SDK refuses a point with x = 0 or off the curve before sending anything', async () => {
    const k0 = await deploy();
    const keys = new DisclosureKeysClient(k0.address, regulator);
    const now = BigInt((await provider.getBlock('latest'))!.timestamp);
    await expect(keys.setKey({ x: 0n, y: 1n }, now + 10n)).rejects.toThrow(/key: has x = 0/);
    await expect(keys.setKey({ x: 1n, y: 2n }, now + 10n)).rejects.toThrow(/key: is not a point of BabyJubJub/);
    expect(await keys.contract.epochCount()).toBe(1n);
  });
});
