/**
 * The shape of a CLI command and the helpers commands share.
 * @packageDocumentation
 */
import type { ParseArgsConfig } from 'node:util';
import { ValidationError } from '../../core/src/errors.js';
import { parseTzOffset, TZ_OFFSET_SYNTAX } from '../../core/src/meter/tz-offset.js';
import type { Output } from './output.js';
import { UsageError } from './output.js';

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
  positionals?: { min: number; max: number };
  run(ctx: { values: Values; positionals: string[]; out: Output }): Promise<void>;
}

/** What a command's `run` receives. */
export type RunContext = Parameters<Command['run']>[0];

/**
 * A `run` that imports the command's implementation module only when the command runs, so the
 * command table (and `--help`) loads none of the heavy modules (ethers, snarkjs, hardhat).
 */
export function lazyRun<K extends string>(
  load: () => Promise<{ [key in K]: (ctx: RunContext) => Promise<void> }>,
  name: K,
): (ctx: RunContext) => Promise<void> {
  return async (ctx) => (await load())[name](ctx);
}

/** A string option's value, or undefined. */
export function str(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A required string option. @throws UsageError */
export function need(values: Values, name: string, command: string): string {
  const v = str(values, name);
  if (v === undefined || v === '') throw new UsageError(`${command}: --${name} is required`, command);
  return v;
}

/** A boolean flag. */
export function flag(values: Values, name: string): boolean {
  return values[name] === true;
}

/** Parses a non-negative integer option (decimal). @throws ValidationError naming the option */
export function uint(value: string, option: string): bigint {
  if (!/^\d+$/.test(value.trim())) throw new ValidationError(`--${option}`, `'${value}' is not a non-negative integer`);
  return BigInt(value.trim());
}

/**
 * Lets a string option take a value that starts with a dash and a digit (`--tz -05:00`,
 * `--amount -1`): node's parseArgs refuses those as "ambiguous", so they are rewritten to the
 * `--tz=-05:00` form it accepts. Anything else (`-h`, `--json`) is left alone.
 */
export function attachDashValues(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const next = args[i + 1];
    const name = a.startsWith('--') && !a.includes('=') ? a.slice(2) : undefined;
    if (name !== undefined && Object.hasOwn(options, name) && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * Parses a time-zone offset option in the one syntax of core/src/meter/tz-offset.ts: `+01:00`,
 * `-05:00`, `+0530`, `+1`, `UTC+2`, `Z`, or seconds with a unit (`3600s`); range -14:00..+14:00.
 * A bare number other than 0 is refused as ambiguous.
 * @throws ValidationError naming the option
 */
export function parseTz(value: string, option = 'tz'): number {
  const r = parseTzOffset(value);
  if (typeof r === 'string') throw new ValidationError(`--${option}`, r);
  return r;
}

/** Help line of a `--tz OFFSET` option's syntax. */
export const TZ_HELP = `OFFSET is ${TZ_OFFSET_SYNTAX}; -14:00..+14:00`;
