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
  /** A published tariff document could not be fetched from its URI. */
  DOCUMENT_UNREACHABLE: 5,
  /** The tariff is already public (a publication is final). */
  ALREADY_PUBLISHED: 6,
  /** A document at a URI is not the one it should be (its hash or commitment differs). */
  DOCUMENT_MISMATCH: 2,
  /** Nothing is owed: no arrears, no debt. */
  NOTHING_TO_PAY: 6,
  /** No free balance to withdraw. */
  NOTHING_TO_WITHDRAW: 6,
  /** The period was already settled with this very proof (idempotent retry). */
  ALREADY_SETTLED: 6,
  /** The period was already billed by another proof. */
  ALREADY_BILLED: 6,
  /** A market day's prices are not published in the feed yet (a market bill cannot be priced). */
  PRICES_NOT_PUBLISHED: 6,
  /** No market agreement for the meter under these terms, or one not accepted by both parties. */
  AGREEMENT_NOT_ACTIVE: 6,
  /** A build artifact is missing, altered or unreadable. */
  ARTIFACT: 3,
  /** A powers-of-tau file is missing, too small or not the published one. */
  PTAU: 3,
  /** A trusted-setup ceremony step refused its input (a zkey of another circuit or another chain, a finalized ceremony). */
  CEREMONY: 2,
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
  /** The audit index cannot be used: unreadable, of another chain or contract, or of another schema. */
  INDEX: 3,
  /** A bug: an unexpected error. */
  INTERNAL: 70,
} as const;

/** A stable, machine-readable wattproof error code. */
export type ErrorCode = keyof typeof ERROR_EXIT_CODES;

/** The process exit code for an error code (see {@link ERROR_EXIT_CODES}). */
export function exitCodeFor(code: ErrorCode): number {
  return ERROR_EXIT_CODES[code];
}

/** True for a string that is a known {@link ErrorCode}. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_EXIT_CODES, code);
}

/** Options shared by every wattproof error. */
export interface WattproofErrorOptions {
  /** The underlying error, if this one wraps another. */
  cause?: unknown;
  /** The field path the error is about, e.g. `tariff.bandPrices[3]`. */
  field?: string;
  /** Overrides the subclass's default code, for finer-grained codes such as `CHAIN_REVERTED`. */
  code?: ErrorCode;
}

/** Base class of all wattproof errors. */
export class WattproofError extends Error {
  /** Stable machine-readable code, e.g. `VALIDATION`, `IMPORT`, `ARTIFACT`. */
  readonly code: ErrorCode;
  /** Field path the error is about, when there is one. */
  readonly field?: string;

  constructor(code: ErrorCode, message: string, options: WattproofErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code ?? code;
    if (options.field !== undefined) this.field = options.field;
  }

  /** Plain data for `--json` output and logs (no stack). */
  toJSON(): { name: string; code: ErrorCode; message: string; field?: string } {
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
  readonly reason: string;
  declare readonly field: string;

  constructor(field: string, reason: string, options: Omit<WattproofErrorOptions, 'field'> = {}) {
    super('VALIDATION', field === '' ? reason : `${field}: ${reason}`, { ...options, field });
    this.reason = reason;
  }
}

/** The audit index (SQLite file or PostgreSQL database) cannot be opened or belongs to another deployment. */
export class IndexError extends WattproofError {
  constructor(message: string, options: Omit<WattproofErrorOptions, 'field'> = {}) {
    super('INDEX', message, options);
  }
}

/** A build artifact (wasm, zkey, verification key, manifest) is missing, altered or unreadable. */
export class ArtifactError extends WattproofError {
  /** The artifact file (path or URL) concerned. */
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string, options: WattproofErrorOptions = {}) {
    super('ARTIFACT', `${file}: ${reason}`, options);
    this.file = file;
    this.reason = reason;
  }
}

/** Proving or verifying a proof failed (e.g. no witness satisfies the circuit, or a proof does not verify). */
export class ProofError extends WattproofError {
  constructor(message: string, options: WattproofErrorOptions = {}) {
    super('PROOF', message, options);
  }
}

/** Options of a {@link ChainError}. */
export interface ChainErrorOptions extends WattproofErrorOptions {
  /** True when retrying the same call may succeed (timeouts, rate limits, dropped connections). */
  retryable?: boolean;
}

/** An RPC call or transaction failed, or a contract reverted. */
export class ChainError extends WattproofError {
  /** True when retrying the same call may succeed. */
  readonly retryable: boolean;

  constructor(message: string, options: ChainErrorOptions = {}) {
    super('CHAIN', message, options);
    this.retryable = options.retryable ?? false;
  }
}

/**
 * A data file (CSV, Green Button XML, JSON document) could not be imported. The message is
 * `"<file>:<line>: <reason>"` (or `"<file>: <reason>"` when no line applies), lines counted from 1.
 */
export class ImportError extends WattproofError {
  readonly file: string;
  /** 1-based line of the file, when the problem is on one line. */
  readonly line?: number;
  readonly reason: string;

  constructor(file: string, line: number | undefined, reason: string, options: WattproofErrorOptions = {}) {
    super('IMPORT', line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`, options);
    this.file = file;
    if (line !== undefined) this.line = line;
    this.reason = reason;
  }
}

/** A powers-of-tau file is missing, too small, or not the file it claims to be. */
export class PtauError extends WattproofError {
  constructor(message: string, options: WattproofErrorOptions = {}) {
    super('PTAU', message, options);
  }
}

/** A trusted-setup ceremony step refused its input; the message says which file and why. */
export class CeremonyError extends WattproofError {
  constructor(message: string, options: WattproofErrorOptions = {}) {
    super('CEREMONY', message, options);
  }
}

/** A check came out negative: the proof is invalid, the audit found something. */
export class NegativeResultError extends WattproofError {
  constructor(message: string, options: WattproofErrorOptions = {}) {
    super('FAILED', message, options);
  }
}

/** Narrowing helper for `catch (e)` blocks. */
export function isWattproofError(e: unknown): e is WattproofError {
  return e instanceof WattproofError;
}
