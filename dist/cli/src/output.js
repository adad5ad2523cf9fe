/**
 * Where CLI output goes: human text on stdout (progress on stderr), or one JSON document on
 * stdout with `--json`.
 * @packageDocumentation
 */
import { exitCodeFor, NegativeResultError, WattproofError } from '../../core/src/errors.js';
import { toJson } from './files.js';
/** A usage mistake (unknown command or option, missing argument). */
export class UsageError extends WattproofError {
    /** The command whose help to point to. */
    command;
    constructor(message, command = '') {
        super('USAGE', message);
        this.command = command;
    }
}
/** A check that ran and failed (invalid proof, audit finding): exit code 1, not an error. */
export class NegativeResult extends NegativeResultError {
}
/** Output of one command run. */
export class Output {
    json;
    out;
    err;
    constructor(json, out = process.stdout, err = process.stderr) {
        this.json = json;
        this.out = out;
        this.err = err;
    }
    /** A human line (suppressed with --json). */
    line(text = '') {
        if (!this.json)
            this.out.write(`${text}\n`);
    }
    /** A progress line on stderr (suppressed with --json, so scripts see only the result). */
    progress(text) {
        if (!this.json)
            this.err.write(`${text}\n`);
    }
    /** The command's JSON result (only with --json). */
    result(value) {
        if (this.json)
            this.out.write(toJson(value));
    }
    /** A warning on stderr (always). */
    warn(text) {
        this.err.write(`warning: ${text}\n`);
    }
}
/** Exit codes. */
export const EXIT = {
    ok: 0,
    /** A check failed: invalid proof, audit finding. */
    negative: 1,
    /** Bad usage or bad input (validation, import). */
    input: 2,
    /** Build artifacts missing or altered. */
    artifact: 3,
    /** Proving failed. */
    proof: 4,
    /** Chain or RPC failure, revert. */
    chain: 5,
    /** The ledger refuses: tariff unknown or not approved, nothing to pay or withdraw, already billed. */
    refused: 6,
    /** A bug: unexpected error. */
    internal: 70,
};
/** The exit code of an error. */
export function exitCodeOf(e) {
    if (!(e instanceof WattproofError))
        return EXIT.internal;
    return exitCodeFor(e.code);
}
//# sourceMappingURL=output.js.map