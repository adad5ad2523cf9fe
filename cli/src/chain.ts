/**
 * Which chain a CLI command talks to, and as which account.
 *
 * The chain: `--rpc URL` (or $WATTPROOF_RPC; any node) with `--deployment FILE` or
 * `--settlement ADDRESS` naming the deployment, or, for the development commands without an RPC
 * URL, a fresh deployment on Hardhat's in-process chain.
 *
 * The account: `--key-file FILE` or $WATTPROOF_PRIVATE_KEY. A private key is never taken from
 * the command line (`--private-key` is refused: arguments show in process listings and shell
 * history). Without a key the development commands fall back to the node's first unlocked
 * account; the role commands need a key.
 * @packageDocumentation
 */
import { stat } from 'node:fs/promises';
import { getAddress, isAddress, Wallet, type Signer } from 'ethers';
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
  'key-file'?: string;
  'private-key'?: string;
  'from-block'?: string;
}

export { CHAIN_HELP, CHAIN_OPTIONS, ROLE_HELP, ROLE_OPTIONS } from './chain-options.js';

/** The environment variable that may hold the account's private key. */
export const KEY_ENV = 'WATTPROOF_PRIVATE_KEY';
/** The environment variable that may hold the RPC URL. */
export const RPC_ENV = 'WATTPROOF_RPC';
/** The environment variable holding the password of an encrypted JSON keystore. */
export const KEY_PASSWORD_ENV = 'WATTPROOF_KEY_PASSWORD';
/** Format tag of the deployment record `wattproof deploy` writes. */
export const DEPLOYMENT_FORMAT = 'wattproof.deployment.v1';

/** A resolved chain: a connection, plus the dev chain when in-process. */
export interface CliChain {
  conn: WattproofConnection;
  dev?: DevChain;
  rpc?: RetryingJsonRpcProvider;
  /** Closes network handles. */
  close(): void;
}

/** What the CLI reads from a deployment record. */
export interface DeploymentRecord {
  file: string;
  settlement: string;
  /** Chain id the record was made on, when it says. */
  chainId?: bigint;
  /** Block of the first deployment transaction, when it says. */
  deployBlock?: number;
  /** The record's other addresses, when it has them. */
  addresses: Partial<Record<'token' | 'meterRegistry' | 'tariffRegistry' | 'verifier' | 'settlement', string>>;
  circuit?: string;
}

function address(v: unknown, field: string): string {
  if (typeof v !== 'string' || !isAddress(v))
    throw new ValidationError(field, `${JSON.stringify(v)} is not an address (0x + 40 hex digits, checksummed if mixed case)`);
  return getAddress(v);
}

/**
 * Reads a deployment record: the one `wattproof deploy` writes (`addresses.settlement`), or the
 * flat one of `npm run deploy -- --out` (`settlement`).
 * @throws ValidationError naming the file when it has no Settlement address or is an incomplete deployment
 */
export async function readDeployment(file: string): Promise<DeploymentRecord> {
  const doc = parseJsonText(await readText(file), file) as Record<string, unknown> | null;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new ValidationError('--deployment', `${file} must hold a JSON object`);
  if (doc.status !== undefined && doc.status !== 'complete') {
    throw new ValidationError('--deployment', `${file} records an incomplete deployment (status '${String(doc.status)}'); deploy again`);
  }
  const nested = (typeof doc.addresses === 'object' && doc.addresses !== null ? doc.addresses : {}) as Record<string, unknown>;
  const pick = (k: string): unknown =>
    Object.prototype.hasOwnProperty.call(nested, k) ? nested[k] : Object.prototype.hasOwnProperty.call(doc, k) ? doc[k] : undefined;
  const raw = pick('settlement');
  if (raw === undefined) throw new ValidationError('--deployment', `${file} has no "settlement" address`);
  const addresses: DeploymentRecord['addresses'] = {};
  for (const k of ['token', 'meterRegistry', 'tariffRegistry', 'verifier', 'settlement'] as const) {
    const v = pick(k);
    if (typeof v === 'string') addresses[k] = address(v, `${file}: ${k}`);
  }
  const chainId = doc.chainId;
  const block = doc.deployBlock;
  return {
    file,
    settlement: address(raw, `${file}: settlement`),
    addresses,
    ...(typeof chainId === 'string' && /^\d+$/.test(chainId) ? { chainId: BigInt(chainId) } : typeof chainId === 'number' ? { chainId: BigInt(chainId) } : {}),
    ...(typeof block === 'number' && Number.isSafeInteger(block) && block >= 0 ? { deployBlock: block } : {}),
    ...(typeof doc.circuit === 'string' ? { circuit: doc.circuit } : {}),
  };
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

/** Refuses `--private-key`: a key given as an argument shows in process listings and shell history. */
export function refusePrivateKeyOption(opts: { 'private-key'?: string | undefined }): void {
  if (opts['private-key'] !== undefined) {
    throw new UsageError(
      `--private-key is not accepted: a key on the command line shows in process listings and shell history. Put the key in a file readable only by you (chmod 600) and pass --key-file FILE, or set $${KEY_ENV}`,
    );
  }
}

function hexKey(text: string, source: string): string {
  const t = text.trim();
  const k = t.startsWith('0x') || t.startsWith('0X') ? `0x${t.slice(2)}` : `0x${t}`;
  // Never echo the key itself in a message.
  if (!/^0x[0-9a-fA-F]{64}$/.test(k)) throw new ValidationError(source, 'must hold a private key of 64 hex digits (optionally 0x-prefixed)');
  return k;
}

/**
 * The private key of `--key-file FILE` (hex text, JSON `{"privateKey": …}`, or an encrypted JSON
 * keystore unlocked with $WATTPROOF_KEY_PASSWORD), else of $WATTPROOF_PRIVATE_KEY, else undefined.
 * Warns when the key file is readable by group or others.
 * @throws UsageError for `--private-key`; ValidationError for a malformed key (never showing it)
 */
export async function loadAccountKey(opts: { 'key-file'?: string | undefined; 'private-key'?: string | undefined }, out?: Output): Promise<Wallet | undefined> {
  refusePrivateKeyOption(opts);
  const file = opts['key-file'];
  if (file !== undefined) {
    const text = await readText(file);
    if (process.platform !== 'win32') {
      const mode = (await stat(file)).mode;
      if ((mode & 0o077) !== 0) out?.warn(`${file} is readable by other users (mode ${(mode & 0o777).toString(8)}); run: chmod 600 ${file}`);
    }
    const trimmed = text.trim();
    if (trimmed.startsWith('{')) {
      const doc = parseJsonText(trimmed, file) as Record<string, unknown> | null;
      if (doc !== null && typeof doc === 'object' && (doc.crypto !== undefined || doc.Crypto !== undefined)) {
        const password = process.env[KEY_PASSWORD_ENV];
        if (password === undefined) throw new ValidationError('--key-file', `${file} is an encrypted keystore: set $${KEY_PASSWORD_ENV} to its password`);
        try {
          const w = await Wallet.fromEncryptedJson(trimmed, password);
          return new Wallet(w.privateKey);
        } catch {
          throw new ValidationError('--key-file', `${file}: the keystore cannot be decrypted with $${KEY_PASSWORD_ENV} (wrong password or damaged file)`);
        }
      }
      if (doc !== null && typeof doc === 'object' && typeof doc.privateKey === 'string') {
        if (doc.format === 'wattproof.meter-key.v1') {
          throw new ValidationError('--key-file', `${file} is a meter signing key, not an account key (an EVM private key)`);
        }
        return new Wallet(hexKey(doc.privateKey, `--key-file ${file}`));
      }
      throw new ValidationError('--key-file', `${file} holds JSON without a "privateKey" field and is not a keystore`);
    }
    return new Wallet(hexKey(trimmed, `--key-file ${file}`));
  }
  const env = process.env[KEY_ENV];
  if (env !== undefined && env.trim() !== '') return new Wallet(hexKey(env, `$${KEY_ENV}`));
  return undefined;
}

async function rpcSigner(provider: RetryingJsonRpcProvider, wallet: Wallet | undefined): Promise<Signer> {
  if (wallet !== undefined) return wallet.connect(provider);
  const accounts = (await provider.send('eth_accounts', []).catch(() => [])) as string[];
  if (accounts.length === 0) {
    throw new ChainError(`the node has no unlocked accounts: give --key-file FILE or set $${KEY_ENV}`, { code: 'CHAIN_NO_ACCOUNT' });
  }
  return provider.getSigner(accounts[0]);
}

function rpcUrl(opts: { rpc?: string | undefined }): string | undefined {
  const v = opts.rpc ?? process.env[RPC_ENV];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

async function openRpc(url: string, out: Output, timeoutText: string | undefined): Promise<RetryingJsonRpcProvider> {
  if (!/^(https?|wss?):\/\//i.test(url)) throw new ValidationError('--rpc', `'${url}' is not an http(s) or ws(s) URL`);
  const timeoutMs = parseRpcTimeout(timeoutText);
  return connectRpc(url, {
    timeoutMs,
    totalTimeoutMs: 2 * timeoutMs,
    retry: { onRetry: (i) => out.progress(`  rpc: ${i.action} failed (${i.reason}); retry ${i.attempt} in ${i.delayMs} ms`) },
  });
}

async function checkChainId(rpc: RetryingJsonRpcProvider, record: DeploymentRecord | undefined): Promise<void> {
  if (record?.chainId === undefined) return;
  const { chainId } = await rpc.getNetwork().catch((e: unknown) => {
    throw new ChainError(`cannot reach the node: ${(e as Error).message.split('\n')[0]}`, { code: 'CHAIN_RPC', cause: e });
  });
  if (chainId !== record.chainId) {
    throw new ValidationError('--deployment', `${record.file} is a deployment on chain ${record.chainId}, but --rpc is chain ${chainId}`);
  }
}

/**
 * Resolves the chain of a development/chain command (bill prove, settle, audit).
 * @param devCircuit - circuit whose verifier a fresh in-process deployment uses
 */
export async function resolveChain(opts: ChainOptions, out: Output, devCircuit: string): Promise<CliChain> {
  refusePrivateKeyOption(opts);
  const fromBlockOpt = parseBlock(opts['from-block'], '--from-block');
  const url = rpcUrl(opts);
  if (url === undefined) {
    if (opts.settlement !== undefined || opts.deployment !== undefined) {
      throw new UsageError(`--settlement and --deployment need --rpc (or $${RPC_ENV}); without it a fresh in-process deployment is used`);
    }
    out.progress(`chain: Hardhat in-process (chain id 31337), fresh deployment with the ${devCircuit} verifier`);
    const { startDevChain } = await import('./devchain.js');
    const dev = await startDevChain(devCircuit);
    return { conn: await dev.connect(dev.accounts.consumer), dev, close: () => undefined };
  }
  const record = opts.deployment === undefined ? undefined : await readDeployment(opts.deployment);
  const settlement = opts.settlement ?? record?.settlement;
  if (settlement === undefined) throw new UsageError('--rpc needs --deployment FILE or --settlement ADDRESS (the Settlement contract of the deployment)');
  const wallet = await loadAccountKey(opts, out);
  const rpc = await openRpc(url, out, opts['rpc-timeout']);
  try {
    await checkChainId(rpc, record);
    const signer = await rpcSigner(rpc, wallet);
    // Loaded here: the connection needs the compiled contracts' bindings, which a fresh clone lacks until built.
    const { WattproofConnection } = await import('../../sdk/src/roles/connection.js');
    const fromBlock = fromBlockOpt ?? record?.deployBlock;
    const conn = await WattproofConnection.connect(signer, settlement, fromBlock === undefined ? {} : { fromBlock });
    return { conn, rpc, close: () => rpc.destroy() };
  } catch (e) {
    rpc.destroy();
    throw e;
  }
}

/** A role command's chain: the connection as the key's account (or read-only), and the deployment. */
export interface RoleChain extends CliChain {
  record: DeploymentRecord;
  /** The account's address, when a key was given. */
  account?: string;
}

/**
 * Connects a role command to the deployment of `--deployment FILE` over `--rpc URL`, as the
 * account of `--key-file` / $WATTPROOF_PRIVATE_KEY.
 * @param needKey - true for commands that send transactions (a key is then required)
 * @throws UsageError when --deployment, --rpc or a needed key is missing
 */
export async function connectRole(values: ChainOptions, out: Output, command: string, needKey: boolean): Promise<RoleChain> {
  refusePrivateKeyOption(values);
  if (values.deployment === undefined)
    throw new UsageError(`${command}: --deployment FILE is required (the record "wattproof deploy --out FILE" wrote)`, command);
  const url = rpcUrl(values);
  if (url === undefined) throw new UsageError(`${command}: --rpc URL (or $${RPC_ENV}) is required: the JSON-RPC endpoint of the deployment's chain`, command);
  const fromBlockOpt = parseBlock(values['from-block'], '--from-block');
  const record = await readDeployment(values.deployment);
  const wallet = await loadAccountKey(values, out);
  if (needKey && wallet === undefined) {
    throw new UsageError(`${command} sends a transaction: give the account's key with --key-file FILE or $${KEY_ENV}`, command);
  }
  const rpc = await openRpc(url, out, values['rpc-timeout']);
  try {
    await checkChainId(rpc, record);
    const { WattproofConnection } = await import('../../sdk/src/roles/connection.js');
    const fromBlock = fromBlockOpt ?? record.deployBlock;
    const runner = wallet === undefined ? rpc : wallet.connect(rpc);
    const conn = await WattproofConnection.connect(runner, record.settlement, fromBlock === undefined ? {} : { fromBlock });
    for (const k of ['meterRegistry', 'tariffRegistry', 'token', 'verifier'] as const) {
      const want = record.addresses[k];
      if (want !== undefined && want.toLowerCase() !== conn.addresses[k].toLowerCase()) {
        throw new ValidationError('--deployment', `${record.file} says ${k} ${want}, but Settlement ${record.settlement} uses ${conn.addresses[k]}`);
      }
    }
    return { conn, rpc, record, ...(wallet === undefined ? {} : { account: wallet.address }), close: () => rpc.destroy() };
  } catch (e) {
    rpc.destroy();
    throw e;
  }
}
