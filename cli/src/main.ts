/**
 * The `wattproof` command line: argument parsing, help, dispatch, and error reporting (a clear
 * message and an exit code, never a stack trace for a user's mistake).
 * @packageDocumentation
 */
import { parseArgs } from 'node:util';
import { shutdownProver } from '../../prover/src/shutdown.js';
import { WattproofError } from '../../core/src/errors.js';
import { attachDashValues, type Command, type Values } from './command.js';
import { buildDemoCommands } from './commands/build-demo.js';
import { billCommands } from './commands/bill.js';
import { ceremonyCommands } from './commands/ceremony.js';
import { chainCommands } from './commands/chain-commands.js';
import { collectCommands } from './commands/collect.js';
import { consumerCommands } from './commands/consumer.js';
import { authorityCommands } from './commands/authority.js';
import { deployCommands } from './commands/deploy.js';
import { marketCommands } from './commands/market.js';
import { marketDiscloseCommands } from './commands/market-disclose.js';
import { meterCommands } from './commands/meter.js';
import { regulatorCommands } from './commands/regulator.js';
import { retailerCommands } from './commands/retailer.js';
import { statusCommands } from './commands/status.js';
import { tariffCommands } from './commands/tariff.js';
import { EXIT, exitCodeOf, NegativeResult, Output, UsageError } from './output.js';

/** Every command, in help order. */
export const COMMANDS: Command[] = [
  ...buildDemoCommands,
  ...meterCommands,
  ...tariffCommands,
  ...billCommands,
  ...chainCommands,
  ...deployCommands,
  ...authorityCommands,
  ...retailerCommands,
  ...regulatorCommands,
  ...consumerCommands,
  ...marketCommands,
  ...marketDiscloseCommands,
  ...collectCommands,
  ...statusCommands,
  ...ceremonyCommands,
];

const GLOBAL_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const CHAIN_TOPIC = `Chains

Commands that touch a chain take --rpc URL (or $WATTPROOF_RPC) for any EVM JSON-RPC node, with
--deployment FILE (the record "wattproof deploy" writes) or --settlement ADDRESS naming the
deployment, and --key-file FILE (or $WATTPROOF_PRIVATE_KEY) the account. A private key is never
taken on the command line: --private-key is refused, since arguments show in process listings.
Without a key, bill prove, settle and audit use the node's first unlocked account; the role
commands (deploy, authority, retailer, regulator, consumer) need one. Transient failures
(refused or dropped connections, timeouts, HTTP 429 and 5xx) are retried with backoff; a revert
is never retried.

A deployment on a node, by role (each command has --help with an example):
  wattproof deploy --dev-token --circuit bill_1d_30m --authority A --regulator R --retailer T --out d.json
  wattproof authority register-meter | rotate-key | revoke-key
  wattproof retailer register-tariff | offer-tariff | settlements | deposit | withdraw
  wattproof regulator approve | reject | pause | unpause      (and: wattproof audit)
  wattproof consumer accept | deposit | withdraw | pay-arrears   (and: bill prove, settle)
  wattproof status --meter N
  wattproof market deploy | open-zone | publish-prices | prices | terms | ppa register|accept|show
                   | prove | settle | audit          (docs/market-spec.md; npm run demo -- market)

Without --rpc, the command starts Hardhat's in-process chain (chain id 31337) and deploys a fresh
development set: test token, registries, the circuit's verifier and a Settlement contract, with
Hardhat's well-known development accounts as roles (0 admin, 1 metering authority,
2 regulator, 3 retailer, 4 consumer). The chain lives only as long as the command; its
addresses are the same on every run, so a proof made by "bill prove" without --rpc settles with
"settle" without --rpc (which registers the meter and the tariff for it first).`;

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length));
  return `wattproof: zero-knowledge settlement of electricity bills

usage: wattproof <command> [options] [--json]

Commands:
${COMMANDS.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`).join('\n')}

Every command prints human output by default and one JSON document with --json (for scripts).
Exit codes: 0 ok, 1 a check failed (invalid proof, audit finding), 2 bad usage or input,
3 build artifacts missing or altered, 4 proving failed, 5 chain or RPC failure (or a revert),
6 the ledger refuses (tariff unknown or not approved, nothing to pay or withdraw, already billed,
market prices not published, market agreement not accepted by both parties).

"wattproof <command> --help" describes a command; "wattproof help chain" describes --rpc and the
in-process development chain.`;
}

function groupHelp(word: string): string {
  const cmds = COMMANDS.filter((c) => c.path[0] === word);
  const width = Math.max(18, ...cmds.map((c) => c.path.join(' ').length));
  const subs = [...new Set(cmds.map((c) => c.path[1]))];
  return `usage: wattproof ${word} <${subs.join('|')}> [options]\n\n${cmds
    .map((c) => `  ${c.path.join(' ').padEnd(width)} ${c.summary}`)
    .join('\n')}\n\n"wattproof ${word} <subcommand> --help" for details.`;
}

function findCommand(words: string[]): { command?: Command; used: number } {
  // a group's subgroup (`market ppa register`)
  const three = COMMANDS.find((c) => c.path.length === 3 && c.path.every((w, i) => words[i] === w));
  if (three !== undefined) return { command: three, used: 3 };
  const two = COMMANDS.find((c) => c.path.length === 2 && c.path[0] === words[0] && c.path[1] === words[1]);
  if (two !== undefined) return { command: two, used: 2 };
  const one = COMMANDS.find((c) => c.path.length === 1 && c.path[0] === words[0]);
  if (one !== undefined) return { command: one, used: 1 };
  return { used: 0 };
}

function describeError(e: unknown): { code: string; message: string; field?: string } {
  if (e instanceof WattproofError) return e.toJSON();
  return { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
}

function exitCode(e: unknown): number {
  return exitCodeOf(e);
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code.
 * @param io - streams (tests capture them)
 * @param io.keepProver - leave the prover's threads running after the command (its helper threads and
 *   kept workers, which {@link shutdownProver} stops so that a process can exit): for a host that runs
 *   further commands in this process and stops the prover itself; each command would otherwise start
 *   them anew (the test harness runs most commands in its worker: test/support/cli.ts)
 */
export async function main(argv: string[], io: { stdout?: NodeJS.WritableStream; stderr?: NodeJS.WritableStream; keepProver?: boolean } = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const json = argv.includes('--json');
  const out = new Output(json, stdout, stderr);
  const words = argv.filter((a) => !a.startsWith('-'));
  let command: Command | undefined;
  try {
    if (words[0] === 'help' || words.length === 0) {
      const topic = words[1];
      if (topic === 'chain') stdout.write(`${CHAIN_TOPIC}\n`);
      else if (topic !== undefined) return main([...words.slice(1), '--help'], io);
      else stdout.write(`${mainHelp()}\n`);
      return words.length === 0 && !argv.includes('--help') && !argv.includes('-h') ? EXIT.input : EXIT.ok;
    }
    const found = findCommand(words);
    command = found.command;
    if (command === undefined) {
      if (COMMANDS.some((c) => c.path[0] === words[0])) {
        if (argv.includes('--help') || argv.includes('-h')) {
          stdout.write(`${groupHelp(words[0]!)}\n`);
          return EXIT.ok;
        }
        throw new UsageError(`unknown ${words[0]} subcommand '${words[1] ?? ''}'\n\n${groupHelp(words[0]!)}`);
      }
      throw new UsageError(`unknown command '${words[0]}'; run "wattproof --help" for the list`);
    }
    // Drop the command words (they are the first positionals) and parse the rest.
    const rest = [...argv];
    for (const w of command.path) rest.splice(rest.indexOf(w), 1);
    let parsed: { values: Values; positionals: string[] };
    try {
      const options = { ...GLOBAL_OPTIONS, ...command.options };
      parsed = parseArgs({ args: attachDashValues(rest, options), options, allowPositionals: true, strict: true }) as typeof parsed;
    } catch (e) {
      throw new UsageError(`${(e as Error).message.replace(/\. To specify a positional argument.*$/s, '')}`, command.path.join(' '));
    }
    if (parsed.values.help === true) {
      stdout.write(`${command.help}\n`);
      return EXIT.ok;
    }
    const { min, max } = command.positionals ?? { min: 0, max: 0 };
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new UsageError(
        parsed.positionals.length < min ? `missing argument\n\n${command.help}` : `unexpected argument '${parsed.positionals[max]}'`,
        command.path.join(' '),
      );
    }
    await command.run({ values: parsed.values, positionals: parsed.positionals, out });
    return EXIT.ok;
  } catch (e) {
    const d = describeError(e);
    const code = exitCode(e);
    if (e instanceof NegativeResult) {
      // The command already reported the failed check (its JSON result has it).
    } else if (json) {
      stdout.write(`${JSON.stringify({ error: d })}\n`);
    } else {
      stderr.write(`error: ${d.message}\n`);
      if (e instanceof UsageError && command !== undefined && !d.message.includes('usage:')) {
        stderr.write(`run "wattproof ${command.path.join(' ')} --help" for usage\n`);
      }
    }
    if (code === EXIT.internal || process.env.WATTPROOF_DEBUG === '1') {
      stderr.write(`${code === EXIT.internal ? 'this is a bug in wattproof; ' : ''}details:\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    }
    return code;
  } finally {
    // snarkjs keeps worker threads alive; stop them so the process can exit.
    if (io.keepProver !== true) await shutdownProver().catch(() => undefined);
  }
}
