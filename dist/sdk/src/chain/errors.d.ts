/**
 * Turning failed contract calls into {@link ChainError}s that name the contract's custom error.
 * @packageDocumentation
 */
import { type ErrorDescription } from 'ethers';
import { ChainError } from '../../../core/src/errors.js';
/** A contract call reverted with a custom error that one of the wattproof ABIs declares. */
export declare class ContractRevertError extends ChainError {
    /** The custom error's name, e.g. `PeriodOverlap`. */
    readonly errorName: string;
    /** Its arguments by name (bigint for integers, checksummed strings for addresses). */
    readonly args: Readonly<Record<string, unknown>>;
    /** Raw revert data (0x-prefixed hex). */
    readonly data: string;
    constructor(action: string, errorName: string, args: Record<string, unknown>, data: string, cause: unknown);
}
/** Decode revert data against the wattproof ABIs; undefined when the selector is unknown. */
export declare function decodeRevertData(data: string): ErrorDescription | undefined;
/** The custom error's name and named arguments if `e` is a revert with one, else undefined. */
export declare function revertOf(e: unknown): {
    name: string;
    args: Record<string, unknown>;
    data: string;
} | undefined;
/**
 * Wrap any failure of `action` as a ChainError: a {@link ContractRevertError} for known custom
 * errors, a plain ChainError (retryable for network trouble) otherwise.
 */
export declare function toChainError(action: string, e: unknown): ChainError;
/** Run `fn`, converting whatever it throws with {@link toChainError}. */
export declare function chainCall<T>(action: string, fn: () => Promise<T>): Promise<T>;
