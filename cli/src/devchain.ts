/**
 * Hardhat's in-process chain with a fresh wattproof deployment: what the CLI uses when no `--rpc`
 * is given, and what the demo runs on. Each process gets its own empty chain (chain id 31337),
 * so the deployment's addresses are the same on every run: the deployer is Hardhat's first
 * account and deploys in a fixed order.
 *
 * Accounts (Hardhat's well-known development keys, never for real funds):
 * 0 admin/deployer, 1 metering authority, 2 regulator, 3 retailer, 4 consumer.
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Provider, Signer } from 'ethers';
import { Contract } from 'ethers';
import { deployWattproof, type WattproofDeployment } from '../../sdk/src/chain/deploy.js';
import { WattproofConnection } from '../../sdk/src/roles/connection.js';
import { ChainError } from '../../core/src/errors.js';
import { repoRoot } from './paths.js';

/** The named development accounts. */
export interface DevAccounts {
  admin: Signer;
  authority: Signer;
  regulator: Signer;
  retailer: Signer;
  consumer: Signer;
}

/** A running in-process chain with a deployment. */
export interface DevChain {
  provider: Provider;
  accounts: DevAccounts;
  addresses: Record<keyof DevAccounts, string>;
  deployment: WattproofDeployment;
  /** The deployment, seen by `signer`. */
  connect(signer: Signer): Promise<WattproofConnection>;
  /** Mints test tokens (the deployment's TestToken lets anyone mint). */
  mint(to: string, amount: bigint): Promise<void>;
  /** Moves the chain's clock to at least `t` (unix seconds), for periods that end in the future. */
  advanceTo(t: bigint | number): Promise<void>;
  /** Gas used by the deployment, by step. */
  deployGas: Record<string, bigint>;
}

interface Hre {
  ethers: { provider: Provider; getSigners(): Promise<Signer[]> };
  network: { provider: { request(a: { method: string; params?: unknown[] }): Promise<unknown> } };
}

let hrePromise: Promise<Hre> | undefined;

/** Loads Hardhat (its config is the repo's, whatever the working directory). */
export async function loadHardhat(): Promise<Hre> {
  if (hrePromise === undefined) {
    const config = join(repoRoot(), 'hardhat.config.cjs');
    if (!existsSync(config)) throw new ChainError(`hardhat.config.cjs not found at ${config}`);
    process.env.HARDHAT_CONFIG ??= config;
    process.env.HARDHAT_NETWORK ??= 'hardhat';
    hrePromise = import('hardhat').then((m) => ((m as { default?: unknown }).default ?? m) as Hre);
  }
  return hrePromise;
}

/**
 * Starts the in-process chain and deploys a wattproof set whose verifier is `circuit`'s.
 * @throws ChainError when the circuit's verifier contract is not compiled (run the build)
 */
export async function startDevChain(circuit: string): Promise<DevChain> {
  const hre = await loadHardhat();
  const [admin, authority, regulator, retailer, consumer] = await hre.ethers.getSigners();
  if (consumer === undefined || admin === undefined || authority === undefined || regulator === undefined || retailer === undefined) {
    throw new ChainError('Hardhat network has fewer than 5 accounts');
  }
  const accounts: DevAccounts = { admin, authority, regulator, retailer, consumer };
  const addresses = Object.fromEntries(await Promise.all(Object.entries(accounts).map(async ([k, s]) => [k, await s.getAddress()] as const))) as Record<
    keyof DevAccounts,
    string
  >;
  const deployment = await deployWattproof(admin, {
    verifierName: circuit,
    authority: addresses.authority,
    regulator: addresses.regulator,
    retailers: [addresses.retailer],
  });
  const token = new Contract(deployment.addresses.token, ['function mint(address to, uint256 amount)'], admin);
  return {
    provider: hre.ethers.provider,
    accounts,
    addresses,
    deployment,
    deployGas: deployment.gas,
    connect: (signer) => WattproofConnection.fromDeployment(deployment, signer),
    async mint(to, amount) {
      const tx = (await token.getFunction('mint')(to, amount)) as { wait(): Promise<unknown> };
      await tx.wait();
    },
    async advanceTo(t) {
      const block = await hre.ethers.provider.getBlock('latest');
      if (block !== null && BigInt(block.timestamp) >= BigInt(t)) return;
      await hre.network.provider.request({ method: 'evm_setNextBlockTimestamp', params: [Number(t)] });
      await hre.network.provider.request({ method: 'evm_mine', params: [] });
    },
  };
}
