// What proveBill refuses, and when: bad input before anything is loaded or proven, a period too
// long for the circuit before the witness, corrupted artifacts before the witness, and
// cancellation that stops the worker.
import { readdirSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../core/src/errors.js';
import { signPeriod } from '../../core/src/meter/sign.js';
import { householdSeries, localMidnightOf } from '../../core/src/meter/synthetic.js';
import { defaultBuildDir, readManifest } from '../../prover/src/artifacts/index.js';
import { ArtifactError, proveBill, type ProveBillOptions } from '../../prover/src/index.js';
import { CIRCUIT, DOMAIN, METER_KEY, TZ, halfHourTariff, signedDay } from './fixtures.js';
import { PROOF_CACHE_ENV } from '../../prover/src/proof-cache.js';

// These tests exercise proving itself (the worker, its phases and timings): never a proof from the run's cache.
delete process.env[PROOF_CACHE_ENV];

const tariff = halfHourTariff();
let signedPeriod: Awaited<ReturnType<typeof signedDay>>;
let work: string;
/** A private copy of the build directory holding only bill_1d_30m. */
let buildCopy: string;

beforeAll(async () => {
  signedPeriod = await signedDay();
  work = await mkdtemp(join(tmpdir(), 'wattproof-prover-'));
  buildCopy = join(work, 'build');
  const src = defaultBuildDir();
  await cp(join(src, 'circuits', CIRCUIT), join(buildCopy, 'circuits', CIRCUIT), { recursive: true });
  const manifest = (await readManifest(src))!;
  await writeFile(join(buildCopy, 'manifest.json'), JSON.stringify({ ...manifest, circuits: { [CIRCUIT]: manifest.circuits[CIRCUIT] } }));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Runs proveBill and returns its error and the phases it reported. */
async function failure(opts: Partial<ProveBillOptions>): Promise<{ error: unknown; phases: string[] }> {
  const phases: string[] = [];
  try {
    await proveBill({ tariff, signedPeriod, circuit: CIRCUIT, domain: DOMAIN, onProgress: (e) => phases.push(`${e.phase}:${e.state}`), ...opts });
  } catch (error) {
    return { error, phases };
  }
  throw new Error('proveBill succeeded; expected a failure');
}

describe('bad input is a ValidationError naming the field, before anything is loaded', () => {
  // A build directory without artifacts: reaching the artifacts step would be an ArtifactError.
  const nowhere = join(tmpdir(), 'wattproof-no-such-build-dir');

  it.each<[string, () => Partial<ProveBillOptions>, string]>([
    ['a tax rate above 100%', () => ({ tariff: { ...tariff, taxBps: 10001 } }), 'tariff.taxBps'],
    ['a band price wider than 64 bits', () => ({ tariff: { ...tariff, bandPrices: [1n << 64n, 1n] } }), 'tariff.bandPrices[0]'],
    [
      'a reading altered after signing',
      () => ({ signedPeriod: { ...signedPeriod, imports: signedPeriod.imports.map((r, i) => (i === 20 ? r + 1 : r)) } }),
      'signedPeriod.statement',
    ],
    [
      'a forged signature',
      () => ({ signedPeriod: { ...signedPeriod, signature: { ...signedPeriod.signature, S: signedPeriod.signature.S + 1n } } }),
      'signedPeriod.signature',
    ],
    ['a domain with a chain id beyond 64 bits', () => ({ domain: 1n << 230n }), 'domain'],
  ])('%s', async (_name, change, field) => {
    const { error, phases } = await failure({ buildDir: nowhere, ...change() });
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect((error as ValidationError).message.startsWith(`${field}: `)).toBe(true);
    expect(phases).toEqual(['validate:start']);
  });

  it('no circuit and no artifacts', async () => {
    const { error, phases } = await failure({ circuit: undefined });
    expect((error as ValidationError).field).toBe('circuit');
    expect(phases).toEqual([]);
  });
});

describe('a period the circuit cannot take is refused before the witness', () => {
  it('two days for the one-day circuit', async () => {
    const { imports, exports } = householdSeries({ days: 2, intervalsPerDay: 48, seed: 3, startDate: '2026-04-30' });
    const twoDays = await signPeriod(METER_KEY, { meterId: 1001n, periodStart: localMidnightOf('2026-04-30', TZ), intervalSeconds: 1800, imports, exports });
    const { error, phases } = await failure({ signedPeriod: twoDays, buildDir: buildCopy });
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('signedPeriod.imports');
    expect(phases).toEqual(['validate:start', 'validate:done', 'artifacts:start', 'artifacts:done']);
  });
});

describe('corrupted artifacts are refused before the witness', () => {
  it.each([
    ['zkey', `${CIRCUIT}.zkey`],
    ['wasm', `${CIRCUIT}_js/${CIRCUIT}.wasm`],
  ])('a flipped byte in the %s', async (_kind, rel) => {
    const file = join(buildCopy, 'circuits', CIRCUIT, rel);
    const original = await readFile(file);
    const bad = Buffer.from(original);
    bad[Math.floor(bad.length / 2)]! ^= 0x01;
    await writeFile(file, bad);
    try {
      const { error, phases } = await failure({ buildDir: buildCopy });
      expect(error).toBeInstanceOf(ArtifactError);
      expect((error as ArtifactError).file).toBe(file);
      expect((error as Error).message).toMatch(/does not match build\/manifest\.json/);
      expect(phases).toEqual(['validate:start', 'validate:done', 'artifacts:start']);
    } finally {
      await writeFile(file, original);
    }
  });
});

describe('cancellation', () => {
  it('an already aborted signal stops proveBill before it starts', async () => {
    const { error, phases } = await failure({ signal: AbortSignal.abort() });
    expect((error as Error).name).toBe('AbortError');
    expect(phases).toEqual([]);
  });

  it('aborting while the worker computes the witness terminates it and rejects with the reason', async () => {
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    const seen: string[] = [];
    // OS threads of this process (Linux): the worker is one, plus its V8 helper threads.
    const threads = (): number => readdirSync('/proc/self/task').length;
    let whileProving = 0;
    const { error } = await failure({
      buildDir: buildCopy,
      signal: controller.signal,
      onProgress: (e) => {
        seen.push(`${e.phase}:${e.state}`);
        if (e.phase === 'witness' && e.state === 'start') {
          whileProving = threads();
          controller.abort(reason);
        }
      },
    });
    expect(error).toBe(reason);
    expect(seen.at(-1)).toBe('witness:start');
    // Termination is asynchronous; the worker's threads are gone well within a second or two.
    await new Promise((r) => setTimeout(r, 2000));
    expect(threads()).toBeLessThan(whileProving);
  });
});
