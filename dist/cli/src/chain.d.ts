import { Wallet } from 'ethers';
import { type RetryingJsonRpcProvider } from '../../sdk/src/net/provider.js';
import type { WattproofConnection } from '../../sdk/src/roles/connection.js';
import type { DevChain } from './devchain.js';
import type { Output } from './output.js';
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
export declare const KEY_ENV = "WATTPROOF_PRIVATE_KEY";
/** The environment variable that may hold the RPC URL. */
export declare const RPC_ENV = "WATTPROOF_RPC";
/** The environment variable holding the password of an encrypted JSON keystore. */
export declare const KEY_PASSWORD_ENV = "WATTPROOF_KEY_PASSWORD";
/** Format tag of the deployment record `wattproof deploy` writes. */
export declare const DEPLOYMENT_FORMAT = "wattproof.deployment.v1";
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
/**
 * Reads a deployment record: the one `wattproof deploy` writes (`addresses.settlement`), or the
 * flat one of `npm run deploy -- --out` (`settlement`).
 * @throws ValidationError naming the file when it has no Settlement address or is an incomplete deployment
 */
export declare function readDeployment(file: string): Promise<DeploymentRecord>;
/** Refuses `--private-key`: a key given as an argument shows in process listings and shell history. */
export declare function refusePrivateKeyOption(opts: {
    'private-key'?: string | undefined;
}): void;
/**
 * The private key of `--key-file FILE` (hex text, JSON `{"privateKey": …}`, or an encrypted JSON
 * keystore unlocked with $WATTPROOF_KEY_PASSWORD), else of $WATTPROOF_PRIVATE_KEY, else undefined.
 * Warns when the key file is readable by group or others.
 * @throws UsageError for `--private-key`; ValidationError for a malformed key (never showing it)
 */
export declare function loadAccountKey(opts: {
    'key-file'?: string | undefined;
    'private-key'?: string | undefined;
}, out?: Output): Promise<Wallet | undefined>;
/**
 * Resolves the chain of a development/chain command (bill prove, settle, audit).
 * @param devCircuit - circuit whose verifier a fresh in-process deployment uses
 */
export declare function resolveChain(opts: ChainOptions, out: Output, devCircuit: string): Promise<CliChain>;
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
export declare function connectRole(values: ChainOptions, out: Output, command: string, needKey: boolean): Promise<RoleChain>;
