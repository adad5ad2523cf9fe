// The fast development ceremony (circuits/build/ptau-fast.ts) against snarkjs
// itself: `powersoftau verify` accepts it, `prepare phase2` of the same
// contribution gives a byte-identical file, and a real circuit proves with it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as snarkjs from 'snarkjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readR1csHeader } from '../../circuits/build/binfile.js';
import { requiredPtauPower } from '../../circuits/build/ceremony/ceremony.js';
import { defaultBuildDir } from '../../prover/src/artifacts/index.js';
import { checkDevPtau } from '../../circuits/build/ptau-check.js';
import { createFastDevPtau, type DevPtauSecrets, MAX_FAST_PTAU_POWER } from '../../circuits/build/ptau-fast.js';
import { snarkjsInternals } from '../../circuits/build/ptau-fast-snarkjs.js';
import { installBn128 } from '../../prover/src/bn128-curve.js';
import { ptauVerify, terminateCurves, zkeyVerifyFromR1cs } from '../../circuits/build/snark.js';

const silent = { log() {}, debug() {}, info() {}, warn() {}, error() {} };
// The pipeline's wrappers (they close the files snarkjs leaves open; issue 17, item 19).
const silentLog = silent;

/** Sections 1-7 of a prepared file, as `powersoftau contribute` wrote them (7 sections). */
async function unprepare(prepared: string, out: string): Promise<void> {
  const S = await snarkjsInternals();
  const { fd, sections } = await S.readBinFile(prepared, 'ptau', 1);
  const fdOut = await S.createBinFile(out, 'ptau', 1, 7);
  for (let id = 1; id <= 7; id++) await S.copySection(fd, sections, fdOut, id);
  await fdOut.close();
  await fd.close();
}

/** Byte offset of section `id`'s body (iden3 binary container: 12-byte file header, 12-byte section headers). */
function sectionOffset(file: Buffer, id: number): number {
  let pos = 12;
  for (let i = 0; i < file.readUInt32LE(8); i++) {
    const type = file.readUInt32LE(pos);
    const size = Number(file.readBigUInt64LE(pos + 4));
    if (type === id) return pos + 12;
    pos += 12 + size;
  }
  throw new Error(`section ${id} not found`);
}

describe('fast development powers of tau', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wattproof-ptau-fast-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    await terminateCurves();
  });

  it('rejects powers it cannot prepare', async () => {
    await expect(createFastDevPtau(0, join(work, 'x.ptau'))).rejects.toThrow(/power must be an integer from 1 to 27/);
    await expect(createFastDevPtau(MAX_FAST_PTAU_POWER + 1, join(work, 'x.ptau'))).rejects.toThrow(/power must be/);
  });

  // 2^7, not 2^8: ptau-fast.ts runs the same code at both (below every chunk size, see the next
  // test), and snarkjs's own prepare phase2, the reference, costs 1.4 s of CPU at 2^7 but 3.1 s at
  // 2^8; the next test's 2^8 file is the one a circuit needs.
  it('equals snarkjs prepare phase2 of the same contribution byte for byte, and verify checks the Lagrange sections', async () => {
    const fast = join(work, 'fast7-compared.ptau');
    await createFastDevPtau(7, fast);
    const contributed = join(work, 'contributed7.ptau');
    await unprepare(fast, contributed);
    const slow = join(work, 'slow7.ptau');
    await installBn128(); // the reference snarkjs call, on the curve from the checked cached wasm
    await snarkjs.powersOfTau.preparePhase2(contributed, slow, silent);
    const [a, b] = await Promise.all([readFile(fast), readFile(slow)]);
    expect(a.length).toBe(b.length);
    expect(a.equals(b)).toBe(true);

    // Two Lagrange points swapped (block 2^1 of section 12): still valid
    // curve points, but verify must notice.
    const tampered = Buffer.from(a);
    const at = sectionOffset(tampered, 12) + 64; // block 2^p starts at point 2^p - 1
    const first = Buffer.from(tampered.subarray(at, at + 64));
    tampered.copy(tampered, at, at + 64, at + 128);
    first.copy(tampered, at + 64);
    const bad = join(work, 'tampered7.ptau');
    await writeFile(bad, tampered);
    expect(await ptauVerify(bad, silentLog)).toBe(false);
  });

  // 2^8 is the smallest ceremony foundation_tiny fits (242 constraints + 3 public signals + 1 =
  // 246 <= 256), so its proving key uses the file's largest Lagrange section; powersoftau verify
  // and zkey new run the same code at any power (2^8 and 2^10 are both below every chunk size of
  // ptau-fast.ts and ptau-fast-msm.ts; the build's 2^14-2^15 files cross them every run). The
  // circuit is the one the build compiled (same flags); compileCircuit has its own tests.
  it('writes a 2^8 file that powersoftau verify accepts and a real circuit proves with', async () => {
    const ptau = join(work, 'fast8-proving.ptau');
    const lines: string[] = [];
    await createFastDevPtau(8, ptau, (m) => lines.push(m));
    expect(lines.at(-1)).toMatch(/INSECURE, FOR DEVELOPMENT/);
    expect(await ptauVerify(ptau, silentLog)).toBe(true);

    const tiny = join(defaultBuildDir(), 'circuits', 'foundation_tiny');
    const compiled = { r1cs: join(tiny, 'foundation_tiny.r1cs'), wasm: join(tiny, 'foundation_tiny_js', 'foundation_tiny.wasm') };
    const header = await readR1csHeader(compiled.r1cs);
    expect(requiredPtauPower(header.nConstraints, header.nPubInputs + header.nPubOutputs)).toBe(8);
    const zkey = join(work, 'tiny.zkey');
    await snarkjs.zKey.newZKey(compiled.r1cs, ptau, zkey, silent);
    expect(await zkeyVerifyFromR1cs(compiled.r1cs, ptau, zkey, silentLog)).toBe(true);
    const vkey = await snarkjs.zKey.exportVerificationKey(zkey);
    const { proof, publicSignals } = await snarkjs.groth16.fullProve({ secretA: 3, secretB: 11, domain: 7 }, compiled.wasm, zkey);
    expect(publicSignals[1]).toBe('33'); // product
    expect(await snarkjs.groth16.verify(vkey, publicSignals, proof)).toBe(true);
    expect(await snarkjs.groth16.verify(vkey, [publicSignals[0], publicSignals[1], '8'], proof)).toBe(false);
  });

  it('the secrets check (what the build runs instead of snarkjs verify) accepts the file and names any section with a wrong point', async () => {
    const ptau = join(work, 'fast7.ptau');
    const secretsPath = join(work, 'fast7.secrets.json');
    await createFastDevPtau(7, ptau, undefined, { secretsPath });
    const secrets = JSON.parse(await readFile(secretsPath, 'utf8')) as DevPtauSecrets;
    const lines: string[] = [];
    await checkDevPtau(ptau, secrets, { log: (m) => lines.push(m) });
    expect(lines.map((l) => Number(/section (\d+)/.exec(l)?.[1]))).toEqual([2, 3, 4, 5, 6, 12, 13, 14, 15]);

    const good = await readFile(ptau);
    // Swap two neighbouring points (both valid curve points, so only the values are wrong): in the
    // powers, in each Lagrange section (G1 and G2), and in the last block of section 12, the one
    // with the missing top power.
    const cases: Array<[number, number, number]> = [
      [2, 64, 5],
      [3, 128, 9],
      [4, 64, 0],
      [5, 64, 100],
      [12, 64, 1],
      [12, 64, 2 ** 8 - 1 + 200],
      [13, 128, 3],
      [14, 64, 17],
      [15, 64, 2 ** 7 - 1 + 5],
    ];
    for (const [id, size, index] of cases) {
      const tampered = Buffer.from(good);
      const at = sectionOffset(tampered, id) + index * size;
      const first = Buffer.from(tampered.subarray(at, at + size));
      tampered.copy(tampered, at, at + size, at + 2 * size);
      first.copy(tampered, at + size);
      const bad = join(work, `tampered7-${id}-${index}.ptau`);
      await writeFile(bad, tampered);
      await expect(checkDevPtau(bad, secrets), `section ${id} point ${index}`).rejects.toThrow(new RegExp(`section ${id} \\(`));
    }
    // Other secrets (another ceremony's) fail at the first section; the wrong power before any.
    await expect(checkDevPtau(ptau, { ...secrets, tau: String(BigInt(secrets.tau) + 1n) })).rejects.toThrow(/section 2 \(tauG1\)/);
    await expect(checkDevPtau(ptau, { ...secrets, alpha: String(BigInt(secrets.alpha) + 1n) })).rejects.toThrow(/section 4 \(alphaTauG1\)/);
    await expect(checkDevPtau(ptau, { ...secrets, power: 8 })).rejects.toThrow(/has power 7 but its secrets are for 2\^8/);
  });
});
