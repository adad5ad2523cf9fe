/**
 * A cache of compiled verifiers on disk, shared by the processes of one test run (Node only):
 * the audit regenerates the verifier from the published key and compiles it with solc-js, and
 * loading solc dominates that (~1.5 s CPU in every process that audits). `npm test` points
 * `WATTPROOF_VERIFIER_CACHE` at a directory of its own run (test/support/proof-cache-setup.ts).
 *
 * Trust: the audit is the regulator's check that the deployed code is the published circuit's
 * verifier, and a cached code is what it compares the chain against. Whoever can write the
 * directory can therefore make a wrong verifier pass: an entry carries the sha256 of its key and
 * code, which catches a truncated, damaged or misplaced entry (it is compiled again), but a forger
 * can write a consistent one. So the cache is OFF unless the variable names a directory: a
 * regulator's audit compiles every time, as it always did. Tests set it to a fresh directory
 * of their run.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The environment variable naming the cache directory; unset or empty, nothing is read or written. */
export const VERIFIER_CACHE_ENV = 'WATTPROOF_VERIFIER_CACHE';

/** What is compiled: the exact source, the compiler settings and the compiler itself. */
export interface VerifierCompilation {
  source: string;
  settings: unknown;
  /** Identifies the compiler exactly (here the sha256 of solc-js's soljson.js). */
  compiler: string;
}

/** A cache of stripped runtime bytecode per compilation. */
export interface VerifierCodeCache {
  /** The code recorded for `c`; none when absent or when the entry is not whole and its own. */
  get(c: VerifierCompilation): Promise<string | undefined>;
  /** Records `code` for `c`, written whole or not at all (concurrent writers of one key write the same). */
  put(c: VerifierCompilation, code: string): Promise<void>;
}

/** The key of a compilation: sha256 over the compiler, the settings and the source text. */
export function verifierCacheKey(c: VerifierCompilation): string {
  return createHash('sha256')
    .update(`wattproof verifier cache v1\n${c.compiler}\n${JSON.stringify(c.settings)}\n`)
    .update(c.source)
    .digest('hex');
}

const seal = (key: string, code: string) => createHash('sha256').update(`${key}\n${code}`).digest('hex');

interface Entry {
  key: string;
  code: string;
  sha256: string;
}

function isEntry(v: unknown): v is Entry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Partial<Entry>;
  return typeof e.key === 'string' && typeof e.code === 'string' && typeof e.sha256 === 'string';
}

/** A verifier cache in directory `dir` (created on first write). */
export function directoryVerifierCache(dir: string): VerifierCodeCache {
  return {
    async get(c) {
      const key = verifierCacheKey(c);
      let v: unknown;
      try {
        v = JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8'));
      } catch {
        return undefined;
      }
      // Another key's entry copied here, an edited code or a torn write: compile instead.
      if (!isEntry(v) || v.key !== key || v.sha256 !== seal(key, v.code) || !/^([0-9a-f]{2})+$/.test(v.code)) return undefined;
      return v.code;
    },
    async put(c, code) {
      await mkdir(dir, { recursive: true });
      const key = verifierCacheKey(c);
      const path = join(dir, `${key}.json`);
      const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      const entry: Entry = { key, code, sha256: seal(key, code) };
      await writeFile(tmp, JSON.stringify(entry));
      await rename(tmp, path);
    },
  };
}

/** The cache `WATTPROOF_VERIFIER_CACHE` names (read at each call), or none: the default, see the module's trust note. */
export function verifierCacheFromEnv(env: Record<string, string | undefined> = process.env): VerifierCodeCache | undefined {
  const dir = env[VERIFIER_CACHE_ENV];
  return dir === undefined || dir.trim() === '' ? undefined : directoryVerifierCache(dir);
}
