/**
 * Command-line options of the repository's scripts (bench, gas report, mutants): `node:util`'s parseArgs
 * with `--help` and a usage line, so that a mistyped option prints what the script accepts instead of a
 * stack trace.
 * @packageDocumentation
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
/** The parsed option values, typed by the option table as parseArgs types them. */
export type ScriptValues<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: false }>>['values'];

/**
 * Parses `args` against `options` (strict, no positionals). `--help`/`-h` prints `usage` and exits 0;
 * an unknown option or a missing value prints the reason and `usage` to stderr and exits 2.
 */
export function scriptArgs<const O extends Options>(usage: string, options: O, args: string[] = process.argv.slice(2)): ScriptValues<O> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${usage}\n`);
    process.exit(2);
  }
}
