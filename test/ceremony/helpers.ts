// Shared by the ceremony tests: the `wattproof` binary spawned as a participant would run it.
import { spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'cli', 'bin', 'wattproof.mjs');
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
  const started = performance.now();
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, WATTPROOF_DEBUG: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', rej);
    child.on('close', (code) => {
      let json: unknown;
      try {
        json = JSON.parse(stdout);
      } catch {
        json = undefined;
      }
      res({ code: code ?? -1, stdout, stderr, json, ms: performance.now() - started });
    });
  });
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
