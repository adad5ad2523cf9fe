// The regulator's disclosure keys by epoch (contracts/DisclosureKeys.sol) on Hardhat's EVM: one key in
// force for every period start, rotation only forward in time (no retroactive re-keying that could
// strand a period), only the regulator, and the SDK refusing a point that does not match its hash.
import { beforeAll, describe, expect, it } from 'vitest';
import { disclosureKeyHash, generateDisclosureKey } from '../../core/src/crypto/disclosure.js';
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
  const hash = await disclosureKeyHash(first);
  const c = await new DisclosureKeys__factory(admin).deploy(admin.address, regulator.address, hash, first.x, first.y);
  await c.waitForDeployment();
  return { address: await c.getAddress(), first, hash };
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
    expect(await keys.keyAt(0n)).toMatchObject({ epoch: 0, keyHash: k0.hash, key: k0.first });
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
    const h = await disclosureKeyHash(k);
    // A key for periods that already started could invalidate proofs made for them: refused.
    expect(await revertName(c.setKey(h, k.x, k.y, now - 10n))).toBe('InvalidEpochStart');
    expect(await revertName(c.setKey(h, k.x, k.y, now + 100n))).toBe('no revert');
    expect(await revertName(c.setKey(h, k.x, k.y, now + 100n))).toBe('InvalidEpochStart');
    expect(await revertName(c.setKey(h, k.x, k.y, now + 50n))).toBe('InvalidEpochStart');
    expect(await revertName(c.setKey(0n, k.x, k.y, now + 200n))).toBe('InvalidDisclosureKey');
    expect(await revertName(c.setKey(R, k.x, k.y, now + 200n))).toBe('InvalidDisclosureKey');
    expect(await revertName(c.setKey(h, R, k.y, now + 200n))).toBe('InvalidDisclosureKey');
    expect(await revertName(c.setKey(h, 0n, 1n, now + 200n))).toBe('InvalidDisclosureKey'); // the identity
    expect(await revertName(DisclosureKeys__factory.connect(k0.address, other).setKey(h, k.x, k.y, now + 300n))).toBe('AccessControlUnauthorizedAccount');
    expect(await c.epochCount()).toBe(2n);
  });

  it('the SDK refuses to hand out a point that does not hash to the registered key', async () => {
    const k0 = await deploy();
    const c = DisclosureKeys__factory.connect(k0.address, regulator);
    const now = BigInt((await provider.getBlock('latest'))!.timestamp);
    const k = generateDisclosureKey().publicKey;
    const wrongHash = await disclosureKeyHash(generateDisclosureKey().publicKey);
    await (await c.setKey(wrongHash, k.x, k.y, now + 10n)).wait();
    await expect(new DisclosureKeysClient(k0.address, other).keyAt(now + 10n)).rejects.toThrow(/does not hash to its registered key hash/);
  });
});
