/**
 * The shape of a CLI command and the helpers commands share.
 * @packageDocumentation
 */
import type { ParseArgsConfig } from 'node:util';
import { ValidationError } from '../../core/src/errors.js';
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
 * Parses a time-zone offset: `+01:00`, `-05:30`, `UTC+2`, or seconds east of UTC (`3600`).
 * @throws ValidationError naming the option
 */
export function parseTz(value: string, option = 'tz'): number {
  const s = value.trim().replace(/^UTC/i, '');
  if (/^[+-]?\d+$/.test(s) && Math.abs(Number(s)) > 14) return Number(s);
  const m = /^([+-])?(\d{1,2})(?::?(\d{2}))?$/.exec(s);
  if (m === null) throw new ValidationError(`--${option}`, `'${value}' is not a time-zone offset (e.g. +01:00, -05:00 or 3600)`);
  const secs = (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60) * (m[1] === '-' ? -1 : 1);
  if (Math.abs(secs) > 50400) throw new ValidationError(`--${option}`, `'${value}' is outside -14:00..+14:00`);
  return secs;
}
