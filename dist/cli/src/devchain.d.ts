import type { Provider, Signer } from 'ethers';
import { type WattproofDeployment } from '../../sdk/src/chain/deploy.js';
import { WattproofConnection } from '../../sdk/src/roles/connection.js';
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
    ethers: {
        provider: Provider;
        getSigners(): Promise<Signer[]>;
    };
    network: {
        provider: {
            request(a: {
                method: string;
                params?: unknown[];
            }): Promise<unknown>;
        };
    };
}
/** Loads Hardhat (its config is the repo's, whatever the working directory). */
export declare function loadHardhat(): Promise<Hre>;
/**
 * Starts the in-process chain and deploys a wattproof set whose verifier is `circuit`'s.
 * @throws ChainError when the circuit's verifier contract is not compiled (run the build)
 */
export declare function startDevChain(circuit: string): Promise<DevChain>;
export {};
