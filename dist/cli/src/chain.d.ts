import { type RetryingJsonRpcProvider } from '../../sdk/src/net/provider.js';
import type { WattproofConnection } from '../../sdk/src/roles/connection.js';
import type { DevChain } from './devchain.js';
import type { Output } from './output.js';
/** Global chain options every chain command accepts. */
export interface ChainOptions {
    rpc?: string;
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
/**
 * Resolves the chain of a command.
 * @param devCircuit - circuit whose verifier a fresh in-process deployment uses
 */
export declare function resolveChain(opts: ChainOptions, out: Output, devCircuit: string): Promise<CliChain>;
