/**
 * A JSON-RPC provider that applies the {@link RetryPolicy} to every HTTP exchange, for `--rpc URL`.
 *
 * Retrying happens at the transport, below ethers: only exchanges whose HTTP request failed (no
 * answer, 429, 5xx without a JSON-RPC body) are repeated. A JSON-RPC error answer (a revert, a
 * nonce problem) reaches the caller untouched. Re-sending the same signed transaction is
 * harmless (same bytes, same hash); if the node already has it from the lost attempt, its
 * "already known" answer is turned into the transaction hash. `eth_sendTransaction` (the node
 * signs) is not idempotent, so it is retried only when the request certainly never arrived.
 * @packageDocumentation
 */
import { JsonRpcProvider, Network, type JsonRpcPayload, type JsonRpcResult } from 'ethers';
import { type RetryPolicy } from './retry.js';
/** Options of {@link RetryingJsonRpcProvider} and {@link connectRpc}. */
export interface RpcOptions {
    /** Retry policy of each HTTP exchange. */
    retry?: RetryPolicy;
    /** Timeout of one HTTP exchange in ms (default 30000). */
    timeoutMs?: number;
    /**
     * Time budget of one request with all its retries, ms (default twice `timeoutMs`): a
     * black-holed node fails within it instead of after every attempt's full timeout.
     */
    totalTimeoutMs?: number;
    /** How often to poll for receipts and blocks in ms (default 1000; ethers' own is 4000). */
    pollingIntervalMs?: number;
}
/** Default timeout of one HTTP exchange with the node, ms. */
export declare const DEFAULT_RPC_TIMEOUT_MS = 30000;
/** A JsonRpcProvider whose HTTP exchanges are retried on transient failures. */
export declare class RetryingJsonRpcProvider extends JsonRpcProvider {
    #private;
    constructor(url: string, network: Network | undefined, options?: RpcOptions);
    _send(payload: JsonRpcPayload | JsonRpcPayload[]): Promise<JsonRpcResult[]>;
}
/**
 * Connects to a JSON-RPC node with retries: asks the chain id once (retrying transient failures,
 * so an unreachable node fails fast instead of ethers' endless network detection), then returns a
 * provider pinned to that network.
 * @throws ChainError when the node cannot be reached after the retries.
 */
export declare function connectRpc(url: string, options?: RpcOptions): Promise<RetryingJsonRpcProvider>;
