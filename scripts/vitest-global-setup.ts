/**
 * vitest globalSetup: run `npm run build -- --tests-only` once before the test
 * files, so that `npm test` on a fresh clone builds what it needs. Runs the
 * build as a child process so its snarkjs worker threads die with it.
 * Then compiles the package (dist/). Set WATTPROOF_SKIP_BUILD=1 to skip both (when you just built).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export default async function setup(): Promise<void> {
  if (process.env.WATTPROOF_SKIP_BUILD === '1') return;
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const tsx = require.resolve('tsx/cli');
  const code = await new Promise<number>((res, rej) => {
    const child = spawn(process.execPath, [tsx, 'scripts/build.ts', '--tests-only'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', rej);
    child.on('close', (c) => res(c ?? 1));
  });
  if (code !== 0) throw new Error(`the test build (npm run build -- --tests-only) failed with exit code ${code}; see its log above`);
  // The compiled package (dist/): the integrator-guide snippets import it by name.
  const tsc = require.resolve('typescript/bin/tsc');
  const compiled = await new Promise<number>((res, rej) => {
    const child = spawn(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', rej);
    child.on('close', (c) => res(c ?? 1));
  });
  if (compiled !== 0) throw new Error(`compiling the package (npm run compile) failed with exit code ${compiled}; see its log above`);
}
