/**
 * Talking to nodes: the retry policy for transient RPC failures and a retrying JSON-RPC provider.
 * @packageDocumentation
 */
export { withRetry, isTransientError, isUnsentError, TransientRpcError, DEFAULT_RETRY } from './retry.js';
export { RetryingJsonRpcProvider, connectRpc, DEFAULT_RPC_TIMEOUT_MS } from './provider.js';
//# sourceMappingURL=index.js.map