// Corrupted or missing artifacts are refused, by the SDK loader and by the build pipeline,
// with a message naming the file. Works on a private copy of the build directory.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArtifactError, loadCircuitArtifacts, readManifest } from '../../prover/src/artifacts/index.js';
import { sha256File } from '../../circuits/build/fs-util.js';
import type { BuildLog } from '../../circuits/build/log.js';
import { runBuild } from '../../circuits/build/pipeline.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CIRCUIT = 'foundation_tiny';

let work: string;
let buildDir: string;

/** Copy the manifest and this circuit's outputs (not the large bill zkeys) into a temp dir. */
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'wattproof-artifacts-'));
  buildDir = join(work, 'build');
  await cp(join(ROOT, 'build', 'circuits', CIRCUIT), join(buildDir, 'circuits', CIRCUIT), { recursive: true });
  const manifest = (await readManifest(join(ROOT, 'build')))!;
  const only = { ...manifest, circuits: { [CIRCUIT]: manifest.circuits[CIRCUIT]! } };
  await writeFile(join(buildDir, 'manifest.json'), JSON.stringify(only, null, 2));
  await cp(join(ROOT, only.circuits[CIRCUIT]!.verifier.path), join(work, 'generated', `${only.circuits[CIRCUIT]!.verifier.contract}.sol`));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const zkeyPath = () => join(buildDir, 'circuits', CIRCUIT, `${CIRCUIT}.zkey`);
const wasmPath = () => join(buildDir, 'circuits', CIRCUIT, `${CIRCUIT}_js`, `${CIRCUIT}.wasm`);

/** Flip one byte in the middle of a file. */
async function corrupt(path: string): Promise<void> {
  const data = await readFile(path);
  const i = Math.floor(data.length / 2);
  data[i] = data[i]! ^ 0xff;
  await writeFile(path, data);
}

async function loadError(): Promise<ArtifactError> {
  try {
    await loadCircuitArtifacts(CIRCUIT, { buildDir });
  } catch (e) {
    expect(e).toBeInstanceOf(ArtifactError);
    return e as ArtifactError;
  }
  throw new Error('loadCircuitArtifacts accepted a bad artifact');
}

function captureLog(): { log: BuildLog; lines: string[] } {
  const lines: string[] = [];
  const log: BuildLog = {
    log: (m) => lines.push(m),
    debug: () => {},
    info: (m) => lines.push(m),
    warn: (m) => lines.push(`WARNING: ${m}`),
    error: (m) => lines.push(`ERROR: ${m}`),
    step: (t) => {
      lines.push(t);
      return () => {};
    },
    child: () => log,
  };
  return { log, lines };
}

describe('artifact loading refuses what the manifest does not vouch for', () => {
  it('loads intact artifacts', async () => {
    const a = await loadCircuitArtifacts(CIRCUIT, { buildDir });
    expect(a.name).toBe(CIRCUIT);
    expect(a.zkey.length).toBeGreaterThan(0);
    expect(a.wasm.length).toBeGreaterThan(0);
    expect(a.vkey).toMatchObject({ protocol: 'groth16', curve: 'bn128', nPublic: 3 });
  });

  it('refuses a corrupted zkey, naming the file', async () => {
    await corrupt(zkeyPath());
    const e = await loadError();
    expect(e.file).toBe(zkeyPath());
    expect(e.message).toContain(`${CIRCUIT}.zkey`);
    expect(e.message).toContain('npm run build');
  });

  it('refuses a corrupted wasm, naming the file', async () => {
    await corrupt(wasmPath());
    const e = await loadError();
    expect(e.file).toBe(wasmPath());
    expect(e.message).toContain(`${CIRCUIT}.wasm`);
  });

  it('refuses a missing verification key, naming the file', async () => {
    await rm(join(buildDir, 'circuits', CIRCUIT, 'vkey.json'));
    const e = await loadError();
    expect(e.message).toContain('vkey.json');
    expect(e.message).toContain('missing');
  });

  it('refuses when the manifest is missing or lacks the circuit', async () => {
    await expect(loadCircuitArtifacts('no_such_circuit', { buildDir })).rejects.toThrow(/no_such_circuit is not in .*manifest\.json/);
    await rm(join(buildDir, 'manifest.json'));
    const e = await loadError();
    expect(e.message).toContain('manifest.json');
  });
});

describe('the build pipeline refuses and rebuilds a tampered cached artifact', () => {
  it('rebuilds a corrupted zkey and records the new hash', async () => {
    await corrupt(zkeyPath());
    const { log, lines } = captureLog();
    const report = await runBuild({ root: ROOT, buildDir, generatedDir: join(work, 'generated'), only: [CIRCUIT], skipContracts: true, log });
    expect(report.ok).toBe(true);
    expect(report.circuits[0]).toMatchObject({ name: CIRCUIT, status: 'built' });
    expect(lines.some((l) => l.includes(zkeyPath()) && l.includes('does not match'))).toBe(true);
    const manifest = (await readManifest(buildDir))!;
    expect(await sha256File(zkeyPath())).toBe(manifest.circuits[CIRCUIT]!.files.zkey.sha256);
    await expect(loadCircuitArtifacts(CIRCUIT, { buildDir })).resolves.toMatchObject({ name: CIRCUIT });
  });

  it('recompiles a corrupted wasm', async () => {
    await corrupt(wasmPath());
    const { log, lines } = captureLog();
    const report = await runBuild({ root: ROOT, buildDir, generatedDir: join(work, 'generated'), only: [CIRCUIT], skipContracts: true, log });
    expect(report.ok).toBe(true);
    expect(lines.some((l) => l.includes(wasmPath()) && l.includes('does not match'))).toBe(true);
    await expect(loadCircuitArtifacts(CIRCUIT, { buildDir })).resolves.toMatchObject({ name: CIRCUIT });
  });

  it('does no work when nothing changed', async () => {
    const { log } = captureLog();
    const report = await runBuild({ root: ROOT, buildDir, generatedDir: join(work, 'generated'), only: [CIRCUIT], skipContracts: true, log });
    expect(report.circuits[0]).toMatchObject({ name: CIRCUIT, status: 'up to date' });
  });
});
