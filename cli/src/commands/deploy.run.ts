/**
 * `wattproof deploy`.
 * @packageDocumentation
 * (Implementation, loaded only when the command runs.)
 */
import { access } from 'node:fs/promises';
import {
  AbstractSigner,
  Contract,
  getCreateAddress,
  id,
  type Provider,
  type TransactionLike,
  type TransactionRequest,
  type TransactionResponse,
  type TypedDataDomain,
  type TypedDataField,
  type Wallet,
} from 'ethers';
import { ChainError, ValidationError, WattproofError } from '../../../core/src/errors.js';
import { gas as fmtGas, money } from '../../../core/src/format.js';
import { connectRpc } from '../../../sdk/src/net/provider.js';
import { chainCall } from '../../../sdk/src/chain/errors.js';
import { deployWattproof, disclosedVerifierContractName, verifierContractName, type DeployOptions } from '../../../sdk/src/chain/deploy.js';
import type { CurvePoint } from '../../../core/src/crypto/disclosure.js';
import { readRegulatorKey } from './bill-disclose.run.js';
import { MeterRegistryClient } from '../../../sdk/src/chain/meter-registry.js';
import { TariffRegistryClient } from '../../../sdk/src/chain/tariff-registry.js';
import { deploymentBytecodes, deploymentCallInterface, isVerifierCompiled } from '../../../sdk/src/roles/deployer.js';
import { DEPLOYMENT_FORMAT, KEY_ENV, RPC_ENV, loadAccountKey, refusePrivateKeyOption } from '../chain.js';
import { flag, need, str, type RunContext } from '../command.js';
import { toJson, writeText } from '../files.js';
import { UsageError } from '../output.js';
import { parseAddress, parseAmount } from '../role-args.js';

/** Decimals of the test token `deployWattproof` deploys ("Watt Test Dollar"). */
const DEV_TOKEN_DECIMALS = 6;

/** One transaction of the deployment, as recorded. */
interface TxRecord {
  label: string;
  hash: string;
  nonce: number;
  to?: string;
  /** For a contract creation: the new contract's address. */
  contract?: string;
  status: 'sent' | 'mined' | 'failed';
  blockNumber?: number;
  gasUsed?: string;
}

/** A signer that reports every transaction it sends (so a failure halfway leaves a record). */
class RecordingSigner extends AbstractSigner {
  constructor(
    private readonly inner: Wallet,
    private readonly onSent: (tx: TransactionResponse) => Promise<void>,
  ) {
    super(inner.provider);
  }
  getAddress(): Promise<string> {
    return this.inner.getAddress();
  }
  connect(provider: Provider | null): RecordingSigner {
    return new RecordingSigner(this.inner.connect(provider), this.onSent);
  }
  signTransaction(tx: TransactionRequest): Promise<string> {
    return this.inner.signTransaction(tx);
  }
  signMessage(message: string | Uint8Array): Promise<string> {
    return this.inner.signMessage(message);
  }
  signTypedData(domain: TypedDataDomain, types: Record<string, TypedDataField[]>, value: Record<string, unknown>): Promise<string> {
    return this.inner.signTypedData(domain, types, value);
  }
  override async sendTransaction(tx: TransactionRequest): Promise<TransactionResponse> {
    const response = await this.inner.sendTransaction(tx);
    await this.onSent(response);
    return response;
  }
}

const ROLE_NAMES = ['DEFAULT_ADMIN_ROLE', 'METERING_AUTHORITY_ROLE', 'SETTLEMENT_ROLE', 'RETAILER_ROLE', 'REGULATOR_ROLE', 'PAUSER_ROLE'];
const ROLE_BY_ID = new Map(ROLE_NAMES.map((n) => [n === 'DEFAULT_ADMIN_ROLE' ? `0x${'0'.repeat(64)}` : id(n), n]));

function labelOf(tx: TransactionLike, names: Map<string, string>, bytecodes: [string, string][]): string {
  const data = (tx.data ?? '0x').toLowerCase();
  if (tx.to === null || tx.to === undefined) {
    const match = bytecodes.find(([, code]) => data.startsWith(code.toLowerCase()));
    return `deploy ${match?.[0] ?? 'contract'}`;
  }
  const target = names.get(tx.to.toLowerCase()) ?? tx.to;
  try {
    const parsed = deploymentCallInterface().parseTransaction({ data });
    if (parsed === null) return `call ${target}`;
    if (parsed.name === 'grantRole') return `${target}.grantRole(${ROLE_BY_ID.get(String(parsed.args[0])) ?? parsed.args[0]}, ${parsed.args[1]})`;
    return `${target}.${parsed.name}(${parsed.args.map(String).join(', ')})`;
  } catch {
    return `call ${target}`;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** `deploy`: see the command's help in ./deploy.ts. */
export async function deploy({ values, out }: RunContext): Promise<void> {
  const cmd = 'deploy';
  // 1. Every option, before touching the network.
  refusePrivateKeyOption(values);
  const outFile = need(values, 'out', cmd);
  const partialFile = `${outFile}.partial`;
  const force = flag(values, 'force');
  const tokenText = str(values, 'token');
  const devToken = flag(values, 'dev-token');
  if ((tokenText === undefined) === !devToken)
    throw new UsageError('deploy: give exactly one of --token ADDRESS (an existing ERC-20) and --dev-token (a test token)', cmd);
  const token = tokenText === undefined ? undefined : parseAddress(tokenText, 'token');
  const mintTexts = (values.mint as string[] | undefined) ?? [];
  if (mintTexts.length > 0 && !devToken) throw new UsageError('deploy: --mint needs --dev-token (only the test token can be minted)', cmd);
  const mints = mintTexts.map((m) => {
    const [addr, amount, ...rest] = m.split('=');
    if (addr === undefined || amount === undefined || rest.length > 0) throw new ValidationError('--mint', `'${m}' is not ADDRESS=AMOUNT`);
    return { to: parseAddress(addr, 'mint'), amount: parseAmount(amount, DEV_TOKEN_DECIMALS, 'mint') };
  });
  const circuit = str(values, 'circuit');
  const verifierText = str(values, 'verifier');
  if ((circuit === undefined) === (verifierText === undefined))
    throw new UsageError('deploy: give exactly one of --circuit NAME (deploy its verifier) and --verifier ADDRESS', cmd);
  if (circuit !== undefined && !/^[A-Za-z0-9_]+$/.test(circuit))
    throw new ValidationError('--circuit', `'${circuit}' is not a circuit name (e.g. bill_31d_60m)`);
  const verifierAddress = verifierText === undefined ? undefined : parseAddress(verifierText, 'verifier');
  const authority = str(values, 'authority') === undefined ? undefined : parseAddress(str(values, 'authority')!, 'authority');
  const regulator = str(values, 'regulator') === undefined ? undefined : parseAddress(str(values, 'regulator')!, 'regulator');
  const retailers = [...new Set(((values.retailer as string[] | undefined) ?? []).map((r) => parseAddress(r, 'retailer')))];
  const meterRegistry = str(values, 'meter-registry') === undefined ? undefined : parseAddress(str(values, 'meter-registry')!, 'meter-registry');
  const tariffRegistry = str(values, 'tariff-registry') === undefined ? undefined : parseAddress(str(values, 'tariff-registry')!, 'tariff-registry');
  if (tariffRegistry !== undefined && meterRegistry === undefined)
    throw new UsageError('deploy: --tariff-registry needs --meter-registry (the one it was deployed with)', cmd);
  const url = str(values, 'rpc') ?? process.env[RPC_ENV];
  if (url === undefined || url.trim() === '') throw new UsageError(`deploy: --rpc URL (or $${RPC_ENV}) is required: the node to deploy to`, cmd);
  if (!/^(https?|wss?):\/\//i.test(url.trim())) throw new ValidationError('--rpc', `'${url}' is not an http(s) or ws(s) URL`);
  const wallet = await loadAccountKey(values, out);
  if (wallet === undefined) throw new UsageError(`deploy: give the deploying account's key with --key-file FILE or $${KEY_ENV}`, cmd);
  const disclosure = flag(values, 'disclosure');
  const disclosureKeyFile = str(values, 'disclosure-key');
  const disclosureKeysText = str(values, 'disclosure-keys');
  let disclosureKey: CurvePoint | undefined;
  let disclosureKeys: string | undefined;
  if (!disclosure && (disclosureKeyFile !== undefined || disclosureKeysText !== undefined))
    throw new UsageError('deploy: --disclosure-key and --disclosure-keys need --disclosure', cmd);
  if (disclosure) {
    if ((disclosureKeyFile === undefined) === (disclosureKeysText === undefined))
      throw new UsageError(
        "deploy --disclosure: give exactly one of --disclosure-key FILE (the regulator's first key) and --disclosure-keys ADDRESS (an existing registry)",
        cmd,
      );
    if (disclosureKeyFile !== undefined) {
      // The registry's regulator rotates the key later; without one it could never rotate.
      if (regulator === undefined) throw new UsageError('deploy --disclosure-key: --regulator ADDRESS is required (it schedules later keys)', cmd);
      disclosureKey = await readRegulatorKey(disclosureKeyFile, '--disclosure-key');
    }
    if (disclosureKeysText !== undefined) disclosureKeys = parseAddress(disclosureKeysText, 'disclosure-keys');
    if (circuit !== undefined && !/_disclose(_hourly)?$/.test(circuit))
      throw new ValidationError('--circuit', `${circuit} has no disclosure: --disclosure needs a disclosure instance such as bill_1d_30m_disclose`);
  }
  if (circuit !== undefined && !isVerifierCompiled(disclosure ? disclosedVerifierContractName(circuit) : circuit)) {
    throw new WattproofError(
      'ARTIFACT',
      `verifier ${disclosure ? disclosedVerifierContractName(circuit) : verifierContractName(circuit)} of circuit ${circuit} is not compiled: run "npm run build -- --only ${circuit}"`,
    );
  }
  if (!force) {
    if (await exists(outFile)) throw new ValidationError('--out', `${outFile} exists; choose another file or add --force to replace it`);
    if (await exists(partialFile))
      throw new ValidationError(
        '--out',
        `${partialFile} records an earlier deployment that failed halfway; read it (its contracts may be reused with --meter-registry, --tariff-registry, --verifier), then add --force`,
      );
  }

  // 2. The chain: every address holds what it should, and the account can pay and may grant.
  const rpc = await connectRpc(url.trim(), {
    retry: { onRetry: (i) => out.progress(`  rpc: ${i.action} failed (${i.reason}); retry ${i.attempt} in ${i.delayMs} ms`) },
  });
  try {
    const admin = wallet.address;
    const network = await chainCall('eth_chainId', () => rpc.getNetwork());
    const balance = await chainCall('eth_getBalance', () => rpc.getBalance(admin));
    if (balance === 0n) throw new ChainError(`account ${admin} has no native currency to pay gas on chain ${network.chainId}`, { code: 'CHAIN_NO_ACCOUNT' });
    const needCode = async (address: string, option: string) => {
      const code = await chainCall(`eth_getCode(${address})`, () => rpc.getCode(address));
      if (code === '0x') throw new ValidationError(`--${option}`, `no contract at ${address} on chain ${network.chainId}`);
    };
    let tokenInfo: { symbol: string; decimals: number } = { symbol: 'WTD', decimals: DEV_TOKEN_DECIMALS };
    if (token !== undefined) {
      await needCode(token, 'token');
      const erc20 = new Contract(
        token,
        [
          'function totalSupply() view returns (uint256)',
          'function balanceOf(address) view returns (uint256)',
          'function decimals() view returns (uint8)',
          'function symbol() view returns (string)',
        ],
        rpc,
      );
      try {
        await erc20.getFunction('totalSupply')();
        await erc20.getFunction('balanceOf')(admin);
        const decimals = Number(await erc20.getFunction('decimals')());
        const symbol = String(
          await erc20
            .getFunction('symbol')()
            .catch(() => 'tokens'),
        );
        tokenInfo = { symbol, decimals };
      } catch (e) {
        throw new ValidationError(
          '--token',
          `${token} does not answer as an ERC-20 token (totalSupply, balanceOf, decimals): ${(e as { shortMessage?: string }).shortMessage ?? (e as Error).message.split('\n')[0]}`,
        );
      }
    }
    if (verifierAddress !== undefined) await needCode(verifierAddress, 'verifier');
    if (disclosureKeys !== undefined) {
      await needCode(disclosureKeys, 'disclosure-keys');
      const { DisclosureKeysClient } = await import('../../../sdk/src/chain/disclosure-keys.js');
      await new DisclosureKeysClient(disclosureKeys, rpc).contract.epochCount().catch(() => {
        throw new ValidationError('--disclosure-keys', `${disclosureKeys} does not look like a DisclosureKeys registry`);
      });
    }
    if (meterRegistry !== undefined) {
      await needCode(meterRegistry, 'meter-registry');
      const isAdmin = await new MeterRegistryClient(meterRegistry, rpc).hasRole('DEFAULT_ADMIN_ROLE', admin).catch(() => {
        throw new ValidationError('--meter-registry', `${meterRegistry} does not look like a MeterRegistry`);
      });
      if (!isAdmin)
        throw new ValidationError(
          '--meter-registry',
          `account ${admin} is not admin of MeterRegistry ${meterRegistry}: it could not grant the new Settlement its SETTLEMENT_ROLE`,
        );
    }
    if (tariffRegistry !== undefined) {
      await needCode(tariffRegistry, 'tariff-registry');
      const tr = new TariffRegistryClient(tariffRegistry, rpc);
      const meters = await tr.contract.meters().catch(() => {
        throw new ValidationError('--tariff-registry', `${tariffRegistry} does not look like a TariffRegistry`);
      });
      if (meters.toLowerCase() !== meterRegistry!.toLowerCase())
        throw new ValidationError('--tariff-registry', `${tariffRegistry} belongs to MeterRegistry ${meters}, not ${meterRegistry}`);
      if ((regulator !== undefined || retailers.length > 0) && !(await tr.hasRole('DEFAULT_ADMIN_ROLE', admin))) {
        throw new ValidationError(
          '--tariff-registry',
          `account ${admin} is not admin of TariffRegistry ${tariffRegistry}: it could not grant --regulator / --retailer their roles`,
        );
      }
    }
    if (authority === undefined) out.warn('no --authority: nobody may register meters until the admin grants METERING_AUTHORITY_ROLE');
    if (regulator === undefined) out.warn('no --regulator: nobody may approve tariffs or pause until the admin grants REGULATOR_ROLE / PAUSER_ROLE');
    if (retailers.length === 0) out.warn('no --retailer: nobody may register tariffs until the admin grants RETAILER_ROLE');
    if (devToken && network.chainId !== 31337n && network.chainId !== 1337n)
      out.warn(`--dev-token on chain ${network.chainId}: its test token lets anyone mint; never use it for real money`);

    // 3. Deploy, recording each transaction as it is sent.
    const transactions: TxRecord[] = [];
    const names = new Map<string, string>();
    const bytecodes = deploymentBytecodes(circuit === undefined ? undefined : disclosure ? disclosedVerifierContractName(circuit) : circuit);
    const base = {
      format: DEPLOYMENT_FORMAT,
      chainId: network.chainId.toString(),
      ...(circuit === undefined ? {} : { circuit }),
      ...(disclosure ? { disclosure: true } : {}),
      deployer: admin,
      startedAt: new Date().toISOString(),
      roles: { admin, authority: authority ?? null, regulator: regulator ?? null, retailers },
    };
    const record = (status: string, extra: Record<string, unknown> = {}) => toJson({ ...base, status, transactions, ...extra });
    await writeText(partialFile, record('in-progress'));
    const signer = new RecordingSigner(wallet.connect(rpc), async (tx) => {
      const contract = tx.to === null ? getCreateAddress({ from: tx.from, nonce: tx.nonce }) : undefined;
      const label = labelOf(tx, names, bytecodes);
      if (contract !== undefined) names.set(contract.toLowerCase(), label.replace(/^deploy /, ''));
      transactions.push({
        label,
        hash: tx.hash,
        nonce: tx.nonce,
        ...(tx.to === null ? {} : { to: tx.to }),
        ...(contract === undefined ? {} : { contract }),
        status: 'sent',
      });
      out.progress(`  sent ${label}: ${tx.hash}`);
      await writeText(partialFile, record('in-progress'));
    });
    const settleReceipts = async () => {
      for (const t of transactions) {
        const r = await rpc.getTransactionReceipt(t.hash).catch(() => null);
        if (r !== null) Object.assign(t, { status: r.status === 1 ? 'mined' : 'failed', blockNumber: r.blockNumber, gasUsed: r.gasUsed.toString() });
      }
    };
    const opts: DeployOptions = {
      ...(circuit === undefined ? {} : { verifierName: circuit }),
      ...(verifierAddress === undefined ? {} : { verifierAddress }),
      ...(token === undefined ? {} : { token }),
      ...(meterRegistry === undefined ? {} : { meterRegistry }),
      ...(tariffRegistry === undefined ? {} : { tariffRegistry }),
      ...(authority === undefined ? {} : { authority }),
      ...(regulator === undefined ? {} : { regulator }),
      retailers,
      ...(disclosureKey === undefined ? {} : { disclosure: { key: disclosureKey } }),
      ...(disclosureKeys === undefined ? {} : { disclosure: { disclosureKeys } }),
    };
    let addresses;
    try {
      out.progress(`deploying to chain ${network.chainId} from ${admin} …`);
      addresses = (await deployWattproof(signer, opts)).addresses;
      if (mints.length > 0) {
        const t = new Contract(addresses.token, ['function mint(address to, uint256 amount)'], signer);
        for (const m of mints)
          await chainCall(`mint to ${m.to}`, async () => (await (t.getFunction('mint')(m.to, m.amount) as Promise<{ wait(): Promise<unknown> }>)).wait());
      }
    } catch (e) {
      await settleReceipts();
      const made = transactions.filter((t) => t.contract !== undefined && t.status === 'mined');
      const err = e instanceof WattproofError ? e : new ChainError(`deploy failed: ${(e as Error).message?.split('\n')[0] ?? String(e)}`, { cause: e });
      let saved = true;
      await writeText(partialFile, record('failed', { error: { code: err.code, message: err.message } })).catch(() => {
        saved = false;
      });
      const what =
        made.length === 0
          ? 'no contract was deployed'
          : `deployed before the failure: ${made.map((t) => `${t.label.replace(/^deploy /, '')} ${t.contract}`).join(', ')}`;
      throw new WattproofError(
        err.code,
        `${err.message}\n${transactions.length} transaction(s) sent; ${what}.${saved ? ` The record is in ${partialFile}.` : ` (${partialFile} could not be written.)`}`,
        { cause: e },
      );
    }
    await settleReceipts();
    const deployBlock = Math.min(...transactions.map((t) => t.blockNumber ?? Number.MAX_SAFE_INTEGER));
    if (devToken) {
      const t = new Contract(addresses.token, ['function decimals() view returns (uint8)', 'function symbol() view returns (string)'], rpc);
      tokenInfo = { symbol: String(await t.getFunction('symbol')()), decimals: Number(await t.getFunction('decimals')()) };
    }
    const doc = {
      ...base,
      status: 'complete',
      deployBlock: Number.isFinite(deployBlock) && deployBlock !== Number.MAX_SAFE_INTEGER ? deployBlock : 0,
      addresses,
      token: { address: addresses.token, ...tokenInfo, dev: devToken },
      transactions,
    };
    try {
      await writeText(outFile, toJson(doc));
    } catch (e) {
      throw new WattproofError(
        'IMPORT',
        `the deployment succeeded but ${outFile} could not be written (${(e as Error).message}); the record is in ${partialFile}`,
        { cause: e },
      );
    }
    const { rm } = await import('node:fs/promises');
    await rm(partialFile, { force: true });
    const totalGas = transactions.reduce((s, t) => s + BigInt(t.gasUsed ?? '0'), 0n);
    out.line(`deployed on chain ${network.chainId} (block ${doc.deployBlock}); record written to ${outFile}`);
    out.line(`  ${disclosure ? 'DisclosedSettlement' : 'Settlement'}${disclosure ? '' : '     '} ${addresses.settlement}`);
    if (addresses.disclosureKeys !== undefined) out.line(`  DisclosureKeys  ${addresses.disclosureKeys}${disclosureKeys === undefined ? '' : ' (reused)'}`);
    out.line(`  MeterRegistry   ${addresses.meterRegistry}${meterRegistry === undefined ? '' : ' (reused)'}`);
    out.line(`  TariffRegistry  ${addresses.tariffRegistry}${tariffRegistry === undefined ? '' : ' (reused)'}`);
    out.line(`  verifier        ${addresses.verifier}${circuit === undefined ? ' (existing)' : ` (${circuit})`}`);
    out.line(`  token           ${addresses.token} (${tokenInfo.symbol}${devToken ? ', test token' : ''})`);
    for (const m of mints) out.line(`  minted ${money(m.amount, tokenInfo.decimals, tokenInfo.symbol)} to ${m.to}`);
    out.line(`  ${transactions.length} transactions, ${fmtGas(totalGas)}`);
    out.result({ file: outFile, ...doc });
  } finally {
    rpc.destroy();
  }
}
