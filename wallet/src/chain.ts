/**
 * Connecting the wallet to a chain: an injected EIP-1193 wallet (`window.ethereum`) when the
 * browser has one, otherwise the development node `npm run wallet` started, with its
 * development consumer account (an unlocked Hardhat account: the page never holds a key).
 * @packageDocumentation
 */
import { BrowserProvider, JsonRpcProvider, Network, type Eip1193Provider, type Signer } from 'ethers';
import { WattproofConnection, type TokenInfo } from '../../sdk/src/roles/connection.js';
import { ChainError } from '../../core/src/errors.js';
import type { WalletSession } from './session.js';

/** A connected wallet. */
export interface WalletChain {
  conn: WattproofConnection;
  account: string;
  kind: 'injected' | 'development';
  /** What the page shows about the account. */
  label: string;
  token: TokenInfo;
}

/** The browser's injected wallet, if any. */
export function injectedWallet(): Eip1193Provider | undefined {
  const eth = (globalThis as { ethereum?: Eip1193Provider }).ethereum;
  return eth !== undefined && typeof eth.request === 'function' ? eth : undefined;
}

async function finish(signer: Signer, settlement: string, kind: WalletChain['kind'], label: string, fromBlock: number): Promise<WalletChain> {
  const conn = await WattproofConnection.connect(signer, settlement, { fromBlock });
  const [account, token] = await Promise.all([conn.account(), conn.token()]);
  return { conn, account, kind, label, token };
}

/**
 * Connects through the injected wallet. The settlement address is `settlement`, or the session's
 * when the wallet is on the session's chain.
 * @throws ChainError when there is no injected wallet or no settlement address for its chain
 */
export async function connectInjected(session: WalletSession | undefined, settlement?: string): Promise<WalletChain> {
  const eth = injectedWallet();
  if (eth === undefined) throw new ChainError('no browser wallet (window.ethereum) on this page');
  const provider = new BrowserProvider(eth);
  await provider.send('eth_requestAccounts', []);
  const { chainId } = await provider.getNetwork();
  const address = settlement ?? (session !== undefined && BigInt(session.chainId) === chainId ? session.settlement : undefined);
  if (address === undefined) throw new ChainError(`your wallet is on chain ${chainId}: enter the address of a wattproof Settlement contract on that chain`);
  const signer = await provider.getSigner();
  const fromBlock = session !== undefined && address.toLowerCase() === session.settlement.toLowerCase() ? session.fromBlock : 0;
  return finish(signer, address, 'injected', `Browser wallet ${await signer.getAddress()} on chain ${chainId}`, fromBlock);
}

/**
 * Connects to the session's development node as its development consumer account.
 * @throws ChainError when there is no development chain
 */
export async function connectDevelopment(session: WalletSession | undefined): Promise<WalletChain> {
  if (session === undefined) throw new ChainError('no development chain: start the wallet with `npm run wallet`, or use a browser wallet');
  // Static network and no request cache: a dev chain answers fast and changes with every block.
  const provider = new JsonRpcProvider(session.rpcUrl, Network.from(BigInt(session.chainId)), {
    staticNetwork: true,
    cacheTimeout: -1,
    pollingInterval: 250,
  });
  const signer = await provider.getSigner(session.devAccount.address);
  return finish(signer, session.settlement, 'development', `${session.devAccount.label}, on the local Hardhat node ${session.rpcUrl}`, session.fromBlock);
}

/** Calls `cb` when the injected wallet switches account or chain (the connection is then stale). */
export function onInjectedChange(cb: () => void): void {
  const eth = injectedWallet() as (Eip1193Provider & { on?: (event: string, fn: () => void) => void }) | undefined;
  eth?.on?.('accountsChanged', cb);
  eth?.on?.('chainChanged', cb);
}
