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
 * Parses a time-zone offset: `+01:00`, `-05:30`, `UTC+2`, or seconds east of UTC (`3600`).
 * @throws ValidationError naming the option
 */
export declare function parseTz(value: string, option?: string): number;
