/**
 * Where CLI output goes: human text on stdout (progress on stderr), or one JSON document on
 * stdout with `--json`.
 * @packageDocumentation
 */
import { NegativeResultError, WattproofError } from '../../core/src/errors.js';
/** A usage mistake (unknown command or option, missing argument). */
export declare class UsageError extends WattproofError {
    /** The command whose help to point to. */
    readonly command: string;
    constructor(message: string, command?: string);
}
/** A check that ran and failed (invalid proof, audit finding): exit code 1, not an error. */
export declare class NegativeResult extends NegativeResultError {
}
/** Output of one command run. */
export declare class Output {
    readonly json: boolean;
    private readonly out;
    private readonly err;
    constructor(json: boolean, out?: NodeJS.WritableStream, err?: NodeJS.WritableStream);
    /** A human line (suppressed with --json). */
    line(text?: string): void;
    /** A progress line on stderr (suppressed with --json, so scripts see only the result). */
    progress(text: string): void;
    /** The command's JSON result (only with --json). */
    result(value: unknown): void;
    /** A warning on stderr (always). */
    warn(text: string): void;
}
/** Exit codes. */
export declare const EXIT: {
    readonly ok: 0;
    /** A check failed: invalid proof, audit finding. */
    readonly negative: 1;
    /** Bad usage or bad input (validation, import). */
    readonly input: 2;
    /** Build artifacts missing or altered. */
    readonly artifact: 3;
    /** Proving failed. */
    readonly proof: 4;
    /** Chain or RPC failure, revert. */
    readonly chain: 5;
    /** The ledger refuses: tariff unknown or not approved, nothing to pay or withdraw, already billed. */
    readonly refused: 6;
    /** A bug: unexpected error. */
    readonly internal: 70;
};
/** The exit code of an error. */
export declare function exitCodeOf(e: unknown): number;
