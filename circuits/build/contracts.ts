/**
 * Compile the Solidity contracts (and their TypeChain bindings) with Hardhat,
 * skipped when no source changed since the last successful compile.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { exists, writeFileAtomic } from './fs-util.js';
import type { BuildLog } from './log.js';

const require = createRequire(import.meta.url);

/** Files whose change triggers a recompile, besides every contracts/**\/*.sol. */
const CONFIG_FILES = ['hardhat.config.cjs', 'package-lock.json'];

async function contractsHash(root: string): Promise<string> {
  const h = createHash('sha256');
  const dir = join(root, 'contracts');
  const entries = (await exists(dir)) ? await readdir(dir, { withFileTypes: true, recursive: true }) : [];
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.sol'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const f of [...files, ...CONFIG_FILES.map((c) => join(root, c))]) {
    h.update(`${relative(root, f)}\n`);
    h.update(await readFile(f).catch(() => Buffer.from('(absent)')));
    h.update('\n');
  }
  return h.digest('hex');
}

/**
 * Run `hardhat compile` unless contracts/, the Hardhat config and the lockfile
 * are unchanged since the last successful compile and its outputs exist.
 */
export async function compileContracts(root: string, buildDir: string, log: BuildLog, force = false): Promise<'compiled' | 'up to date'> {
  const stampPath = join(buildDir, 'contracts.stamp');
  const hash = await contractsHash(root);
  const stamp = await readFile(stampPath, 'utf8').catch(() => '');
  const outputs = (await exists(join(root, 'artifacts'))) && (await exists(join(root, 'typechain-types')));
  if (!force && stamp.trim() === hash && outputs) return 'up to date';
  log.info('hardhat compile …');
  const cli = join(require.resolve('hardhat/package.json'), '..', 'internal', 'cli', 'bootstrap.js');
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'compile'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HARDHAT_DISABLE_TELEMETRY_PROMPT: 'true' },
    });
    const forward = (d: Buffer) => {
      for (const line of d.toString().split('\n')) if (line.trim() !== '') log.info(`  ${line}`);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`hardhat compile failed (exit ${code}); see the messages above`);
  await writeFileAtomic(stampPath, `${hash}\n`);
  return 'compiled';
}
