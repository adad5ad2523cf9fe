/**
 * vitest globalSetup: run `npm run build -- --tests-only --compile` once before the test
 * files, so that `npm test` on a fresh clone builds what it needs, and the compiled package
 * (dist/: the integrator-guide snippets import it by name). Runs the build as a child process
 * so its snarkjs worker threads die with it. Set WATTPROOF_SKIP_BUILD=1 to skip it (when you just built).
 *
 * Once dist/ is compiled from the sources of this run, the tests that spawn the `wattproof`
 * binary run the compiled one (dist/cli/src/run.js, the package's `bin`) instead of the tsx
 * launcher: each process then starts ~2 s sooner on a loaded 2-core machine (no loader thread
 * transforming ~300 modules), and the suite spawns a few hundred. With WATTPROOF_SKIP_BUILD=1
 * dist/ may be stale, so the tests keep the sources through tsx (test/support/cli.ts).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const require = createRequire(import.meta.url);

declare module 'vitest' {
  export interface ProvidedContext {
    /** The compiled CLI entry, when this run compiled dist/ (test/support/cli.ts runs it). */
    wattproofCompiledCli?: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  if (process.env.WATTPROOF_SKIP_BUILD === '1') return;
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const tsx = require.resolve('tsx/cli');
  // --compile: the build compiles the package (dist/) itself, beside its last circuit compiles.
  const code = await new Promise<number>((res, rej) => {
    const child = spawn(process.execPath, [tsx, 'scripts/build.ts', '--tests-only', '--compile'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', rej);
    child.on('close', (c) => res(c ?? 1));
  });
  if (code !== 0) throw new Error(`the test build (npm run build -- --tests-only --compile) failed with exit code ${code}; see its log above`);
  project.provide('wattproofCompiledCli', resolve(root, 'dist', 'cli', 'src', 'run.js'));
}
