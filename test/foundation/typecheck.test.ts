// The whole project (prover, sdk, scripts, tests, generated TypeChain bindings) type-checks
// under strict NodeNext. Run as a test so a type error is one named failure in `npm test`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

it('tsc --noEmit reports no errors', async () => {
  const tsc = require.resolve('typescript/bin/tsc');
  const { code, output } = await new Promise<{ code: number; output: string }>((res, rej) => {
    const child = spawn(process.execPath, [tsc, '--noEmit', '-p', ROOT], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', rej);
    child.on('close', (c) => res({ code: c ?? 1, output }));
  });
  // Show the compiler's own messages on failure.
  expect(output.trim(), 'tsc output').toBe('');
  expect(code).toBe(0);
});
