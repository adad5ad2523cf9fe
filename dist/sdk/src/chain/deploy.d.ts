/**
 * Deploying a wattproof set: settlement token (a test ERC-20 unless one is given), meter and tariff
 * registries, the generated verifier of one circuit instance, and its Settlement contract, with roles.
 * Works with any ethers v6 signer (Hardhat's in-process network, a node over JSON-RPC).
 * @packageDocumentation
 */
import type { Signer } from 'ethers';
import { MeterRegistryClient } from './meter-registry.js';
import { SettlementClient } from './settlement.js';
import { TariffRegistryClient } from './tariff-registry.js';
/** Options of {@link deployWattproof}. */
export interface DeployOptions {
    /**
     * The verifier: a circuit name (`bill_1d_30m`) or its generated batch verifier's contract name
     * (`Bill1d30mBatchVerifier`), or the address of an already deployed batch verifier (Settlement
     * verifies single bills and batches with it; the snarkjs verifier of the same key is not deployed).
     */
    verifierName?: string;
    verifierAddress?: string;
    /** An existing ERC-20; default: deploy a TestToken ("Watt Test Dollar", 6 decimals). */
    token?: string;
    /** Reuse registries (a second Settlement for another circuit instance); default: deploy new ones. */
    meterRegistry?: string;
    tariffRegistry?: string;
    /** Granted METERING_AUTHORITY_ROLE. */
    authority?: string;
    /** Granted REGULATOR_ROLE and PAUSER_ROLE on all three contracts. */
    regulator?: string;
    /** Each granted RETAILER_ROLE. */
    retailers?: readonly string[];
}
/** Addresses of a deployed set. */
export interface WattproofAddresses {
    token: string;
    meterRegistry: string;
    tariffRegistry: string;
    verifier: string;
    settlement: string;
}
/** A deployed set with connected clients; the deploying signer is admin of every contract. */
export interface WattproofDeployment {
    addresses: WattproofAddresses;
    meters: MeterRegistryClient;
    tariffs: TariffRegistryClient;
    settlement: SettlementClient;
    /** Gas used by each deployment and role grant, by label. */
    gas: Record<string, bigint>;
}
/**
 * The contract Settlement is deployed with for a circuit: `bill_1d_30m` -> `Bill1d30mBatchVerifier`
 * (the batch verifier the build renders from the circuit's verification key); a contract name is kept.
 */
export declare function verifierContractName(nameOrCircuit: string): string;
/**
 * Deploy a wattproof set and grant its roles.
 * @param signer - deploys and becomes DEFAULT_ADMIN of every contract
 */
export declare function deployWattproof(signer: Signer, opts: DeployOptions): Promise<WattproofDeployment>;
