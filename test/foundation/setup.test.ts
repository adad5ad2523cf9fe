// Unit checks of the build pipeline's pieces that need no heavy work.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disallowedWarnings, parseWarnings, type InspectAllowList } from '../../circuits/build/circom.js';
import { pascalName } from '../../circuits/build/instances.js';
import { createBuildLog } from '../../circuits/build/log.js';
import { checkRealPtau, devPtauDir, PtauError } from '../../circuits/build/ptau.js';
import { HERMEZ_PTAU_BLAKE2B } from '../../circuits/build/ptau-hashes.js';
import { ptauNew, terminateCurves } from '../../circuits/build/snark.js';
import { verifierContractName } from '../../circuits/build/verifier.js';

const quietLog = createBuildLog('test', true);

describe('verifier contract names', () => {
  it('turns instance names into PascalCase contract names', () => {
    expect(pascalName('bill_1d_30m')).toBe('Bill1d30m');
    expect(verifierContractName('bill_31d_15m')).toBe('Bill31d15mVerifier');
    expect(verifierContractName('foundation_tiny')).toBe('FoundationTinyVerifier');
  });
});

describe('circom --inspect warnings', () => {
  const output = [
    '\u001b[1m\u001b[38;5;11mwarning[CA01]\u001b[0m\u001b[1m: In template "T()": Local signal x does not appear in any constraint\u001b[0m',
    '',
    'warning[T3002]: Consider using <== instead of <-- to add the corresponding constraint.',
    ' The constraint representing the assignment satisfies the R1CS format',
  ].join('\n');

  it('parses code and first line, without colour codes', () => {
    expect(parseWarnings(output)).toEqual([
      { code: 'CA01', message: 'In template "T()": Local signal x does not appear in any constraint' },
      { code: 'T3002', message: 'Consider using <== instead of <-- to add the corresponding constraint.' },
    ]);
  });

  it('fails every warning the allow-list does not name, for the right circuit only', () => {
    const list: InspectAllowList = {
      allow: [{ circuit: 'bill_1d_30m', code: 'CA01', message: 'Local signal x does not', reason: 'x is a hint checked by a later constraint' }],
    };
    const warnings = parseWarnings(output);
    expect(disallowedWarnings('bill_1d_30m', warnings, list).map((w) => w.code)).toEqual(['T3002']);
    expect(disallowedWarnings('other', warnings, list).map((w) => w.code)).toEqual(['CA01', 'T3002']);
  });
});

describe('real powers-of-tau files', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wattproof-ptau-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    await terminateCurves();
  });

  it('knows the published hash of every Hermez power from 8 to 28', () => {
    for (let p = 8; p <= 28; p++) expect(HERMEZ_PTAU_BLAKE2B[p]?.blake2b).toMatch(/^[0-9a-f]{128}$/);
  });

  it('refuses a missing file', async () => {
    await expect(checkRealPtau(join(work, 'nope.ptau'), 10, quietLog)).rejects.toThrow(/does not exist/);
  });

  it('refuses a file not prepared for phase 2', async () => {
    const path = join(work, 'pot4.ptau');
    await ptauNew(4, path, quietLog);
    await expect(checkRealPtau(path, 4, quietLog)).rejects.toThrow(/not prepared for phase 2/);
  });

  it('refuses a prepared file whose hash is not the published one, and one too small', async () => {
    const cached = (await readdir(devPtauDir())).filter((n) => /^dev_pot\d+\.ptau$/.test(n));
    expect(cached.length).toBeGreaterThan(0); // the test build made at least one
    const path = join(devPtauDir(), cached[0]!);
    const power = Number(/\d+/.exec(cached[0]!)![0]);
    await expect(checkRealPtau(path, power, quietLog)).rejects.toThrow(PtauError);
    await expect(checkRealPtau(path, power, quietLog)).rejects.toThrow(/does not match the published powersOfTau28_hez_final_\d+\.ptau/);
    await expect(checkRealPtau(path, power + 1, quietLog)).rejects.toThrow(/needs at least/);
  });
});
