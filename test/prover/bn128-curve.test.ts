// The bn128 curve from cached wasm (prover/src/bn128-curve.ts): the cached bytes are exactly what
// ffjavascript's code generation makes and what the source pins; a cache file that is not is
// refused (regenerated, never used); and a curve built from the cache verifies a real proof and
// refuses a wrong one.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as snarkjs from 'snarkjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BN128_PIN,
  bn128Code,
  buildBn128Curve,
  builtFromCheckedCode,
  curveCacheFile,
  generateBn128Code,
  type Bn128Curve,
} from '../../prover/src/bn128-curve.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { shutdownProver } from '../../prover/src/groth16.js';
import { proveBill, type BillProof } from '../../prover/src/index.js';
import { PROOF_CACHE_ENV } from '../../prover/src/proof-cache.js';
import { CIRCUIT, DOMAIN, halfHourTariff, signedDay } from './fixtures.js';

// A real proof, made here through the cached curve, not one from the run's proof cache.
delete process.env[PROOF_CACHE_ENV];

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const root = mkdtempSync(join(tmpdir(), 'wattproof-bn128-'));
let dirs = 0;
const freshDir = (): string => {
  const d = join(root, String(dirs++));
  mkdirSync(d);
  return d;
};

let fresh: { code: Uint8Array; pointers: Record<string, number> };

beforeAll(async () => {
  fresh = await generateBn128Code();
});

afterAll(async () => {
  await shutdownProver();
  rmSync(root, { recursive: true, force: true });
});

describe('the cached wasm', () => {
  it("is a fresh code generation's, byte for byte, and matches the pins", async () => {
    expect(sha256(fresh.code)).toBe(BN128_PIN.sha256);
    expect(fresh.pointers).toEqual(BN128_PIN.pointers);
    const dir = freshDir();
    const first = await bn128Code(dir);
    expect(first?.from).toBe('codegen');
    expect(Buffer.compare(Buffer.from(first!.code), Buffer.from(fresh.code))).toBe(0);
    expect(Buffer.compare(readFileSync(curveCacheFile(dir)), Buffer.from(fresh.code))).toBe(0);
    expect((await bn128Code(dir))?.from).toBe('memory');
    // Another process (another cache path here) reads it from disk.
    const other = freshDir();
    copyFileSync(curveCacheFile(dir), curveCacheFile(other));
    const read = await bn128Code(other);
    expect(read?.from).toBe('disk');
    expect(Buffer.compare(Buffer.from(read!.code), Buffer.from(fresh.code))).toBe(0);
  });

  it.each([
    ['one byte changed', (b: Uint8Array) => b.map((x, i) => (i === 40_000 ? x ^ 1 : x))],
    ['truncated', (b: Uint8Array) => b.subarray(0, b.length - 1)],
    ['empty', () => new Uint8Array(0)],
  ])('is refused when %s: regenerated (and rewritten), not used', async (_, corrupt) => {
    const dir = freshDir();
    const bad = corrupt(fresh.code);
    writeFileSync(curveCacheFile(dir), bad);
    const sources: string[] = [];
    const curve = await buildBn128Curve(true, { cacheDir: dir, onSource: (s) => sources.push(s) });
    expect(sources).toEqual(['codegen']);
    expect(builtFromCheckedCode(curve)).toBe(true);
    expect(Buffer.compare(readFileSync(curveCacheFile(dir)), Buffer.from(fresh.code))).toBe(0);
  });
});

describe('a curve from the cached wasm', () => {
  let proof: BillProof;
  let vkey: unknown;

  beforeAll(async () => {
    const artifacts = await loadCircuitArtifacts(CIRCUIT);
    vkey = artifacts.vkey;
    // Inline: the main thread's shared curve, installed from the cache before snarkjs looks for it.
    proof = await proveBill({ tariff: halfHourTariff(), signedPeriod: await signedDay(), domain: DOMAIN, artifacts, inline: true });
  });

  it('is the one the main thread proved with', () => {
    expect(builtFromCheckedCode((globalThis as { curve_bn128?: unknown }).curve_bn128)).toBe(true);
  });

  it('single-threaded, read from disk: verifies the proof and refuses a wrong one', async () => {
    const dir = freshDir();
    writeFileSync(curveCacheFile(dir), fresh.code);
    let source = '';
    const curve = await buildBn128Curve(true, { cacheDir: dir, onSource: (s) => (source = s) });
    expect(source).toBe('disk');
    const g = globalThis as { curve_bn128?: Bn128Curve | null };
    const shared = g.curve_bn128;
    g.curve_bn128 = curve; // where snarkjs's verify looks
    try {
      expect(await snarkjs.groth16.verify(vkey, proof.publicSignals, proof.proof)).toBe(true);
      const wrong = [...proof.publicSignals];
      wrong[0] = (BigInt(wrong[0]!) + 1n).toString();
      expect(await snarkjs.groth16.verify(vkey, wrong, proof.proof)).toBe(false);
      const forged = structuredClone(proof.proof);
      forged.pi_c = [...proof.proof.pi_a];
      expect(await snarkjs.groth16.verify(vkey, proof.publicSignals, forged)).toBe(false);
    } finally {
      g.curve_bn128 = shared;
    }
  });
});
