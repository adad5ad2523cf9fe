// Which generated verifiers Hardhat compiles. Every file under contracts/ is compiled (solc-js) and
// gets a TypeChain binding, so the build puts there only the verifiers a deployment uses: the batch
// verifier of a bill or market circuit, the price verifier of a public-price one, and snarkjs's own
// only for a circuit with neither (foundation_tiny). snarkjs's verifier of the others is kept beside
// the zkey, hashed in the manifest. Works on a private copy of the two circuits' build outputs.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256File } from '../../circuits/build/fs-util.js';
import type { BuildLog } from '../../circuits/build/log.js';
import { runBuild } from '../../circuits/build/pipeline.js';
import { type Manifest, readManifest } from '../../prover/src/artifacts/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BILL = 'bill_1d_30m';
const TINY = 'foundation_tiny';

const quiet: BuildLog = { log: () => {}, debug: () => {}, info: () => {}, warn: () => {}, error: () => {}, step: () => () => {}, child: () => quiet };

describe('the build compiles only the verifiers deployments use', () => {
  let work: string;
  let buildDir: string;
  let generated: string;
  let manifest: Manifest;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wattproof-verifier-placement-'));
    buildDir = join(work, 'build');
    generated = join(work, 'generated');
    const real = (await readManifest(join(ROOT, 'build')))!;
    for (const c of [BILL, TINY]) await cp(join(ROOT, 'build', 'circuits', c), join(buildDir, 'circuits', c), { recursive: true });
    await writeFile(join(buildDir, 'manifest.json'), JSON.stringify({ ...real, circuits: { [BILL]: real.circuits[BILL], [TINY]: real.circuits[TINY] } }));
    // As a build from before this layout left it: snarkjs's bill verifier among the compiled contracts, none beside the zkey.
    await rm(join(buildDir, 'circuits', BILL, 'Bill1d30mVerifier.sol'), { force: true });
    await writeFile(join(work, 'stale.sol'), '// a stale verifier\n');
    await cp(join(work, 'stale.sol'), join(generated, 'Bill1d30mVerifier.sol'));
    const report = await runBuild({ root: ROOT, buildDir, generatedDir: generated, only: [TINY, BILL], skipContracts: true, log: quiet });
    expect(report.ok).toBe(true);
    manifest = (await readManifest(buildDir))!;
  }, 120_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("keeps a bill circuit's snarkjs verifier beside its zkey, recorded, and removes the stale compiled one", async () => {
    const entry = manifest.circuits[BILL]!;
    const beside = join(buildDir, 'circuits', BILL, 'Bill1d30mVerifier.sol');
    expect(resolve(ROOT, entry.verifier.path)).toBe(beside);
    expect(await sha256File(beside)).toBe(entry.verifier.sha256);
    expect(await readFile(beside, 'utf8')).toMatch(/contract Bill1d30mVerifier\b/);
    expect(existsSync(join(generated, 'Bill1d30mVerifier.sol'))).toBe(false);
    expect(resolve(ROOT, entry.batchVerifier!.path)).toBe(join(generated, 'Bill1d30mBatchVerifier.sol'));
    expect(await sha256File(join(generated, 'Bill1d30mBatchVerifier.sol'))).toBe(entry.batchVerifier!.sha256);
  });

  it("compiles snarkjs's verifier of a circuit that has no other (foundation_tiny)", async () => {
    const entry = manifest.circuits[TINY]!;
    expect(entry.batchVerifier).toBeUndefined();
    expect(resolve(ROOT, entry.verifier.path)).toBe(join(generated, 'FoundationTinyVerifier.sol'));
    expect(await sha256File(join(generated, 'FoundationTinyVerifier.sol'))).toBe(entry.verifier.sha256);
  });

  it('this tree compiles no snarkjs verifier of a circuit that deploys a batch or price verifier', async () => {
    const real = (await readManifest(join(ROOT, 'build')))!;
    const barrel = await readFile(join(ROOT, 'typechain-types', 'index.ts'), 'utf8');
    const undeployed = Object.values(real.circuits).filter((c) => c.batchVerifier !== undefined || c.params.publicPrices === 1);
    expect(undeployed.map((c) => c.name)).toContain(BILL);
    for (const c of undeployed) {
      expect(c.verifier.path.startsWith('contracts/'), `${c.name}: ${c.verifier.path}`).toBe(false);
      expect(existsSync(join(ROOT, 'contracts', 'generated', `${c.verifier.contract}.sol`)), c.verifier.contract).toBe(false);
      expect(barrel).not.toMatch(new RegExp(`\\b${c.verifier.contract}__factory\\b`));
    }
    expect(barrel).toMatch(/\bFoundationTinyVerifier__factory\b/);
    expect(barrel).toMatch(/\bBill1d30mBatchVerifier__factory\b/);
  });
});
