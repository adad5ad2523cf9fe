// Runs a snippet of engine code in a child process with a deadline, so that a test of "never
// hangs" fails (instead of hanging the test run) when the code under test loops or blocks the
// event loop: a synchronous hang cannot be interrupted by vitest's own timeout.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The repo root, for imports inside snippets. */
export const ROOT = resolve(__dirname, '../..');

/** What the snippet threw (or returned), and how long it took. */
export interface Isolated {
  timedOut: boolean;
  ms: number;
  /** JSON of the snippet's return value, when it returned. */
  value?: unknown;
  /** The error it threw: name, wattproof code, message. */
  error?: { name: string; code?: string; message: string };
}

/**
 * Runs `body` (an async function body; `core` is `core/src/meter/index.ts`, `xml` is
 * `core/src/meter/xml.ts`) in a fresh Node process through tsx, killed after `timeoutMs`.
 */
export function isolated(body: string, timeoutMs = 8000): Promise<Isolated> {
  const script = `
    import * as core from ${JSON.stringify(`${ROOT}/core/src/meter/index.js`)};
    import * as xml from ${JSON.stringify(`${ROOT}/core/src/meter/xml.js`)};
    const run = async () => { ${body} };
    try {
      const value = await run();
      process.stdout.write(JSON.stringify({ value: value ?? null }));
    } catch (e) {
      process.stdout.write(JSON.stringify({ error: { name: e?.name, code: e?.code, message: String(e?.message ?? e) } }));
    }`;
  return new Promise((res, rej) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', rej);
    child.on('close', () => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      if (ms >= timeoutMs) return res({ timedOut: true, ms });
      try {
        res({ timedOut: false, ms, ...(JSON.parse(stdout) as object) });
      } catch {
        rej(new Error(`snippet crashed: ${stderr.slice(0, 2000)}`));
      }
    });
  });
}
