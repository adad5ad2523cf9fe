/**
 * The retry policy for transient RPC failures: dropped or refused connections, timeouts, HTTP 429
 * and 5xx. A revert, a JSON-RPC error answer or a bad argument is never transient: retrying cannot
 * change the outcome (and retrying a reverted send would only burn gas).
 * @packageDocumentation
 */
import { ChainError } from '../../../core/src/errors.js';
/** How often and how patiently to retry. */
export interface RetryPolicy {
    /** Attempts in all, the first included (default 5). */
    attempts?: number;
    /** Delay before the first retry in ms (default 250); doubles each retry, with jitter. */
    baseDelayMs?: number;
    /** Upper bound of one delay in ms (default 8000). A server's Retry-After is honoured up to it. */
    maxDelayMs?: number;
    /** Called before each retry (for logs and progress lines). */
    onRetry?: (info: RetryInfo) => void;
    /** Test hook: replaces the timer. */
    sleep?: (ms: number) => Promise<void>;
    /** Which failures to retry (default {@link isTransientError}). */
    shouldRetry?: (e: unknown) => boolean;
    /**
     * Total time budget of all attempts and delays, ms: no retry starts (and no delay is slept)
     * that would end past it. Default: no budget (attempts alone bound the retries).
     */
    deadlineMs?: number;
    /** Test hook: replaces the clock (ms). */
    now?: () => number;
}
/** What {@link RetryPolicy.onRetry} is told. */
export interface RetryInfo {
    /** The action being retried, e.g. `eth_getLogs`. */
    action: string;
    /** The attempt that failed, 1-based. */
    attempt: number;
    /** Delay before the next attempt, ms. */
    delayMs: number;
    /** Why the attempt failed. */
    reason: string;
}
/** Default policy values. */
export declare const DEFAULT_RETRY: Required<Omit<RetryPolicy, 'onRetry' | 'sleep' | 'shouldRetry' | 'deadlineMs' | 'now'>>;
/** A transport failure with what the server said about it: an HTTP status and its Retry-After. */
export declare class TransientRpcError extends ChainError {
    /** HTTP status, when the server answered. */
    readonly status?: number;
    /** The server's Retry-After in ms, when it sent one. */
    readonly retryAfterMs?: number;
    constructor(message: string, opts?: {
        status?: number;
        retryAfterMs?: number;
        cause?: unknown;
    });
}
/**
 * True when `e` is a transient transport failure that a retry may fix: a refused, reset or timed
 * out connection, HTTP 429, or HTTP 5xx. False for reverts and every other error.
 */
export declare function isTransientError(e: unknown, depth?: number): boolean;
/**
 * True when the request certainly never reached the node: the connection was refused, the host
 * is not found (yet), or the server answered 429 (rejected, not processed). Only these are safe to
 * retry for a request that is not idempotent, such as `eth_sendTransaction` (the node signs and
 * picks the nonce: a second copy would be a second transaction).
 */
export declare function isUnsentError(e: unknown, depth?: number): boolean;
/**
 * Runs `fn`, retrying it while it fails with a transient error ({@link isTransientError}), with
 * exponential backoff and full jitter. The last error is rethrown; a non-transient error is
 * rethrown at once.
 */
export declare function withRetry<T>(action: string, fn: (attempt: number, remainingMs: number) => Promise<T>, policy?: RetryPolicy): Promise<T>;
