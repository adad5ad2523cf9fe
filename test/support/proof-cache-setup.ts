/**
 * vitest globalSetup: the run-wide caches of the whole `npm test` run.
 *
 * The proof cache (prover/src/proof-cache.ts): a statement that several test files prove (the
 * contract worlds' bills, the market days, the SDK household's days) is proved once, and every
 * later test gets that same real proof, which its contract, audit or engine check verifies as
 * before. The prover's own tests unset it (they test proving itself).
 *
 * The verifier cache (sdk/src/audit/verifier-cache.ts): the audit's regenerated verifier is
 * compiled with solc once per run, not once per process that audits. It is off outside tests.
 *
 * Each directory is this run's own (under build/, removed when the run ends), so nothing carries
 * over from an older build. The forks and the `wattproof` processes the tests spawn inherit the
 * variables.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROOF_CACHE_ENV } from '../../prover/src/proof-cache.js';
import { VERIFIER_CACHE_ENV } from '../../sdk/src/audit/verifier-cache.js';

/** Points `env` at a fresh directory under build/`name`; returns its removal. */
async function runCache(env: string, name: string): Promise<() => Promise<void>> {
  // A caller's own cache (the variable already set, or set empty to turn the cache off) is respected.
  if (process.env[env] !== undefined) return async () => undefined;
  const parent = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'build', name);
  mkdirSync(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, 'run-'));
  process.env[env] = dir;
  return async () => {
    delete process.env[env];
    await rm(dir, { recursive: true, force: true });
  };
}

export default async function setup(): Promise<() => Promise<void>> {
  const removals = [await runCache(PROOF_CACHE_ENV, 'proof-cache'), await runCache(VERIFIER_CACHE_ENV, 'verifier-cache')];
  return async () => {
    for (const remove of removals) await remove();
  };
}
