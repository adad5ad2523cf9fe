// The witness tester's own R1CS reader (test/circuits/harness.ts reads the binary file itself
// instead of through snarkjs's exportJson, for speed): the same constraints, coefficients and
// signal counts as snarkjs reads, on a circuit built for proving and on a compile-only one.
import path from 'node:path';
import * as snarkjs from 'snarkjs';
import { afterAll, describe, expect, it } from 'vitest';
import { terminateCurves } from '../../circuits/build/snark.js';
import { loadCircuit, readR1cs } from './harness.js';

const buildRoot = process.env.WATTPROOF_BUILD_DIR ?? path.resolve('build');

afterAll(async () => {
  await terminateCurves();
});

describe('the harness reads an R1CS as snarkjs does', () => {
  for (const [kind, name] of [
    ['circuits', 'foundation_tiny'],
    ['witness', 'lib_tiers'],
  ] as const) {
    it(`${name}: every constraint, coefficient and signal count`, async () => {
      const file = path.join(buildRoot, kind, name, `${name}.r1cs`);
      const ref = (await snarkjs.r1cs.exportJson(file)) as {
        constraints: unknown[];
        nOutputs: number;
        nPubInputs: number;
        nPrvInputs: number;
      };
      const ours = await readR1cs(file);
      expect([ours.nOutputs, ours.nPubInputs, ours.nPrvInputs]).toEqual([ref.nOutputs, ref.nPubInputs, ref.nPrvInputs]);
      expect(ref.constraints.length).toBeGreaterThan(100);
      expect((await loadCircuit(name)).constraints).toEqual(ref.constraints);
    });
  }

  it('refuses a file that is not an R1CS', async () => {
    await expect(readR1cs(path.join(buildRoot, 'circuits', 'foundation_tiny', 'foundation_tiny.zkey'))).rejects.toThrow(/not a \.r1cs file/);
  });
});
