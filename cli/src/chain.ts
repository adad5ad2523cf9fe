/**
 * Which chain a CLI command talks to: `--rpc URL` (any node; `--settlement ADDRESS` names the
 * deployment, `--private-key` or $WATTPROOF_PRIVATE_KEY the account, else the node's first
 * unlocked account), or, without `--rpc`, a fresh deployment on Hardhat's in-process chain.
 * @packageDocumentation
 */
import { Wallet, type Signer } from 'ethers';
import { ChainError, ValidationError } from '../../core/src/errors.js';
import { parseJsonText } from '../../core/src/schema-util.js';
import { readText } from './files.js';
import { connectRpc, type RetryingJsonRpcProvider } from '../../sdk/src/net/provider.js';
import type { WattproofConnection } from '../../sdk/src/roles/connection.js';
import type { DevChain } from './devchain.js';
import type { Output } from './output.js';
import { UsageError } from './output.js';

/** Global chain options every chain command accepts. */
export interface ChainOptions {
  rpc?: string;
  'rpc-timeout'?: string;
  settlement?: string;
  deployment?: string;
  'private-key'?: string;
  'from-block'?: string;
}

export { CHAIN_HELP, CHAIN_OPTIONS } from './chain-options.js';

/** A resolved chain: a connection, plus the dev chain when in-process. */
export interface CliChain {
  conn: WattproofConnection;
  dev?: DevChain;
  rpc?: RetryingJsonRpcProvider;
  /** Closes network handles. */
  close(): void;
}

/** The Settlement address of a deployment record (scripts/deploy.ts --out). */
async function settlementOf(file: string): Promise<string> {
  const doc = parseJsonText(await readText(file), file) as { settlement?: unknown; addresses?: { settlement?: unknown } } | null;
  const address = doc?.settlement ?? doc?.addresses?.settlement;
  if (typeof address !== 'string') throw new ValidationError('--deployment', `${file} has no "settlement" address`);
  return address;
}

/** `--rpc-timeout SECONDS` in ms (default 30 s). @throws ValidationError */
function parseRpcTimeout(v: string | undefined): number {
  if (v === undefined) return 30_000;
  const s = v.trim();
  if (!/^\d{1,5}(\.\d{1,3})?$/.test(s) || Number(s) <= 0 || Number(s) > 3600) {
    throw new ValidationError('--rpc-timeout', `'${v}' must be a number of seconds in (0, 3600], e.g. 30`);
  }
  return Math.round(Number(s) * 1000);
}

function parseBlock(v: string | undefined, field: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new ValidationError(field, `'${v}' is not a block number`);
  return Number(v);
}

async function rpcSigner(provider: RetryingJsonRpcProvider, key: string | undefined): Promise<Signer> {
  if (key !== undefined && key.trim() !== '') {
    const k = key.trim().startsWith('0x') ? key.trim() : `0x${key.trim()}`;
    if (!/^0x[0-9a-fA-F]{64}$/.test(k)) throw new ValidationError('--private-key', 'must be 64 hex digits');
    return new Wallet(k, provider);
  }
  const accounts = (await provider.send('eth_accounts', []).catch(() => [])) as string[];
  if (accounts.length === 0) {
    throw new ChainError('the node has no unlocked accounts: give --private-key or set $WATTPROOF_PRIVATE_KEY', { code: 'CHAIN_NO_ACCOUNT' });
  }
  return provider.getSigner(accounts[0]);
}

/**
 * Resolves the chain of a command.
 * @param devCircuit - circuit whose verifier a fresh in-process deployment uses
 */
export async function resolveChain(opts: ChainOptions, out: Output, devCircuit: string): Promise<CliChain> {
  const fromBlock = parseBlock(opts['from-block'], '--from-block');
  if (opts.rpc === undefined) {
    if (opts.settlement !== undefined || opts.deployment !== undefined) {
      throw new UsageError('--settlement and --deployment need --rpc (without --rpc a fresh in-process deployment is used)');
    }
    out.progress(`chain: Hardhat in-process (chain id 31337), fresh deployment with the ${devCircuit} verifier`);
    const { startDevChain } = await import('./devchain.js');
    const dev = await startDevChain(devCircuit);
    return { conn: await dev.connect(dev.accounts.consumer), dev, close: () => undefined };
  }
  const settlement = opts.settlement ?? (opts.deployment === undefined ? undefined : await settlementOf(opts.deployment));
  if (settlement === undefined) throw new UsageError('--rpc needs --settlement ADDRESS or --deployment FILE (the Settlement contract of the deployment)');
  const timeoutMs = parseRpcTimeout(opts['rpc-timeout']);
  const rpc = await connectRpc(opts.rpc, {
    timeoutMs,
    totalTimeoutMs: 2 * timeoutMs,
    retry: { onRetry: (i) => out.progress(`  rpc: ${i.action} failed (${i.reason}); retry ${i.attempt} in ${i.delayMs} ms`) },
  });
  const signer = await rpcSigner(rpc, opts['private-key'] ?? process.env.WATTPROOF_PRIVATE_KEY);
  // Loaded here: the connection needs the compiled contracts' bindings, which a fresh clone lacks until built.
  const { WattproofConnection } = await import('../../sdk/src/roles/connection.js');
  const conn = await WattproofConnection.connect(signer, settlement, fromBlock === undefined ? {} : { fromBlock });
  return { conn, rpc, close: () => rpc.destroy() };
}
