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

/** Options shared by every wattproof error. */
export interface WattproofErrorOptions {
  /** The underlying error, if this one wraps another. */
  cause?: unknown;
  /** The field path the error is about, e.g. `tariff.bandPrices[3]`. */
  field?: string;
  /** Overrides the subclass's default code, for finer-grained codes such as `CHAIN_REVERTED`. */
  code?: string;
}

/** Base class of all wattproof errors. */
export class WattproofError extends Error {
  /** Stable machine-readable code, e.g. `VALIDATION`, `IMPORT`, `ARTIFACT`. */
  readonly code: string;
  /** Field path the error is about, when there is one. */
  readonly field?: string;

  constructor(code: string, message: string, options: WattproofErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code ?? code;
    if (options.field !== undefined) this.field = options.field;
  }

  /** Plain data for `--json` output and logs (no stack). */
  toJSON(): { name: string; code: string; message: string; field?: string } {
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

/** Narrowing helper for `catch (e)` blocks. */
export function isWattproofError(e: unknown): e is WattproofError {
  return e instanceof WattproofError;
}
