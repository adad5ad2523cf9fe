/**
 * vitest globalSetup: one proof cache for the whole `npm test` run (prover/src/proof-cache.ts).
 * A statement that several test files prove (the contract worlds' bills, the market days, the SDK
 * household's days) is proved once, and every later test gets that same real proof, which its
 * contract, audit or engine check verifies as before. The directory is this run's own (under
 * build/, removed when the run ends), so every run proves each of its statements at least once and
 * nothing carries over from an older build. The forks and the `wattproof` processes the tests spawn
 * inherit the variable; the prover's own tests unset it (they test proving itself).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROOF_CACHE_ENV } from '../../prover/src/proof-cache.js';

export default async function setup(): Promise<() => Promise<void>> {
  // A caller's own cache (WATTPROOF_PROOF_CACHE already set, or set empty to turn the cache off) is respected.
  if (process.env[PROOF_CACHE_ENV] !== undefined) return async () => undefined;
  const parent = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'build', 'proof-cache');
  mkdirSync(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, 'run-'));
  process.env[PROOF_CACHE_ENV] = dir;
  return async () => {
    delete process.env[PROOF_CACHE_ENV];
    await rm(dir, { recursive: true, force: true });
  };
}
