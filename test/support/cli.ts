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
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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
  /** Kill the process after this long (default 10 minutes: a proof on a busy machine). */
  deadlineMs?: number;
}

/** Runs `wattproof ARGS`. */
export function runCli(args: readonly string[], opts: CliOptions): Promise<CliRun> {
  const inherited: Record<string, string | undefined> = { ...process.env, WATTPROOF_DEBUG: '' };
  for (const k of opts.unset ?? []) delete inherited[k];
  const env = { ...inherited, ...opts.env };
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
      let json: unknown;
      try {
        json = JSON.parse(stdout);
      } catch {
        json = undefined;
      }
      res({ code: code ?? -1, stdout, stderr, json, ms: performance.now() - started, timedOut });
    });
  });
}
