/**
 * The one error hierarchy of wattproof.
 *
 * Every error a user can cause is a {@link WattproofError} with a stable string `code` (for
 * scripts and `--json` output) and a message that names what was wrong and why, so a CLI can
 * print `err.message` without a stack trace. Subclasses add the context their callers need
 * (the field path, the file and line).
 *
 * @packageDocumentation
 */
/**
 * Every error code wattproof raises, with the process exit code the CLI uses for it. This table
 * is the one error contract: a new code must be added here (the type below is derived from it),
 * so no code can reach a user without a documented exit code.
 */
export const ERROR_EXIT_CODES = {
    /** A check came out negative: an invalid proof, an audit finding. */
    FAILED: 1,
    /** Bad command-line usage. */
    USAGE: 2,
    /** Input that breaks a rule (field path in the message). */
    VALIDATION: 2,
    /** A data file that could not be read or parsed. */
    IMPORT: 2,
    /** A proof made for another tariff than the one given. */
    TARIFF_MISMATCH: 2,
    /** A tariff the registries do not know. */
    TARIFF_UNKNOWN: 6,
    /** A tariff the regulator has not approved (or rejected). */
    TARIFF_NOT_APPROVED: 6,
    /** Nothing is owed: no arrears, no debt. */
    NOTHING_TO_PAY: 6,
    /** No free balance to withdraw. */
    NOTHING_TO_WITHDRAW: 6,
    /** The period was already settled with this very proof (idempotent retry). */
    ALREADY_SETTLED: 6,
    /** The period was already billed by another proof. */
    ALREADY_BILLED: 6,
    /** A build artifact is missing, altered or unreadable. */
    ARTIFACT: 3,
    /** A powers-of-tau file is missing, too small or not the published one. */
    PTAU: 3,
    /** Proving failed (no witness satisfies the circuit). */
    PROOF: 4,
    /** An RPC call or a transaction failed. */
    CHAIN: 5,
    /** The node could not be reached or timed out (retryable). */
    CHAIN_RPC: 5,
    /** A transient failure that survived its retries. */
    CHAIN_TRANSIENT: 5,
    /** A contract reverted (the decoded custom error is in the message). */
    CHAIN_REVERTED: 5,
    /** No contract at an address. */
    CHAIN_NO_CONTRACT: 5,
    /** The account is missing or cannot sign. */
    CHAIN_NO_ACCOUNT: 5,
    /** A bug: an unexpected error. */
    INTERNAL: 70,
};
/** The process exit code for an error code (see {@link ERROR_EXIT_CODES}). */
export function exitCodeFor(code) {
    return ERROR_EXIT_CODES[code];
}
/** True for a string that is a known {@link ErrorCode}. */
export function isErrorCode(code) {
    return Object.prototype.hasOwnProperty.call(ERROR_EXIT_CODES, code);
}
/** Base class of all wattproof errors. */
export class WattproofError extends Error {
    /** Stable machine-readable code, e.g. `VALIDATION`, `IMPORT`, `ARTIFACT`. */
    code;
    /** Field path the error is about, when there is one. */
    field;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.code = options.code ?? code;
        if (options.field !== undefined)
            this.field = options.field;
    }
    /** Plain data for `--json` output and logs (no stack). */
    toJSON() {
        return {
            name: this.name,
            code: this.code,
            message: this.message,
            ...(this.field === undefined ? {} : { field: this.field }),
        };
    }
}
/**
 * Input that breaks a rule: the message is `"<field>: <reason>"`, e.g.
 * `tariff.bandPrices[3]: must be < 2^64`.
 */
export class ValidationError extends WattproofError {
    /** Why the value is invalid, without the field prefix. */
    reason;
    constructor(field, reason, options = {}) {
        super('VALIDATION', field === '' ? reason : `${field}: ${reason}`, { ...options, field });
        this.reason = reason;
    }
}
/** A build artifact (wasm, zkey, verification key, manifest) is missing, altered or unreadable. */
export class ArtifactError extends WattproofError {
    /** The artifact file (path or URL) concerned. */
    file;
    reason;
    constructor(file, reason, options = {}) {
        super('ARTIFACT', `${file}: ${reason}`, options);
        this.file = file;
        this.reason = reason;
    }
}
/** Proving or verifying a proof failed (e.g. no witness satisfies the circuit, or a proof does not verify). */
export class ProofError extends WattproofError {
    constructor(message, options = {}) {
        super('PROOF', message, options);
    }
}
/** An RPC call or transaction failed, or a contract reverted. */
export class ChainError extends WattproofError {
    /** True when retrying the same call may succeed. */
    retryable;
    constructor(message, options = {}) {
        super('CHAIN', message, options);
        this.retryable = options.retryable ?? false;
    }
}
/**
 * A data file (CSV, Green Button XML, JSON document) could not be imported. The message is
 * `"<file>:<line>: <reason>"` (or `"<file>: <reason>"` when no line applies), lines counted from 1.
 */
export class ImportError extends WattproofError {
    file;
    /** 1-based line of the file, when the problem is on one line. */
    line;
    reason;
    constructor(file, line, reason, options = {}) {
        super('IMPORT', line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`, options);
        this.file = file;
        if (line !== undefined)
            this.line = line;
        this.reason = reason;
    }
}
/** A powers-of-tau file is missing, too small, or not the file it claims to be. */
export class PtauError extends WattproofError {
    constructor(message, options = {}) {
        super('PTAU', message, options);
    }
}
/** A check came out negative: the proof is invalid, the audit found something. */
export class NegativeResultError extends WattproofError {
    constructor(message, options = {}) {
        super('FAILED', message, options);
    }
}
/** Narrowing helper for `catch (e)` blocks. */
export function isWattproofError(e) {
    return e instanceof WattproofError;
}
//# sourceMappingURL=errors.js.map