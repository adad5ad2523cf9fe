/**
 * circuits/lib/curve_tables.circom holds FixedBaseMul's and VarBaseMul's constant points as literals
 * (generated: the witness generator would recompute array-valued functions at every run). These
 * tests keep the committed file equal to its generator's output and check a few entries against
 * the curve directly; the circuits' own tests (scalar-mul, eddsa-verify) check every entry in use
 * against circomlib's EscalarMulFix / EscalarMulAny.
 */
import { readFile } from 'node:fs/promises';
import { addPoint, Base8, mulPointEscalar, type Point } from '@zk-kit/baby-jubjub';
import { describe, expect, it } from 'vitest';
import { CURVE_TABLES_FILE, curveTablesSource, MAX_BITS, readOffset } from '../../circuits/build/generate-curve-tables.js';

const FIELD_P = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
const neg = (p: Point<bigint>): Point<bigint> => [(FIELD_P - p[0]) % FIELD_P, p[1]];

/** The rows of one table function of the generated source. */
function rows(src: string, fn: string): bigint[][] {
  const body = new RegExp(`function ${fn}\\(\\) \\{\\s*return \\[([\\s\\S]*?)\\];\\s*\\}`).exec(src);
  if (!body) throw new Error(`${fn} not found`);
  return [...body[1]!.matchAll(/\[([\d, ]+)\]/g)].map((m) => m[1]!.split(', ').map(BigInt));
}

describe('curve_tables.circom', () => {
  it('is what circuits/build/generate-curve-tables.ts writes (run it after changing VBM_OFFSET)', async () => {
    const committed = await readFile(CURVE_TABLES_FILE, 'utf8');
    expect(committed === curveTablesSource(await readOffset()), `${CURVE_TABLES_FILE} is stale`).toBe(true);
  });

  it('holds -(2^k Q0), the Base8 windows and the corrections at spot-checked rows', async () => {
    const src = await readFile(CURVE_TABLES_FILE, 'utf8');
    const q0 = await readOffset();
    const offsets = rows(src, 'VBM_NEG_OFFSET_MULTIPLES');
    expect(offsets).toHaveLength(MAX_BITS);
    for (const k of [0, 1, 250, 253]) expect(offsets[k]).toEqual(neg(mulPointEscalar(q0, 1n << BigInt(k))));
    const windows = rows(src, 'FBM_BASE8_WINDOWS');
    const corrections = rows(src, 'FBM_BASE8_CORRECTIONS');
    expect(windows).toHaveLength(MAX_BITS / 2);
    expect(corrections).toHaveLength(MAX_BITS / 2);
    for (const i of [0, 1, 125]) {
      for (let w = 0; w < 4; w++) {
        let p = mulPointEscalar(Base8, BigInt(w + 1) << BigInt(2 * i));
        if (i === 0) p = addPoint(p, q0);
        // Montgomery u = (1 + y) / (1 - y), v = u / x: check u (1 - y) = 1 + y and v x = u
        const [u, v] = [windows[i]![w]!, windows[i]![4 + w]!];
        expect((u * (1n - p[1]) - (1n + p[1])) % FIELD_P).toBe(0n);
        expect((v * p[0] - u) % FIELD_P).toBe(0n);
      }
    }
    for (const W of [1, 126, 127]) {
      const sum = (4n ** BigInt(W) - 1n) / 3n; // 4^0 + ... + 4^(W-1)
      expect(corrections[W - 1]).toEqual(neg(addPoint(q0, mulPointEscalar(Base8, sum))));
    }
  });
});
