import { type Command } from './command.js';
/** Every command, in help order. */
export declare const COMMANDS: Command[];
/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code.
 * @param io - streams (tests capture them)
 */
export declare function main(argv: string[], io?: {
    stdout?: NodeJS.WritableStream;
    stderr?: NodeJS.WritableStream;
}): Promise<number>;
