// The witness tester's own R1CS reader (test/circuits/harness.ts reads the binary file itself
// instead of through snarkjs's exportJson, for speed): the same constraints, coefficients and
// signal counts as snarkjs reads, on a circuit built for proving and on a compile-only one; and
// its constraint checker (test/circuits/violations.ts), whose shortcut must give the full answer.
import path from 'node:path';
import * as snarkjs from 'snarkjs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { terminateCurves } from '../../circuits/build/snark.js';
import { FIELD_P, loadCircuit, readR1cs, tamper } from './harness.js';
import { constraintChecker, type ParsedConstraint } from './violations.js';

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

/** The plain evaluation the checker must agree with: every constraint, every coefficient as read. */
function naiveViolated(cs: readonly ParsedConstraint[], w: readonly bigint[]): number[] {
  const lc = ({ idx, coef }: ParsedConstraint[number]) => {
    let acc = 0n;
    for (let t = 0; t < idx.length; t++) acc += coef[t]! * (w[idx[t]!] ?? 0n);
    return ((acc % FIELD_P) + FIELD_P) % FIELD_P;
  };
  const bad: number[] = [];
  cs.forEach(([a, b, c], i) => {
    if ((lc(a) * lc(b)) % FIELD_P !== lc(c)) bad.push(i);
  });
  return bad;
}

describe('violated re-evaluates only the constraints of changed signals, with the full answer', () => {
  // values where reductions go wrong: 0, 1, p - 1, p and beyond (unreduced), negatives, random
  const value = fc.oneof(
    fc.constantFrom(0n, 1n, 2n, FIELD_P - 1n, FIELD_P - 2n, FIELD_P, FIELD_P + 1n, -1n),
    fc.bigInt({ min: 0n, max: FIELD_P - 1n }),
    fc.bigInt({ min: 0n, max: 1n << 40n }),
    fc.bigInt({ min: FIELD_P - (1n << 40n), max: FIELD_P + (1n << 40n) }),
    fc.bigInt({ min: -(1n << 300n), max: 1n << 300n }),
  );
  /** lib_tiers's constraints, an honest witness of `input` and a fresh checker (no reference yet). */
  const tiers = async (input: Record<string, unknown>) => {
    const name = 'lib_tiers';
    const { constraints } = await readR1cs(path.join(buildRoot, 'witness', name, `${name}.r1cs`));
    const honest = await (await loadCircuit(name)).witness(input);
    return { constraints, honest, checker: constraintChecker(constraints) };
  };

  it('on random tampers of an honest witness, of tampered ones and of shortened ones', async () => {
    const { constraints, honest, checker } = await tiers({ total: '21', allowances: ['10', '20', '30'], dayCount: '1' });
    expect(checker.violatedFull(honest)).toEqual([]);
    let partial = 0;
    let last: readonly bigint[] = honest;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: honest.length - 1 }), value), { minLength: 1, maxLength: honest.length }),
        fc.constantFrom('honest', 'last', 'short'),
        fc.boolean(),
        (edits, from, full) => {
          const w = [...(from === 'last' ? last : honest)];
          for (const [i, v] of edits) w[i] = v;
          if (from === 'short') w.length = edits[0]![0];
          const before = checker.evaluated;
          const expected = naiveViolated(constraints, w);
          expect(full ? checker.violatedFull(w) : checker.violated(w)).toEqual(expected);
          if (checker.evaluated - before < constraints.length) partial++;
          last = w;
        },
      ),
      { numRuns: 400 },
    );
    // the shortcut ran (most tampers touch few constraints), not only full passes
    expect(partial).toBeGreaterThan(100);
    expect(constraints.length).toBeGreaterThan(100);
  });

  it('edits to the constant signal 0 and to signals past the witness count', async () => {
    const { constraints, honest, checker } = await tiers({ total: '7', allowances: ['5', '5', '5'], dayCount: '1' });
    expect(checker.violated(honest)).toEqual([]);
    for (const w of [tamper(honest, [[0, 2n]]), tamper(honest, [[0, 0n]]), [...honest, 5n], honest.slice(0, 1)]) {
      expect(checker.violated(w)).toEqual(naiveViolated(constraints, w));
    }
    expect(naiveViolated(constraints, tamper(honest, [[0, 2n]])).length).toBeGreaterThan(0);
  });
});
