/**
 * The accounts a demo scenario plays with: Hardhat's in-process signers, or a node's unlocked accounts
 * over JSON-RPC (a `npx hardhat node` has 20). Shared by the market and tariffs scenarios.
 * @packageDocumentation
 */
import type { Provider, Signer } from 'ethers';
import { ChainError } from '../../../core/src/errors.js';

/** The first `count` signers of the chain a demo runs on, and how to close it. */
export interface DemoSigners {
  provider: Provider;
  /** Exactly `count` signers, in account order. */
  list: Signer[];
  /** One line naming the chain, for the demo's output. */
  label: string;
  close: () => void;
}

/**
 * @param rpc - a node's JSON-RPC URL; default Hardhat's in-process chain
 * @param count - how many accounts the demo needs
 * @param demo - the demo's name, for the error
 * @throws ChainError when the chain has fewer than `count` unlocked accounts
 */
export async function demoSigners(rpc: string | undefined, count: number, demo: string): Promise<DemoSigners> {
  if (rpc === undefined) {
    const { loadHardhat } = await import('../devchain.js');
    const hre = await loadHardhat();
    const list = await hre.ethers.getSigners();
    if (list.length < count) throw new ChainError(`the ${demo} demo needs ${count} accounts`);
    return { provider: hre.ethers.provider, list: list.slice(0, count), label: 'Hardhat in-process EVM (chain id 31337)', close: () => undefined };
  }
  const { connectRpc } = await import('../../../sdk/src/net/provider.js');
  const p = await connectRpc(rpc, { timeoutMs: 60_000 });
  const accounts = (await p.send('eth_accounts', [])) as string[];
  if (accounts.length < count) {
    p.destroy();
    throw new ChainError(`the ${demo} demo needs ${count} unlocked accounts on ${rpc} (a Hardhat node has 20); it has ${accounts.length}`);
  }
  const list = await Promise.all(accounts.slice(0, count).map((a) => p.getSigner(a)));
  return { provider: p, list, label: `JSON-RPC node ${rpc} (chain id ${(await p.getNetwork()).chainId})`, close: () => p.destroy() };
}
