/**
 * The `wattproof` binary run as a user runs it: its own process, output captured, `--json` output
 * parsed, wall time measured, and killed after a deadline so that a hang fails its test instead
 * of stalling the run.
 *
 * Which binary: in `npm test`, the package's compiled `bin` (dist/cli/src/run.js), which the
 * global setup compiled from the sources of this very run (scripts/vitest-global-setup.ts); it
 * starts ~2 s sooner than the tsx launcher, and the suite spawns it a few hundred times. When the
 * run did not compile dist/ (WATTPROOF_SKIP_BUILD=1, dist/ possibly stale), or with
 * WATTPROOF_TEST_CLI=source, the sources through the tsx launcher (cli/bin/wattproof.mjs).
 *
 * In process: most commands run through the CLI's own `main(argv, io)` inside the test worker
 * instead (see {@link runsInProcess}), in the command's working directory and environment, its
 * output captured. A spawned `wattproof` pays node's start and the loading of ethers, snarkjs and
 * the SDK on every command (~1-2 s on a loaded 2-core machine, a few hundred times a run); in
 * process they load once per test file. A deadline holds in process too: a command that outlives
 * it is reported as timed out (the test fails as it would on a killed process), and since it still
 * owns the worker's working directory and environment, every later command of the file spawns.
 * A command on the in-process development chain (no node given) runs in process only on the chain a
 * new process would start, see {@link runOnFreshDevChain}; else it spawns (each process gets a fresh
 * chain). What only a real process shows stays spawned: tests that ask for `subprocess: true` (exit
 * of the process, separate participants). WATTPROOF_TEST_CLI=process spawns every command, as before.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

/** The `wattproof` launcher (cli/bin/wattproof.mjs), for a test that drives the process itself. */
export const CLI_BIN = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'cli', 'bin', 'wattproof.mjs');

/** What one run of the binary did. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON, when it is JSON (tests read its fields directly). */
  json: any;
  ms: number;
  timedOut: boolean;
}

/**
 * The entry runCli spawns: the compiled CLI when this run compiled it (see the file header), else
 * the tsx launcher of the sources.
 */
export function cliEntry(): string {
  if (process.env.WATTPROOF_TEST_CLI === 'source') return CLI_BIN;
  const compiled = inject('wattproofCompiledCli');
  return compiled !== undefined && existsSync(compiled) ? compiled : CLI_BIN;
}

/** Options of {@link runCli}. */
export interface CliOptions {
  cwd: string;
  /** Added to the environment (WATTPROOF_DEBUG is cleared unless given here). */
  env?: Record<string, string | undefined>;
  /** Inherited environment variables to remove (e.g. a key a test must not inherit; `env` may set them again). */
  unset?: readonly string[];
  /**
   * Kill the process after this long (default 10 minutes: a proof on a busy machine); in process,
   * stop waiting for the command after this long and report it timed out.
   */
  deadlineMs?: number;
  /** Always spawn the binary (a test of the process itself: its exit, a participant's own machine). */
  subprocess?: boolean;
  /**
   * The test expects the command to be refused by its checks of the options and files, before it
   * touches a chain: it runs in process whatever the command (a chain command reaching for the
   * development chain anyway would find this worker's, and not give the refusal the test expects).
   */
  refusedBeforeChain?: boolean;
}

/** Commands that never touch a chain: safe in process whatever their options. */
const OFFLINE = new Set([
  'meter keygen',
  'meter sign',
  'meter import',
  'tariff new',
  'tariff commit',
  'tariff show',
  'bill compute',
  'bill verify',
  'bill disclose',
  'market terms',
  'market disclose',
  'regulator disclosure-key new',
  'regulator disclosure-key deal',
  'regulator disclosure-key combine',
  'regulator disclosure-key partial',
  // A trusted-setup ceremony is files only (r1cs, ptau, zkeys, transcript); a test that is about a
  // participant's own process asks for `subprocess: true`.
  'ceremony init',
  'ceremony contribute',
  'ceremony accept',
  'ceremony verify',
  'ceremony beacon',
  'ceremony finalize',
  'ceremony export',
]);

/**
 * Whether runCli runs `args` in process whatever the chain: not when the caller asks for a process,
 * nor for a chain command without a JSON-RPC node (it starts the in-process development chain, which
 * a spawned command gets fresh and an in-process one shares with the test file: see
 * {@link runOnFreshDevChain}) unless the test expects it refused before any chain. Chain commands
 * with `--rpc` (or WATTPROOF_RPC) keep their state on the node, as for a user.
 */
export function runsInProcess(
  args: readonly string[],
  opts: Pick<CliOptions, 'subprocess' | 'refusedBeforeChain'>,
  env: Record<string, string | undefined>,
): boolean {
  if (process.env.WATTPROOF_TEST_CLI === 'process' || opts.subprocess === true) return false;
  if (opts.refusedBeforeChain === true) return true;
  // help is printed before any option is acted on
  if (args.includes('--help')) return true;
  const words = args.filter((a) => !a.startsWith('-'));
  if (OFFLINE.has(words.slice(0, 2).join(' ')) || OFFLINE.has(words.slice(0, 3).join(' '))) return true;
  // bill prove --domain D takes the domain as given and never resolves a chain
  if (words[0] === 'bill' && words[1] === 'prove' && args.includes('--domain')) return true;
  return args.includes('--rpc') || (env.WATTPROOF_RPC ?? '') !== '';
}

/** One in-process command at a time: it owns the worker's working directory and environment. */
let inProcessBusy = false;

/** An in-process command still running past its deadline, until it ends and restores the process. */
export interface LingeringGlobal {
  __wattproofLingeringCommand?: Promise<void>;
}

/** Runs `wattproof ARGS`: in process when {@link runsInProcess} allows it, else as its own process. */
export function runCli(args: readonly string[], opts: CliOptions): Promise<CliRun> {
  const inherited: Record<string, string | undefined> = { ...process.env, WATTPROOF_DEBUG: '' };
  for (const k of opts.unset ?? []) delete inherited[k];
  const env = { ...inherited, ...opts.env };
  // Two commands at once (a test racing them) cannot share the process's cwd and environment: the
  // second one is spawned.
  if (inProcessBusy) return spawnCli(args, opts, env);
  if (runsInProcess(args, opts, env)) return runInProcess(args, opts.cwd, env, opts.deadlineMs);
  if (process.env.WATTPROOF_TEST_CLI === 'process' || opts.subprocess === true) return spawnCli(args, opts, env);
  return runOnFreshDevChain(args, opts, env).then((run) => run ?? spawnCli(args, opts, env));
}

/**
 * A command on the development chain (a chain command without a node), in process. Spawned, it
 * starts Hardhat's in-process chain fresh, deploys on it and ends with it; here it gets the worker's
 * chain, and only as that fresh chain: at genesis (block 0, as test/support/per-file-reset.ts leaves
 * it for each file), inside an `evm_snapshot` reverted when it ends (state, block number, clock), so
 * that the file and its next command find the chain at genesis again. A file that has mined on the
 * chain itself gets the command spawned (undefined here). Saves the process's start and loads
 * (~1.3 CPU-s a command); the deployment it makes is the same either way.
 */
async function runOnFreshDevChain(args: readonly string[], opts: CliOptions, env: Record<string, string | undefined>): Promise<CliRun | undefined> {
  inProcessBusy = true;
  let provider: { request(a: { method: string; params?: unknown[] }): Promise<unknown> };
  let snapshot: unknown;
  try {
    // the CLI's own loader: the command loads Hardhat the same way
    const { loadHardhat } = await import('../../cli/src/devchain.js');
    provider = (await loadHardhat()).network.provider;
    if ((await provider.request({ method: 'eth_blockNumber' })) !== '0x0') return undefined;
    snapshot = await provider.request({ method: 'evm_snapshot' });
  } finally {
    inProcessBusy = false;
  }
  const revert = () => provider.request({ method: 'evm_revert', params: [snapshot] });
  let run: CliRun;
  try {
    run = await runInProcess(args, opts.cwd, env, opts.deadlineMs);
  } catch (e) {
    await revert();
    throw e;
  }
  if ((await revert()) !== true) throw new Error(`wattproof ${args.join(' ')}: the development chain could not be reverted to genesis after the command`);
  return run;
}

function parseJson(stdout: string): unknown {
  try {
    return JSON.parse(stdout);
  } catch {
    return undefined;
  }
}

/**
 * `main(args)` in this process, as the binary would run it: the working directory and the
 * environment set to the command's for its duration (and restored after), stdout and stderr
 * captured. main reports every error itself (message and exit code), as the binary does. Past
 * `deadlineMs` the run is reported timed out (exit code -1, as a killed process) and the command
 * is left to itself: it keeps the working directory, the environment and {@link inProcessBusy}.
 */
async function runInProcess(args: readonly string[], cwd: string, env: Record<string, string | undefined>, deadlineMs?: number): Promise<CliRun> {
  inProcessBusy = true;
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  const restore = (): void => {
    process.chdir(savedCwd);
    for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
    Object.assign(process.env, savedEnv);
    inProcessBusy = false;
  };
  let stdout = '';
  let stderr = '';
  const sink = (onText: (t: string) => void) =>
    new Writable({
      write(chunk, _enc, cb) {
        onText(String(chunk));
        cb();
      },
    });
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  let run: Promise<number> | undefined;
  try {
    for (const k of Object.keys(process.env)) if (!(k in env) || env[k] === undefined) delete process.env[k];
    for (const [k, v] of Object.entries(env)) if (v !== undefined) process.env[k] = v;
    process.chdir(cwd);
    // Loaded on first use, so that a file whose commands all spawn never loads the CLI itself.
    const { main } = await import('../../cli/src/main.js');
    // The prover's threads stay up for the file's next command (a new process would start its own;
    // in this worker each command would stop and restart them); the checked curve also serves the
    // worker's later files (per-file-reset.ts), the kept prover workers end after 30 s idle.
    run = main([...args], { stdout: sink((t) => (stdout += t)), stderr: sink((t) => (stderr += t)), keepProver: true });
    const deadline = new Promise<undefined>((res) => {
      if (deadlineMs !== undefined) timer = setTimeout(() => res(undefined), deadlineMs);
    });
    const code = await Promise.race([run, deadline]);
    if (code !== undefined) run = undefined;
    return { code: code ?? -1, stdout, stderr, json: parseJson(stdout), ms: performance.now() - started, timedOut: code === undefined };
  } finally {
    clearTimeout(timer);
    // A command past its deadline still runs in this directory and environment: they are restored
    // (and later commands run in process again) only when it ends. The next test file of this worker
    // starts only then (test/support/per-file-reset.ts awaits it): this module is evaluated anew for
    // that file, and its commands would otherwise run in process beside this one, whose restore
    // would change their working directory and environment under them.
    if (run === undefined) restore();
    else (globalThis as LingeringGlobal).__wattproofLingeringCommand = run.then(restore, restore);
  }
}

function spawnCli(args: readonly string[], opts: CliOptions, env: Record<string, string | undefined>): Promise<CliRun> {
  return new Promise((res, rej) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cliEntry(), ...args], { cwd: opts.cwd, env });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.deadlineMs ?? 600_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      rej(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      res({ code: code ?? -1, stdout, stderr, json: parseJson(stdout), ms: performance.now() - started, timedOut });
    });
  });
}
