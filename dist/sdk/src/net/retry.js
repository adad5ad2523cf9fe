/**
 * The retry policy for transient RPC failures: dropped or refused connections, timeouts, HTTP 429
 * and 5xx. A revert, a JSON-RPC error answer or a bad argument is never transient: retrying cannot
 * change the outcome (and retrying a reverted send would only burn gas).
 * @packageDocumentation
 */
import { ChainError, WattproofError } from '../../../core/src/errors.js';
/** Default policy values. */
export const DEFAULT_RETRY = {
    attempts: 5,
    baseDelayMs: 250,
    maxDelayMs: 8000,
};
/** Shortest time worth starting another attempt with, ms. */
const MIN_ATTEMPT_MS = 250;
/** A transport failure with what the server said about it: an HTTP status and its Retry-After. */
export class TransientRpcError extends ChainError {
    /** HTTP status, when the server answered. */
    status;
    /** The server's Retry-After in ms, when it sent one. */
    retryAfterMs;
    constructor(message, opts = {}) {
        super(message, { code: 'CHAIN_TRANSIENT', retryable: true, cause: opts.cause });
        if (opts.status !== undefined)
            this.status = opts.status;
        if (opts.retryAfterMs !== undefined)
            this.retryAfterMs = opts.retryAfterMs;
    }
}
/** Node socket error codes that mean "the connection failed; the request may not have arrived". */
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
]);
/** ethers error codes of transport trouble. */
const ETHERS_TRANSIENT = new Set(['NETWORK_ERROR', 'TIMEOUT']);
function statusOf(e) {
    const info = e.info;
    const s = info?.responseStatus;
    if (typeof s === 'string') {
        const n = Number.parseInt(s, 10);
        return Number.isFinite(n) ? n : undefined;
    }
    return typeof e.status === 'number' ? e.status : undefined;
}
function looksLikeRevert(e) {
    const code = e.code;
    if (code === 'CALL_EXCEPTION' || code === 'CHAIN_REVERTED')
        return true;
    const msg = typeof e.message === 'string' ? e.message : '';
    return /revert/i.test(msg);
}
/**
 * True when `e` is a transient transport failure that a retry may fix: a refused, reset or timed
 * out connection, HTTP 429, or HTTP 5xx. False for reverts and every other error.
 */
export function isTransientError(e, depth = 0) {
    if (e === null || typeof e !== 'object' || depth > 4)
        return false;
    const o = e;
    if (looksLikeRevert(o))
        return false;
    if (e instanceof ChainError) {
        if (e.retryable)
            return true;
        return e.cause !== undefined && isTransientError(e.cause, depth + 1);
    }
    if (e instanceof WattproofError)
        return false;
    const code = typeof o.code === 'string' ? o.code : '';
    if (NETWORK_CODES.has(code) || ETHERS_TRANSIENT.has(code))
        return true;
    if (code === 'SERVER_ERROR') {
        const status = statusOf(o);
        // ethers reports 429 throttling that exhausted its own retries as SERVER_ERROR too.
        return status === undefined || status === 429 || status >= 500;
    }
    if (e instanceof TypeError && /fetch failed/i.test(String(o.message)))
        return true;
    return isTransientError(o.cause, depth + 1) || isTransientError(o.error, depth + 1);
}
/**
 * True when the request certainly never reached the node: the connection was refused, the host
 * is not found (yet), or the server answered 429 (rejected, not processed). Only these are safe to
 * retry for a request that is not idempotent, such as `eth_sendTransaction` (the node signs and
 * picks the nonce: a second copy would be a second transaction).
 */
export function isUnsentError(e, depth = 0) {
    if (e === null || typeof e !== 'object' || depth > 4)
        return false;
    const o = e;
    if (e instanceof TransientRpcError)
        return e.status === 429;
    const code = typeof o.code === 'string' ? o.code : '';
    if (code === 'ECONNREFUSED' || code === 'EAI_AGAIN' || code === 'ENOTFOUND')
        return true;
    if (code === 'SERVER_ERROR')
        return statusOf(o) === 429;
    return isUnsentError(o.cause, depth + 1) || isUnsentError(o.error, depth + 1);
}
function reasonOf(e) {
    if (e instanceof Error)
        return e.message.split('\n')[0] ?? e.name;
    return String(e);
}
function retryAfterOf(e) {
    return e instanceof TransientRpcError ? e.retryAfterMs : undefined;
}
/**
 * Runs `fn`, retrying it while it fails with a transient error ({@link isTransientError}), with
 * exponential backoff and full jitter. The last error is rethrown; a non-transient error is
 * rethrown at once.
 */
export async function withRetry(action, fn, policy = {}) {
    const now = policy.now ?? Date.now;
    const started = now();
    const deadline = policy.deadlineMs;
    const remaining = () => (deadline === undefined ? Infinity : deadline - (now() - started));
    const attempts = Math.max(1, policy.attempts ?? DEFAULT_RETRY.attempts);
    const base = policy.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs;
    const max = policy.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
    const sleep = policy.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt, remaining());
        }
        catch (e) {
            if (attempt >= attempts || !(policy.shouldRetry ?? isTransientError)(e))
                throw e;
            const backoff = Math.min(max, base * 2 ** (attempt - 1));
            const hinted = retryAfterOf(e);
            const delayMs = hinted !== undefined ? Math.min(max, hinted) : Math.round(backoff / 2 + (Math.random() * backoff) / 2);
            // Out of time: the last failure is the answer (a retry could not finish within the budget).
            if (remaining() - delayMs < MIN_ATTEMPT_MS)
                throw e;
            policy.onRetry?.({ action, attempt, delayMs, reason: reasonOf(e) });
            await sleep(delayMs);
        }
    }
}
//# sourceMappingURL=retry.js.map