// The fast development phase 2 (circuits/build/phase2-fast.ts) against snarkjs itself: with the
// same ceremony and the same (beacon-derived) contribution it writes the very bytes of
// `zkey new` + `zkey beacon` (without a contribution, those of `zkey new`); with a random
// contribution `zkey verify` accepts it and its
// proofs verify; secrets that are not the ceremony's are refused.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as snarkjs from 'snarkjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phase2MethodFor } from '../../circuits/build/phase2.js';
import { createFastDevZkey, DEV_PHASE2_CONTRIBUTION_NAME, readDevPtauSecrets } from '../../circuits/build/phase2-fast.js';
import { createFastDevPtau, type DevPtauSecrets } from '../../circuits/build/ptau-fast.js';
import { PtauError } from '../../circuits/build/ptau.js';
import { terminateCurves, zkeyVerifyFromR1cs } from '../../circuits/build/snark.js';
import { defaultBuildDir } from '../../prover/src/artifacts/index.js';
import { installBn128 } from '../../prover/src/bn128-curve.js';

const silent = { log() {}, debug() {}, info() {}, warn() {}, error() {} };

/** The section bodies of an iden3 binary file, by id (to name the first differing section). */
function sections(file: Buffer): Map<number, Buffer> {
  const out = new Map<number, Buffer>();
  let pos = 12;
  for (let i = 0; i < file.readUInt32LE(8); i++) {
    const size = Number(file.readBigUInt64LE(pos + 4));
    out.set(file.readUInt32LE(pos), file.subarray(pos + 12, pos + 12 + size));
    pos += 12 + size;
  }
  return out;
}

describe('fast development phase 2', () => {
  let work: string;
  let r1cs: string;
  let wasm: string;
  // 2^8 is exactly foundation_tiny's domain (242 constraints + 4 public-input rows), so H
  // takes the ceremony's top Lagrange block, whose last power is missing; 2^10 is larger.
  const ptau: Record<number, { path: string; secrets: DevPtauSecrets }> = {};

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wattproof-phase2-fast-'));
    // The circuit the test build compiled (circuits/test/foundation_tiny.circom, the build's flags),
    // as test/foundation/ptau-fast.test.ts uses it: compiling it again here cost a circom run, and
    // compileCircuit has its own tests.
    const tiny = join(defaultBuildDir(), 'circuits', 'foundation_tiny');
    r1cs = join(tiny, 'foundation_tiny.r1cs');
    wasm = join(tiny, 'foundation_tiny_js', 'foundation_tiny.wasm');
    for (const power of [8, 10]) {
      const path = join(work, `dev${power}.ptau`);
      const secretsPath = join(work, `dev${power}.secrets.json`);
      await createFastDevPtau(power, path, undefined, { secretsPath });
      ptau[power] = { path, secrets: await readDevPtauSecrets(secretsPath) };
    }
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    await terminateCurves();
  });

  for (const power of [8, 10]) {
    it(`equals zkey new + zkey beacon, and zkey new alone, byte for byte (ceremony 2^${power})`, async () => {
      const { path, secrets } = ptau[power]!;
      const beacon = { name: 'wattproof byte-equality beacon', beaconHash: `${'0123456789abcdef'.repeat(4)}`, numIterationsExp: 10 };
      const initial = join(work, `init${power}.zkey`);
      const slow = join(work, `slow${power}.zkey`);
      const fast = join(work, `fast${power}.zkey`);
      await installBn128(); // the reference snarkjs call, on the curve from the checked cached wasm
      await snarkjs.zKey.newZKey(r1cs, path, initial, silent);
      const slowHash = (await snarkjs.zKey.beacon(initial, slow, beacon.name, beacon.beaconHash, beacon.numIterationsExp, silent)) as Uint8Array;
      const result = await createFastDevZkey(r1cs, path, secrets, fast, { kind: 'beacon', ...beacon });

      const [a, b] = await Promise.all([readFile(fast), readFile(slow)]);
      const [sa, sb] = [sections(a), sections(b)];
      const differing = [...sb.keys()].filter((id) => !sa.get(id)?.equals(sb.get(id)!));
      expect(differing).toEqual([]);
      expect(a.equals(b)).toBe(true);
      expect(result.contributionHash).toBe(Buffer.from(slowHash).toString('hex'));

      // Without a contribution: zkey new's own file (its section order, delta = 1, no contributions).
      const fastInitial = join(work, `fast-init${power}.zkey`);
      const initialResult = await createFastDevZkey(r1cs, path, secrets, fastInitial, { kind: 'none' });
      expect((await readFile(fastInitial)).equals(await readFile(initial))).toBe(true);
      expect(initialResult.circuitHash).toBe(result.circuitHash);
      expect(initialResult.contributionHash).toBeUndefined();
    });
  }

  it('with a random contribution: zkey verify accepts it, its proofs verify, wrong signals do not', async () => {
    const { path, secrets } = ptau[10]!;
    const zkey = join(work, 'random.zkey');
    const lines: string[] = [];
    await createFastDevZkey(r1cs, path, secrets, zkey, { kind: 'random' }, (m) => lines.push(m));
    expect(lines.at(-1)).toMatch(/INSECURE, FOR DEVELOPMENT/);
    expect(await zkeyVerifyFromR1cs(r1cs, path, zkey, silent)).toBe(true);
    const vkey = await snarkjs.zKey.exportVerificationKey(zkey);
    const { proof, publicSignals } = await snarkjs.groth16.fullProve({ secretA: 3, secretB: 11, domain: 7 }, wasm, zkey);
    expect(publicSignals[1]).toBe('33');
    expect(await snarkjs.groth16.verify(vkey, publicSignals, proof)).toBe(true);
    expect(await snarkjs.groth16.verify(vkey, [publicSignals[0], '34', publicSignals[2]], proof)).toBe(false);

    // The contribution is recorded as snarkjs contribute's (type 0, our name), with a fresh delta each run.
    const info = (await snarkjs.zKey.exportJson(zkey)) as { vk_delta_1: string[] };
    const again = join(work, 'random2.zkey');
    await createFastDevZkey(r1cs, path, secrets, again, { kind: 'random' });
    const info2 = (await snarkjs.zKey.exportJson(again)) as { vk_delta_1: string[] };
    expect(info2.vk_delta_1).not.toEqual(info.vk_delta_1);
    const body = sections(await readFile(zkey)).get(10)!;
    expect(body.includes(Buffer.from(DEV_PHASE2_CONTRIBUTION_NAME))).toBe(true);
  });

  it('refuses secrets that are not the ceremony’s, and a ceremony too small for the circuit', async () => {
    const { path, secrets } = ptau[10]!;
    const out = join(work, 'refused.zkey');
    const tau = { ...secrets, tau: String(BigInt(secrets.tau) + 1n) };
    await expect(createFastDevZkey(r1cs, path, tau, out)).rejects.toThrow(/do not belong to .*\(tau differ\)/);
    await expect(createFastDevZkey(r1cs, path, { ...secrets, alpha: ptau[8]!.secrets.alpha }, out)).rejects.toThrow(/\(alpha differ\)/);
    await expect(createFastDevZkey(r1cs, path, ptau[8]!.secrets, out)).rejects.toThrow(/secrets are for a 2\^8 ceremony/);
    await expect(createFastDevZkey(r1cs, path, { ...secrets, beta: '0' }, out)).rejects.toBeInstanceOf(PtauError);

    const small = join(work, 'dev7.ptau');
    const smallSecrets = join(work, 'dev7.secrets.json');
    await createFastDevPtau(7, small, undefined, { secretsPath: smallSecrets });
    await expect(createFastDevZkey(r1cs, small, await readDevPtauSecrets(smallSecrets), out)).rejects.toThrow(/needs 2\^8 powers of tau/);
  });

  it('reads secrets files strictly', async () => {
    const bad = join(work, 'bad.secrets.json');
    await writeFile(bad, '{"power": 10, "tau": "12", "alpha": "0x5", "beta": "7"}');
    await expect(readDevPtauSecrets(bad)).rejects.toThrow(/malformed/);
    await writeFile(bad, 'not json');
    await expect(readDevPtauSecrets(bad)).rejects.toThrow(/unreadable/);
  });

  it('is chosen only for a development ceremony with secrets, unless WATTPROOF_DEV_PHASE2=snarkjs', () => {
    const dev = { path: 'p', power: 10, blake2b: '', source: 'development' as const };
    expect(phase2MethodFor({ ...dev, devSecrets: 's' })).toBe('fast');
    expect(phase2MethodFor(dev)).toBe('snarkjs');
    expect(phase2MethodFor({ ...dev, source: 'hermez', devSecrets: 's' })).toBe('snarkjs');
    expect(phase2MethodFor('some.ptau')).toBe('snarkjs');
    const before = process.env.WATTPROOF_DEV_PHASE2;
    process.env.WATTPROOF_DEV_PHASE2 = 'snarkjs';
    try {
      expect(phase2MethodFor({ ...dev, devSecrets: 's' })).toBe('snarkjs');
    } finally {
      if (before === undefined) delete process.env.WATTPROOF_DEV_PHASE2;
      else process.env.WATTPROOF_DEV_PHASE2 = before;
    }
  });
});
