/**
 * The shape of a CLI command and the helpers commands share.
 * @packageDocumentation
 */
import type { ParseArgsConfig } from 'node:util';
import type { Output } from './output.js';
/** Option values as node:util parseArgs returns them. */
export type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;
/** One command of the CLI. */
export interface Command {
    /** Words that select it, e.g. `['meter', 'keygen']`. */
    path: string[];
    /** One line for the command list. */
    summary: string;
    /** The full help text (usage, description, options, examples). */
    help: string;
    options: NonNullable<ParseArgsConfig['options']>;
    /** Positional arguments: names for help and count bounds. */
    positionals?: {
        min: number;
        max: number;
    };
    run(ctx: {
        values: Values;
        positionals: string[];
        out: Output;
    }): Promise<void>;
}
/** What a command's `run` receives. */
export type RunContext = Parameters<Command['run']>[0];
/**
 * A `run` that imports the command's implementation module only when the command runs, so the
 * command table (and `--help`) loads none of the heavy modules (ethers, snarkjs, hardhat).
 */
export declare function lazyRun<K extends string>(load: () => Promise<{
    [key in K]: (ctx: RunContext) => Promise<void>;
}>, name: K): (ctx: RunContext) => Promise<void>;
/** A string option's value, or undefined. */
export declare function str(values: Values, name: string): string | undefined;
/** A required string option. @throws UsageError */
export declare function need(values: Values, name: string, command: string): string;
/** A boolean flag. */
export declare function flag(values: Values, name: string): boolean;
/** Parses a non-negative integer option (decimal). @throws ValidationError naming the option */
export declare function uint(value: string, option: string): bigint;
/**
 * Lets a string option take a value that starts with a dash and a digit (`--tz -05:00`,
 * `--amount -1`): node's parseArgs refuses those as "ambiguous", so they are rewritten to the
 * `--tz=-05:00` form it accepts. Anything else (`-h`, `--json`) is left alone.
 */
export declare function attachDashValues(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>): string[];
/**
 * Parses a time-zone offset option in the one syntax of core/src/meter/tz-offset.ts: `+01:00`,
 * `-05:00`, `+0530`, `+1`, `UTC+2`, `Z`, or seconds with a unit (`3600s`); range -14:00..+14:00.
 * A bare number other than 0 is refused as ambiguous.
 * @throws ValidationError naming the option
 */
export declare function parseTz(value: string, option?: string): number;
/** Help line of a `--tz OFFSET` option's syntax. */
export declare const TZ_HELP = "OFFSET is \u00B1HH:MM (+01:00, -05:00, +05:45), \u00B1HHMM, \u00B1H, UTC\u00B1H[:MM], Z, or seconds with a unit (3600s); -14:00..+14:00";
