// sdk/src/chain/contracts.ts: the SDK's contracts share one parsed Interface per contract type
// instead of parsing the ABI at every connect, and behave as typechain's own connect.
import { describe, expect, it } from 'vitest';
import { JsonRpcProvider } from 'ethers';
import { Settlement__factory, TariffRegistry__factory } from '../../typechain-types/index.js';
import { connectContract, sharedInterface } from '../../sdk/src/chain/contracts.js';

const A = '0x1000000000000000000000000000000000000001';
const B = '0x2000000000000000000000000000000000000002';

describe('shared contract interfaces', () => {
  it('parses a factory’s ABI once, one Interface per factory', () => {
    expect(sharedInterface(Settlement__factory)).toBe(sharedInterface(Settlement__factory));
    expect(sharedInterface(TariffRegistry__factory)).not.toBe(sharedInterface(Settlement__factory));
    expect(sharedInterface(Settlement__factory).format()).toEqual(Settlement__factory.createInterface().format());
  });

  it('connects like typechain: same address, runner and calls, on the shared Interface', async () => {
    const provider = new JsonRpcProvider('http://127.0.0.1:1', 31337, { staticNetwork: true });
    const a = connectContract(Settlement__factory, A, provider);
    const b = connectContract(Settlement__factory, B, null);
    const ref = Settlement__factory.connect(A, provider);
    expect(a.interface).toBe(b.interface);
    expect(await a.getAddress()).toBe(A);
    expect(await b.getAddress()).toBe(B);
    expect(a.runner).toBe(provider);
    expect(b.runner).toBeNull();
    const tx = await a.settleBatch.populateTransaction([]);
    expect(tx).toEqual(await ref.settleBatch.populateTransaction([]));
    provider.destroy();
  });
});
