/**
 * A content-addressed cache of Groth16 proofs for development runs (Node only), switched on by
 * `WATTPROOF_PROOF_CACHE=<directory>`; `npm test` points it at a directory of its own run
 * (test/support/proof-cache-setup.ts), so that a statement several test files prove (the same
 * bill of the same meter, tariff, period and domain) is proved once per run.
 *
 * Why a cached proof is as good as a fresh one: Groth16 proofs are randomized, but any proof
 * snarkjs returned for a proving key and a witness input is a valid proof of that statement. The
 * key is the sha256 of the proving key, of the witness calculator and of the input (every value
 * as a decimal string), so an entry is only ever returned for the very circuit and input it was
 * made for; whoever receives the proof (the contract's verifier, the audit, the engine check of
 * `proveBill`) checks it exactly as before. Inputs that no witness satisfies are never cached:
 * they fail as before. Without the variable nothing is read or written.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { artifactSha256, type CircuitArtifacts } from './artifacts/index.js';
import { fullProve, type Groth16Proof } from './groth16.js';

/** The environment variable naming the cache directory. */
export const PROOF_CACHE_ENV = 'WATTPROOF_PROOF_CACHE';

/** What snarkjs returned for one statement. */
export interface CachedProof {
  proof: Groth16Proof;
  publicSignals: string[];
}

/** A proof cache: look a statement up, or record the proof just made for it. */
export interface ProofCache {
  /** The proof recorded for `input` on these artifacts, if any (an unreadable entry counts as none). */
  get(artifacts: Pick<CircuitArtifacts, 'wasm' | 'zkey'>, input: Record<string, unknown>): Promise<CachedProof | undefined>;
  /** Records the proof of `input`; written whole or not at all (a concurrent writer of the same key is harmless). */
  put(artifacts: Pick<CircuitArtifacts, 'wasm' | 'zkey'>, input: Record<string, unknown>, proved: CachedProof): Promise<void>;
  /**
   * The proof of `input`: the cached one, else `prove()`'s, recorded. While another prover (another
   * test file, another process) is proving the same statement, waits for its entry instead of
   * proving it a second time beside it.
   */
  through<T extends CachedProof>(
    artifacts: Pick<CircuitArtifacts, 'wasm' | 'zkey'>,
    input: Record<string, unknown>,
    prove: () => Promise<T>,
  ): Promise<{ cached: CachedProof } | { proved: T }>;
}

/** A lock older than this is a dead prover's (a proof of the largest test circuit takes seconds). */
const STALE_LOCK_MS = 180_000;
const POLL_MS = 100;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The cache key of a statement: the proving key, the witness calculator and the input. Numbers,
 * bigints and decimal strings of the same value give the same key (the witness is the same).
 */
export function proofCacheKey(artifacts: Pick<CircuitArtifacts, 'wasm' | 'zkey'>, input: Record<string, unknown>): string {
  const canonical = JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' || typeof v === 'number' ? String(v) : v));
  return createHash('sha256')
    .update(`wattproof proof cache v1\n${artifactSha256(artifacts.zkey)}\n${artifactSha256(artifacts.wasm)}\n`)
    .update(canonical)
    .digest('hex');
}

function isCachedProof(v: unknown): v is CachedProof {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Partial<CachedProof>;
  return (
    typeof c.proof === 'object' &&
    c.proof !== null &&
    Array.isArray(c.proof.pi_a) &&
    Array.isArray(c.proof.pi_b) &&
    Array.isArray(c.proof.pi_c) &&
    Array.isArray(c.publicSignals) &&
    c.publicSignals.every((s) => typeof s === 'string')
  );
}

/** A proof cache in directory `dir` (created on first write). */
export function directoryProofCache(dir: string): ProofCache {
  const file = (a: Pick<CircuitArtifacts, 'wasm' | 'zkey'>, input: Record<string, unknown>) => join(dir, `${proofCacheKey(a, input)}.json`);
  const cache: ProofCache = {
    async get(a, input) {
      let text: string;
      try {
        text = await readFile(file(a, input), 'utf8');
      } catch {
        return undefined;
      }
      try {
        const v: unknown = JSON.parse(text);
        return isCachedProof(v) ? v : undefined;
      } catch {
        return undefined;
      }
    },
    async put(a, input, proved) {
      await mkdir(dir, { recursive: true });
      const path = file(a, input);
      const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(tmp, JSON.stringify({ proof: proved.proof, publicSignals: proved.publicSignals }));
      await rename(tmp, path);
    },
    async through(a, input, prove) {
      const hit = await cache.get(a, input);
      if (hit !== undefined) return { cached: hit };
      const release = await lock(`${file(a, input)}.lock`);
      try {
        // the prover we waited for may have recorded it meanwhile
        const done = await cache.get(a, input);
        if (done !== undefined) return { cached: done };
        const proved = await prove();
        await cache.put(a, input, proved);
        return { proved };
      } finally {
        await release();
      }
    },
  };
  return cache;

  /**
   * Takes the statement's lock file, waiting while a live prover holds it; resolves to its release.
   * A lock that cannot be taken (stale, or the directory unwritable) only costs a second proof.
   */
  async function lock(path: string): Promise<() => Promise<void>> {
    await mkdir(dir, { recursive: true });
    for (;;) {
      try {
        await (await open(path, 'wx')).close();
        return () => rm(path, { force: true });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return async () => undefined;
      }
      const since = await stat(path).then(
        (st) => Date.now() - st.mtimeMs,
        () => 0,
      );
      if (since > STALE_LOCK_MS) return async () => undefined;
      if (
        await stat(path.replace(/\.lock$/, '')).then(
          () => true,
          () => false,
        )
      )
        return async () => undefined;
      await sleep(POLL_MS);
    }
  }
}

/** The cache `WATTPROOF_PROOF_CACHE` names (read at each call, so a test file may turn it off), or none. */
export function proofCacheFromEnv(env: Record<string, string | undefined> = process.env): ProofCache | undefined {
  const dir = env[PROOF_CACHE_ENV];
  return dir === undefined || dir.trim() === '' ? undefined : directoryProofCache(dir);
}

/**
 * `prove()`'s result for `input`, from `cache` when it holds the statement, else proved and
 * recorded. `cached` says which.
 */
export async function proveThroughCache(
  artifacts: Pick<CircuitArtifacts, 'wasm' | 'zkey'>,
  input: Record<string, unknown>,
  prove: () => Promise<CachedProof>,
  cache: ProofCache | undefined = proofCacheFromEnv(),
): Promise<CachedProof & { cached: boolean }> {
  if (cache === undefined) {
    const proved = await prove();
    return { proof: proved.proof, publicSignals: proved.publicSignals, cached: false };
  }
  const out = await cache.through(artifacts, input, prove);
  const { proof, publicSignals } = 'cached' in out ? out.cached : out.proved;
  return { proof, publicSignals, cached: 'cached' in out };
}

/**
 * {@link fullProve} through the cache `WATTPROOF_PROOF_CACHE` names (plain `fullProve` without it).
 * @throws ProvingError when the input does not satisfy the circuit (never cached)
 */
export async function fullProveCached(input: Record<string, unknown>, a: CircuitArtifacts): Promise<CachedProof> {
  const { proof, publicSignals } = await proveThroughCache(a, input, () => fullProve(input, a));
  return { proof, publicSignals };
}
