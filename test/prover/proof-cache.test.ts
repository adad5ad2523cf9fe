// The run's proof cache (prover/src/proof-cache.ts): a statement is proved once and its proof
// handed back for the same proving key, witness calculator and input only; an input no witness
// satisfies is never cached; an unreadable entry is proved again; and proveBill still checks a
// cached proof's public signals against the engine (a tampered entry is refused, not returned).
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProofError } from '../../core/src/errors.js';
import { loadCircuitArtifacts, type CircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { ProvingError, shutdownProver, verify } from '../../prover/src/groth16.js';
import { proveBill, type ProveProgress } from '../../prover/src/index.js';
import {
  type CachedProof,
  directoryProofCache,
  fullProveCached,
  PROOF_CACHE_ENV,
  proofCacheFromEnv,
  proofCacheKey,
  proveThroughCache,
} from '../../prover/src/proof-cache.js';
import { CIRCUIT, DOMAIN, halfHourTariff, signedDay } from './fixtures.js';

let dir: string;
let tiny: CircuitArtifacts;
const saved = process.env[PROOF_CACHE_ENV];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wattproof-proof-cache-'));
  tiny = await loadCircuitArtifacts('foundation_tiny');
});

afterAll(async () => {
  if (saved === undefined) delete process.env[PROOF_CACHE_ENV];
  else process.env[PROOF_CACHE_ENV] = saved;
  await rm(dir, { recursive: true, force: true });
  await shutdownProver();
});

const fake = (tag: string): CachedProof => ({
  proof: {
    pi_a: [tag, '2', '1'],
    pi_b: [
      ['1', '2'],
      ['3', '4'],
      ['1', '0'],
    ],
    pi_c: ['5', '6', '1'],
    protocol: 'groth16',
    curve: 'bn128',
  },
  publicSignals: [tag],
});

describe('the cache itself', () => {
  it('proves a statement once, then hands back its proof for the same key only', async () => {
    const cache = directoryProofCache(join(dir, 'unit'));
    const a = { wasm: new Uint8Array([1, 2, 3]), zkey: new Uint8Array([4, 5, 6]) };
    let proved = 0;
    const prove = (tag: string) => async () => {
      proved++;
      return fake(tag);
    };
    const first = await proveThroughCache(a, { x: 5n, y: [1, 2] }, prove('first'), cache);
    expect([first.cached, proved]).toEqual([false, 1]);
    // the same value as a number, a bigint or a decimal string is the same input (the same witness)
    const again = await proveThroughCache(a, { x: '5', y: [1n, '2'] }, prove('again'), cache);
    expect([again.cached, proved, again.publicSignals]).toEqual([true, 1, ['first']]);
    // another input, another proving key, another witness calculator: each is another statement
    expect((await proveThroughCache(a, { x: 6n, y: [1, 2] }, prove('x6'), cache)).cached).toBe(false);
    expect((await proveThroughCache({ ...a, zkey: new Uint8Array([4, 5, 7]) }, { x: 5n, y: [1, 2] }, prove('zkey'), cache)).cached).toBe(false);
    expect((await proveThroughCache({ ...a, wasm: new Uint8Array([1, 2, 4]) }, { x: 5n, y: [1, 2] }, prove('wasm'), cache)).cached).toBe(false);
    expect(proved).toBe(4);
  });

  it('an unreadable or malformed entry counts as absent and is proved again', async () => {
    const sub = join(dir, 'broken');
    const cache = directoryProofCache(sub);
    const a = { wasm: new Uint8Array([9]), zkey: new Uint8Array([8]) };
    const input = { x: 1n };
    await proveThroughCache(a, input, async () => fake('ok'), cache);
    const file = join(sub, `${proofCacheKey(a, input)}.json`);
    for (const text of ['{"proof": {"pi_a": [', JSON.stringify({ proof: {}, publicSignals: [1] })]) {
      await writeFile(file, text);
      const r = await proveThroughCache(a, input, async () => fake('again'), cache);
      expect([r.cached, r.publicSignals]).toEqual([false, ['again']]);
    }
    expect((await readdir(sub)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a statement being proved elsewhere is waited for, not proved twice; a failed prover leaves it to the next; a stale lock is passed', async () => {
    const sub = join(dir, 'race');
    const a = { wasm: new Uint8Array([7]), zkey: new Uint8Array([7]) };
    let proved = 0;
    const slow =
      (tag: string, fail = false) =>
      async () => {
        proved++;
        await new Promise((r) => setTimeout(r, 300));
        if (fail) throw new Error(`no witness (${tag})`);
        return fake(tag);
      };
    // two caches on one directory: two test files' processes
    const [x, y] = [directoryProofCache(sub), directoryProofCache(sub)];
    const [p, q] = await Promise.all([proveThroughCache(a, { n: 1n }, slow('p'), x), proveThroughCache(a, { n: 1n }, slow('q'), y)]);
    expect(proved).toBe(1);
    expect([p.cached, q.cached].sort()).toEqual([false, true]);
    expect(q.publicSignals).toEqual(p.publicSignals);
    // the first prover fails (an input no witness satisfies): the waiter proves it itself, and fails too
    proved = 0;
    const both = await Promise.allSettled([proveThroughCache(a, { n: 2n }, slow('f1', true), x), proveThroughCache(a, { n: 2n }, slow('f2', true), y)]);
    expect([proved, both.map((r) => r.status)]).toEqual([2, ['rejected', 'rejected']]);
    // a lock left by a dead prover long ago does not hold anyone up
    const lockFile = join(sub, `${proofCacheKey(a, { n: 3n })}.json.lock`);
    await writeFile(lockFile, '');
    const old = new Date(Date.now() - 3_600_000);
    await utimes(lockFile, old, old);
    proved = 0;
    const t = Date.now();
    expect((await proveThroughCache(a, { n: 3n }, slow('late'), x)).publicSignals).toEqual(['late']);
    expect([proved, Date.now() - t < 5000]).toEqual([1, true]);
    expect((await readdir(sub)).filter((f) => f.endsWith('.lock') && !f.startsWith(proofCacheKey(a, { n: 3n })))).toEqual([]);
  });

  it('is off without WATTPROOF_PROOF_CACHE (or with it empty)', () => {
    expect(proofCacheFromEnv({})).toBeUndefined();
    expect(proofCacheFromEnv({ [PROOF_CACHE_ENV]: ' ' })).toBeUndefined();
    expect(proofCacheFromEnv({ [PROOF_CACHE_ENV]: dir })).toBeDefined();
  });
});

describe('with real proofs', () => {
  it('fullProveCached: the second proof of a statement is the first one, and it verifies; an unsatisfiable input is refused and never cached', async () => {
    process.env[PROOF_CACHE_ENV] = join(dir, 'tiny');
    const input = { secretA: 3n, secretB: 11n, domain: 424242n };
    const first = await fullProveCached(input, tiny);
    const second = await fullProveCached({ secretA: 3, secretB: 11, domain: '424242' }, tiny);
    expect(second).toEqual(first);
    expect(await verify(tiny.vkey, second.proof, second.publicSignals)).toBe(true);
    await expect(fullProveCached({ secretA: 1n, secretB: 2n }, tiny)).rejects.toThrow(ProvingError);
    expect(await readdir(join(dir, 'tiny'))).toHaveLength(1);
  });

  it("proveBill: a cached proof reports every phase in order, and its signals still go through the engine's check", async () => {
    process.env[PROOF_CACHE_ENV] = join(dir, 'bill');
    const tariff = halfHourTariff();
    const signedPeriod = await signedDay();
    const first = await proveBill({ tariff, signedPeriod, circuit: CIRCUIT, domain: DOMAIN });
    const phases: string[] = [];
    const second = await proveBill({
      tariff,
      signedPeriod,
      circuit: CIRCUIT,
      domain: DOMAIN,
      onProgress: (e: ProveProgress) => phases.push(`${e.phase}:${e.state}`),
    });
    expect(second.proof).toEqual(first.proof);
    expect(second.publicSignals).toEqual(first.publicSignals);
    expect(phases).toEqual(['validate', 'artifacts', 'witness', 'proving', 'check'].flatMap((p) => [`${p}:start`, `${p}:done`]));
    // an entry whose amounts were altered is not handed out: the engine's check refuses it by name
    const [file] = await readdir(join(dir, 'bill'));
    const entry = JSON.parse(await readFile(join(dir, 'bill', file!), 'utf8')) as CachedProof;
    entry.publicSignals[3] = String(BigInt(entry.publicSignals[3]!) + 1n);
    await writeFile(join(dir, 'bill', file!), JSON.stringify(entry));
    await expect(proveBill({ tariff, signedPeriod, circuit: CIRCUIT, domain: DOMAIN })).rejects.toThrow(ProofError);
    await expect(proveBill({ tariff, signedPeriod, circuit: CIRCUIT, domain: DOMAIN })).rejects.toThrow(/publicSignals\[3\] \(amounts\)/);
  });
});
