// A development ceremony computes its initial zkey from the cached ceremony secrets, and verifies
// from it, instead of snarkjs's `zkey new` (circuits/build/ceremony/ceremony.ts): here, on the
// small foundation_tiny circuit, both ways side by side. The initial zkeys are the same bytes, a
// contributed chain verifies both ways, and a tampered key fails both ways (the fast check is no
// weaker). WATTPROOF_DEV_PHASE2=snarkjs selects snarkjs, as for the build's own phase 2.
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSections } from '../../circuits/build/binfile.js';
import {
  collectingLogger,
  contributeInCeremony,
  initCeremony,
  readTranscript,
  TRANSCRIPT_FILE,
  transcriptText,
  verifyCeremony,
  type Transcript,
} from '../../circuits/build/ceremony/index.js';
import { sha256File } from '../../circuits/build/fs-util.js';
import { createBuildLog } from '../../circuits/build/log.js';
import { phase2MethodFor } from '../../circuits/build/phase2.js';
import { devPtau, type PtauFile } from '../../circuits/build/ptau.js';
import { terminateCurves } from '../../circuits/build/snark.js';
import { ROOT } from './helpers.js';

const CIRCUIT = 'foundation_tiny';
const R1CS = join(ROOT, 'build', 'circuits', CIRCUIT, `${CIRCUIT}.r1cs`);
let work: string;
let ptau: PtauFile;

/** Runs `f` with snarkjs's phase 2 forced (the path a public ptau always takes). */
async function withSnarkjs<T>(f: () => Promise<T>): Promise<T> {
  const before = process.env.WATTPROOF_DEV_PHASE2;
  process.env.WATTPROOF_DEV_PHASE2 = 'snarkjs';
  try {
    return await f();
  } finally {
    if (before === undefined) delete process.env.WATTPROOF_DEV_PHASE2;
    else process.env.WATTPROOF_DEV_PHASE2 = before;
  }
}

async function init(dir: string): Promise<Transcript> {
  const t = await initCeremony({ dir, circuit: CIRCUIT, r1cs: R1CS, ptau, log: collectingLogger() });
  await writeFile(join(dir, TRANSCRIPT_FILE), transcriptText(t));
  return t;
}

const verify = (dir: string) => verifyCeremony({ dir, r1cs: R1CS, ptau, log: collectingLogger() });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wattproof-fast-initial-'));
  ptau = await devPtau(8, createBuildLog('test', true));
});

afterAll(async () => {
  await terminateCurves();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the initial zkey of a development ceremony', () => {
  it('is computed from the cached secrets, byte for byte what snarkjs zkey new writes', async () => {
    expect(phase2MethodFor(ptau)).toBe('fast');
    expect(await withSnarkjs(async () => phase2MethodFor(ptau))).toBe('snarkjs');
    const fast = await init(join(work, 'fast'));
    const slow = await withSnarkjs(() => init(join(work, 'snarkjs')));
    expect(fast.initial.sha256).toBe(slow.initial.sha256);
    expect(await sha256File(join(work, 'fast', fast.initial.file))).toBe(slow.initial.sha256);
    expect(fast.circuitHash).toBe(slow.circuitHash);
  });

  it('a contributed chain verifies both ways; a tampered key fails both ways', async () => {
    const dir = join(work, 'fast');
    const { transcript } = await contributeInCeremony(dir, 'alice', 'typed', collectingLogger());
    await writeFile(join(dir, TRANSCRIPT_FILE), transcriptText(transcript));
    const good = await verify(dir);
    expect(good.problems).toEqual([]);
    expect(good.ok).toBe(true);
    expect(good.cryptographicCheck).toBe('run');
    // The snarkjs way is checked, not answered by the fast way's success kept in memory.
    const slow = await withSnarkjs(() => verify(dir));
    expect(slow.ok).toBe(true);
    expect(slow.cryptographicCheck).toBe('run');
    // The same bytes again the same way (an export after a verify): the success is remembered.
    const again = await verify(dir);
    expect(again.ok).toBe(true);
    expect(again.cryptographicCheck).toBe('remembered');

    // The H section's first two points swapped, the transcript rewritten to the new bytes: only
    // the cryptographic check can see it.
    const t = await readTranscript(dir);
    const file = join(dir, t.contributions[0]!.output.file);
    await swapFirstPoints(file, 9);
    const sha = await sha256File(file);
    t.contributions[0]!.output.sha256 = sha;
    await writeFile(join(dir, TRANSCRIPT_FILE), transcriptText(t));
    // Remembered successes are by content: the changed key is checked again, both ways.
    for (const v of [await verify(dir), await withSnarkjs(() => verify(dir))]) {
      expect(v.ok).toBe(false);
      expect(v.cryptographicCheck).toBe('run');
      expect(v.problems.join('\n')).toMatch(/fails snarkjs's verification from the r1cs and the ptau/);
      expect(v.problems.join('\n')).toMatch(/tampered contribution: #1 \(alice\) is the first step that fails/);
    }
    expect(JSON.parse(await readFile(join(dir, TRANSCRIPT_FILE), 'utf8')).contributions).toHaveLength(1);
  });
});

/** Swaps the first two points of a zkey section: still valid points, but not the key's. */
async function swapFirstPoints(file: string, section: number): Promise<void> {
  const f = await readSections(file, 'zkey');
  const s = f.sections.find((x) => x.type === section)!;
  const a = await f.read(s.offset, 64);
  const b = await f.read(s.offset + 64, 64);
  await f.close();
  const fh = await open(file, 'r+');
  await fh.write(b, 0, 64, s.offset);
  await fh.write(a, 0, 64, s.offset + 64);
  await fh.close();
}
