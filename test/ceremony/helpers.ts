// Shared by the ceremony tests: the `wattproof` binary spawned as a participant would run it.
import { runCli } from '../support/cli.js';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CIRCUIT = 'bill_1d_30m';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: any;
  ms: number;
}

/** Runs `wattproof ARGS` in its own process (each participant's step is a separate process). */
export function wattproof(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return runCli(args, { cwd: ROOT, env, subprocess: true });
}

/**
 * Runs a coordinator's `wattproof ceremony ARGS` (init, beacon, accept, verify, export, or a step
 * that must be refused) through the CLI's own main() in the test worker: the same command, exit
 * code and output, without a process start and snarkjs's curve threads built anew for each
 * (~1 s of CPU per command; these tests are about the ceremony's checks, not a process).
 */
export function coordinator(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return runCli(args, { cwd: ROOT, env });
}

/** A copy of a ceremony directory to break. */
export async function copyCeremony(from: string, to: string): Promise<string> {
  await cp(from, to, { recursive: true });
  return to;
}

/** Reads, edits and rewrites a transcript. */
export async function editTranscript(dir: string, edit: (t: any) => void): Promise<void> {
  const file = join(dir, 'transcript.json');
  const t = JSON.parse(await readFile(file, 'utf8'));
  edit(t);
  await writeFile(file, `${JSON.stringify(t, null, 2)}\n`);
}
