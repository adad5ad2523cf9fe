// The run's verifier cache (sdk/src/audit/verifier-cache.ts): the audit's regenerated verifier is
// compiled once per run and read back by the other processes. A hit is the code solc compiles; a
// truncated, edited or misplaced entry is compiled again and rewritten; a consistent forgery is
// taken as is, which is why the cache is off unless the variable names a directory.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  directoryVerifierCache,
  VERIFIER_CACHE_ENV,
  type VerifierCompilation,
  verifierCacheFromEnv,
  verifierCacheKey,
} from '../../sdk/src/audit/verifier-cache.js';

const saved = process.env[VERIFIER_CACHE_ENV];
let dir: string;
let vkey: Record<string, unknown>;
/** What solc compiles with no cache at all. */
let compiledCode: string;

/** expectedVerifierCode of a fresh module: its in-process map is empty, as in another test file's process. */
async function freshExpected(): Promise<string> {
  vi.resetModules();
  const { expectedVerifierCode } = await import('../../sdk/src/audit/verifier-code.js');
  return expectedVerifierCode(vkey, 'batch');
}

/** The entry the audit's compile recorded. */
let entryPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wattproof-verifier-cache-'));
  vkey = JSON.parse(await readFile('build/circuits/bill_1d_30m/vkey.json', 'utf8')) as Record<string, unknown>;
  delete process.env[VERIFIER_CACHE_ENV];
  compiledCode = await freshExpected();
  process.env[VERIFIER_CACHE_ENV] = dir;
});

afterAll(async () => {
  if (saved === undefined) delete process.env[VERIFIER_CACHE_ENV];
  else process.env[VERIFIER_CACHE_ENV] = saved;
  await rm(dir, { recursive: true, force: true });
});

describe('the verifier cache', () => {
  it('is off without WATTPROOF_VERIFIER_CACHE (or with it empty): nothing read or written', async () => {
    expect(verifierCacheFromEnv({})).toBeUndefined();
    expect(verifierCacheFromEnv({ [VERIFIER_CACHE_ENV]: ' ' })).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
    expect(compiledCode).toMatch(/^([0-9a-f]{2})+$/);
  });

  it('records the compiled code once, and a later process reads back exactly what solc compiles', async () => {
    expect(await freshExpected()).toBe(compiledCode);
    const names = await readdir(dir);
    expect(names).toHaveLength(1);
    entryPath = join(dir, names[0]!);
    const entry = JSON.parse(await readFile(entryPath, 'utf8')) as { code: string };
    expect(entry.code).toBe(compiledCode);
    expect(await freshExpected()).toBe(compiledCode);
  });

  it('keys on the exact source, settings and compiler', () => {
    const c: VerifierCompilation = { source: 'contract A {}', settings: { optimizer: { runs: 200 } }, compiler: 'aa' };
    const k = verifierCacheKey(c);
    expect(verifierCacheKey({ ...c })).toBe(k);
    expect(verifierCacheKey({ ...c, source: 'contract A {} ' })).not.toBe(k);
    expect(verifierCacheKey({ ...c, settings: { optimizer: { runs: 201 } } })).not.toBe(k);
    expect(verifierCacheKey({ ...c, compiler: 'ab' })).not.toBe(k);
  });

  it('compiles again, and rewrites, an entry that is truncated, edited, not hex or another key’s', async () => {
    const path = entryPath;
    const good = await readFile(path, 'utf8');
    const entry = JSON.parse(good) as { key: string; code: string; sha256: string };
    const other = { source: 'contract B {}', settings: {}, compiler: 'x' };
    await directoryVerifierCache(join(dir, 'other')).put(other, compiledCode);
    const damaged = [
      good.slice(0, good.length / 2),
      JSON.stringify({ ...entry, code: `${entry.code.slice(0, -2)}00` }),
      JSON.stringify({ ...entry, code: 'zz', sha256: createHash('sha256').update(`${entry.key}\nzz`).digest('hex') }),
      await readFile(join(dir, 'other', `${verifierCacheKey(other)}.json`), 'utf8'),
    ];
    for (const text of damaged) {
      await writeFile(path, text);
      expect(await freshExpected()).toBe(compiledCode);
      expect(await readFile(path, 'utf8')).toBe(good);
    }
  });

  it('takes a consistent forged entry as is: whoever writes the directory decides what the audit accepts, hence off by default', async () => {
    const path = entryPath;
    const { key } = JSON.parse(await readFile(path, 'utf8')) as { key: string };
    const forged = `${compiledCode.slice(0, -2)}00`;
    await writeFile(path, JSON.stringify({ key, code: forged, sha256: createHash('sha256').update(`${key}\n${forged}`).digest('hex') }));
    expect(await freshExpected()).toBe(forged);
  });
});
