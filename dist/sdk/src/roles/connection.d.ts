/**
 * A connection to one wattproof deployment as one account: the three contract clients, the chain
 * id, and where to start scanning events. Every role facade is built on one.
 * @packageDocumentation
 */
import { type ContractRunner, type Provider } from 'ethers';
import type { WattproofAddresses, WattproofDeployment } from '../chain/deploy.js';
import { MeterRegistryClient } from '../chain/meter-registry.js';
import { SettlementClient, type SettledBill, type SettlementFilter } from '../chain/settlement.js';
import { TariffRegistryClient } from '../chain/tariff-registry.js';
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
/** One deployment, seen by one account (or read-only, with a Provider). */
export declare class WattproofConnection {
    #private;
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
    private constructor();
    /**
     * Connects to the deployment of a Settlement contract: the registries, verifier and token are
     * read from the contract itself, so its address is all a user needs.
     * @throws ChainError if there is no Settlement contract at the address
     */
    static connect(runner: ContractRunner, settlement: string, opts?: ConnectionOptions): Promise<WattproofConnection>;
    /** A connection to a deployment just made with `deployWattproof`. */
    static fromDeployment(d: WattproofDeployment, runner: ContractRunner, opts?: ConnectionOptions): Promise<WattproofConnection>;
    /** The same deployment as another account. */
    as(runner: ContractRunner): WattproofConnection;
    /** The settlement domain proofs must carry (public signal 4): `chainId * 2^160 + settlement`. */
    domain(): bigint;
    /** The connected account's address. @throws ChainError when read-only. */
    account(): Promise<string>;
    /** Symbol and decimals of the settlement token (cached). */
    token(): Promise<TokenInfo>;
    /** ERC-20 balance of an account (outside the ledger). */
    tokenBalance(account: string): Promise<bigint>;
    /**
     * Settled bills matching `filter`, oldest first, scanning from {@link fromBlock} (or
     * `filter.fromBlock`) to the latest block in chunks.
     */
    settlements(filter?: SettlementFilter): Promise<SettledBill[]>;
}
