/**
 * A connection to one wattproof deployment as one account: the three contract clients, the chain
 * id, and where to start scanning events. Every role facade is built on one.
 * @packageDocumentation
 */
import { Contract, type ContractRunner, type Provider, type Signer } from 'ethers';
import { settlementDomain } from '../../../core/src/bill/signals.js';
import type { WattproofAddresses, WattproofDeployment } from '../chain/deploy.js';
import { chainCall } from '../chain/errors.js';
import { MeterRegistryClient } from '../chain/meter-registry.js';
import { SettlementClient, type SettledBill, type SettlementFilter } from '../chain/settlement.js';
import { TariffRegistryClient } from '../chain/tariff-registry.js';
import { ChainError, ValidationError } from '../../../core/src/errors.js';

/** Options of {@link WattproofConnection.connect}. */
export interface ConnectionOptions {
  /**
   * First block to scan for events (the deployment block); default 0. On a long public chain,
   * set it: event scans go from here to the latest block.
   */
  fromBlock?: number;
  /** Blocks per eth_getLogs request (default 5000; many public nodes refuse larger ranges). */
  logChunk?: number;
}

/** Display facts of the settlement token. */
export interface TokenInfo {
  address: string;
  symbol: string;
  decimals: number;
}

const TOKEN_ABI = ['function symbol() view returns (string)', 'function decimals() view returns (uint8)', 'function balanceOf(address) view returns (uint256)'];

function providerOf(runner: ContractRunner): Provider {
  const p = runner.provider ?? (runner as Provider);
  if (typeof (p as Partial<Provider>).getNetwork !== 'function') {
    throw new ChainError('the runner has no provider: give a Signer connected to a provider, or a Provider');
  }
  return p;
}

/** One deployment, seen by one account (or read-only, with a Provider). */
export class WattproofConnection {
  /** Signer (or provider, read-only) every call runs with. */
  readonly runner: ContractRunner;
  readonly provider: Provider;
  readonly addresses: WattproofAddresses;
  readonly chainId: bigint;
  readonly settlement: SettlementClient;
  readonly meters: MeterRegistryClient;
  readonly tariffs: TariffRegistryClient;
  /** First block event scans start from. */
  readonly fromBlock: number;
  readonly logChunk: number;
  #token: TokenInfo | undefined;

  private constructor(runner: ContractRunner, addresses: WattproofAddresses, chainId: bigint, opts: ConnectionOptions) {
    this.runner = runner;
    this.provider = providerOf(runner);
    this.addresses = addresses;
    this.chainId = chainId;
    this.settlement = new SettlementClient(addresses.settlement, runner);
    this.meters = new MeterRegistryClient(addresses.meterRegistry, runner);
    this.tariffs = new TariffRegistryClient(addresses.tariffRegistry, runner);
    this.fromBlock = opts.fromBlock ?? 0;
    this.logChunk = opts.logChunk ?? 5000;
  }

  /**
   * Connects to the deployment of a Settlement contract: the registries, verifier and token are
   * read from the contract itself, so its address is all a user needs.
   * @throws ChainError if there is no Settlement contract at the address
   */
  static async connect(runner: ContractRunner, settlement: string, opts: ConnectionOptions = {}): Promise<WattproofConnection> {
    if (!/^0x[0-9a-fA-F]{40}$/.test(settlement)) throw new ValidationError('settlement', 'must be a contract address (0x + 40 hex digits)');
    const provider = providerOf(runner);
    const client = new SettlementClient(settlement, provider);
    const code = await chainCall(`eth_getCode(${settlement})`, () => provider.getCode(settlement));
    if (code === '0x')
      throw new ChainError(`no contract at ${settlement} on this chain; check the settlement address and --rpc`, { code: 'CHAIN_NO_CONTRACT' });
    const [network, verifier, meterRegistry, tariffRegistry, token] = await Promise.all([
      chainCall('eth_chainId', () => provider.getNetwork()),
      client.verifier(),
      chainCall('Settlement.meters', () => client.contract.meters()),
      chainCall('Settlement.tariffs', () => client.contract.tariffs()),
      client.token(),
    ]).catch((e: unknown) => {
      throw new ChainError(`${settlement} does not look like a wattproof Settlement contract: ${(e as Error).message}`, { cause: e });
    });
    return new WattproofConnection(runner, { settlement, verifier, meterRegistry, tariffRegistry, token }, network.chainId, opts);
  }

  /** A connection to a deployment just made with `deployWattproof`. */
  static async fromDeployment(d: WattproofDeployment, runner: ContractRunner, opts: ConnectionOptions = {}): Promise<WattproofConnection> {
    const network = await chainCall('eth_chainId', () => providerOf(runner).getNetwork());
    return new WattproofConnection(runner, d.addresses, network.chainId, opts);
  }

  /** The same deployment as another account. */
  as(runner: ContractRunner): WattproofConnection {
    return new WattproofConnection(runner, this.addresses, this.chainId, { fromBlock: this.fromBlock, logChunk: this.logChunk });
  }

  /** The settlement domain proofs must carry (public signal 4): `chainId * 2^160 + settlement`. */
  domain(): bigint {
    return settlementDomain(this.chainId, this.addresses.settlement);
  }

  /** The connected account's address. @throws ChainError when read-only. */
  async account(): Promise<string> {
    const signer = this.runner as Partial<Signer>;
    if (typeof signer.getAddress !== 'function') throw new ChainError('this connection is read-only (built with a Provider, not a Signer)');
    return chainCall('signer address', () => signer.getAddress!());
  }

  /** Symbol and decimals of the settlement token (cached). */
  async token(): Promise<TokenInfo> {
    if (this.#token === undefined) {
      const c = new Contract(this.addresses.token, TOKEN_ABI, this.provider);
      const [symbol, decimals] = await Promise.all([
        chainCall('token.symbol', () => c.getFunction('symbol')() as Promise<string>).catch(() => 'tokens'),
        chainCall('token.decimals', () => c.getFunction('decimals')() as Promise<bigint>).catch(() => 0n),
      ]);
      this.#token = { address: this.addresses.token, symbol, decimals: Number(decimals) };
    }
    return this.#token;
  }

  /** ERC-20 balance of an account (outside the ledger). */
  async tokenBalance(account: string): Promise<bigint> {
    const c = new Contract(this.addresses.token, TOKEN_ABI, this.provider);
    return chainCall('token.balanceOf', () => c.getFunction('balanceOf')(account) as Promise<bigint>);
  }

  /**
   * Settled bills matching `filter`, oldest first, scanning from {@link fromBlock} (or
   * `filter.fromBlock`) to the latest block in chunks.
   */
  async settlements(filter: SettlementFilter = {}): Promise<SettledBill[]> {
    const from = filter.fromBlock ?? this.fromBlock;
    const to = filter.toBlock ?? (await chainCall('eth_blockNumber', () => this.provider.getBlockNumber()));
    const out: SettledBill[] = [];
    for (let a = from; a <= to; a += this.logChunk) {
      const b = Math.min(to, a + this.logChunk - 1);
      out.push(...(await this.settlement.settlements({ ...filter, fromBlock: a, toBlock: b })));
    }
    return out;
  }
}
