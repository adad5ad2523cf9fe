// VarBaseMul (circuits/lib/scalar_mul.circom) and FixedBaseMul (circuits/lib/fixed_base.circom),
// docs/scalar-mul.md: the same point as circomlib's EscalarMulAny / EscalarMulFix and
// @zk-kit/baby-jubjub on random and edge scalars and points, the offset point re-derived from its
// published recipe, and a cheating prover's tampered slopes and intermediate points rejected.
// lib_scalar_mul runs VarBaseMul(253), EscalarMulAny(253), FixedBaseMul(253, Base8) and
// EscalarMulFix(253, Base8) on the same bits.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { addPoint, Base8, inCurve, mulPointEscalar, type Point } from '@zk-kit/baby-jubjub';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BABYJUB_SUBORDER as L } from '../../core/src/crypto/field.js';
import { FIELD_P } from './harness.js';
import { libCircuit, str } from './lib-harness.js';

const N = 253;
const A_COEF = 168700n;
const D_COEF = 168696n;
const mod = (x: bigint) => ((x % FIELD_P) + FIELD_P) % FIELD_P;
function pow(b: bigint, e: bigint): bigint {
  let r = 1n;
  let x = mod(b);
  for (let k = e; k > 0n; k >>= 1n) {
    if (k & 1n) r = (r * x) % FIELD_P;
    x = (x * x) % FIELD_P;
  }
  return r;
}
/** Tonelli-Shanks square root mod p, undefined for a non-residue. */
function sqrt(n: bigint): bigint | undefined {
  const v = mod(n);
  if (v === 0n) return 0n;
  if (pow(v, (FIELD_P - 1n) / 2n) !== 1n) return undefined;
  let q = FIELD_P - 1n;
  let s = 0n;
  while ((q & 1n) === 0n) {
    q >>= 1n;
    s++;
  }
  let z = 2n;
  while (pow(z, (FIELD_P - 1n) / 2n) !== FIELD_P - 1n) z++;
  let [m, c, t, r] = [s, pow(z, q), pow(v, q), pow(v, (q + 1n) / 2n)];
  while (t !== 1n) {
    let i = 0n;
    for (let t2 = t; t2 !== 1n; t2 = (t2 * t2) % FIELD_P) i++;
    const b = pow(c, 1n << (m - i - 1n));
    [m, c, t, r] = [i, (b * b) % FIELD_P, (t * b * b) % FIELD_P, (r * b) % FIELD_P];
  }
  return r;
}

/** docs/scalar-mul.md §2: try-and-increment on sha256(tag/counter) as y, the small root as x, times 8. */
function deriveOffset(): { counter: number; point: Point<bigint> } {
  for (let counter = 0; ; counter++) {
    const y = BigInt(`0x${createHash('sha256').update(`wattproof/scalar-mul/offset/v1/${counter}`).digest('hex')}`) % FIELD_P;
    const x0 = sqrt((1n - y * y) * pow(A_COEF - D_COEF * y * y, FIELD_P - 2n));
    if (x0 === undefined) continue;
    const x = x0 <= (FIELD_P - 1n) / 2n ? x0 : FIELD_P - x0;
    return { counter, point: mulPointEscalar([x, y], 8n) };
  }
}

const IDENTITY: Point<bigint> = [0n, 1n];
const neg = (p: Point<bigint>): Point<bigint> => [mod(-p[0]), p[1]];
/** A point of order 4: x^2 = 1 / a, y = 0. */
const ORDER4: Point<bigint> = [sqrt(pow(A_COEF, FIELD_P - 2n))!, 0n];

const input = (k: bigint, p: Point<bigint>, refP: Point<bigint> = p) => ({
  k: str(k),
  p: [str(p[0]), str(p[1])],
  refP: [str(refP[0]), str(refP[1])],
});
const scalarArb = fc.bigInt({ min: 0n, max: (1n << BigInt(N)) - 1n });
const subgroupArb = fc.bigInt({ min: 1n, max: L - 1n }).map((s) => mulPointEscalar(Base8, s));

describe('VarBaseMul(253) against EscalarMulAny(253) and @zk-kit/baby-jubjub', () => {
  const t = libCircuit('lib_scalar_mul');
  const outs = (w: bigint[]) => ({
    out: [t.out(w, 'out[0]'), t.out(w, 'out[1]')],
    ref: [t.out(w, 'ref[0]'), t.out(w, 'ref[1]')],
    fix: [t.out(w, 'fix[0]'), t.out(w, 'fix[1]')],
    fixRef: [t.out(w, 'fixRef[0]'), t.out(w, 'fixRef[1]')],
  });

  it('the offset point is the one its recipe derives, of prime order l', async () => {
    const { counter, point } = deriveOffset();
    expect(counter).toBe(0);
    const src = await readFile('circuits/lib/scalar_mul.circom', 'utf8');
    const body = /function VBM_OFFSET\(\) \{\s*return \[\s*(\d+),\s*(\d+)\s*\];/.exec(src);
    expect(body, 'VBM_OFFSET in scalar_mul.circom').not.toBeNull();
    expect([BigInt(body![1]!), BigInt(body![2]!)]).toEqual(point);
    expect(inCurve(point)).toBe(true);
    expect(point).not.toEqual(IDENTITY);
    expect(mulPointEscalar(point, L)).toEqual(IDENTITY);
  });

  it('agrees on random scalars and random points of the subgroup', async () => {
    await fc.assert(
      fc.asyncProperty(scalarArb, subgroupArb, async (k, p) => {
        const { out, ref, fix, fixRef } = outs(await t.ok(input(k, p)));
        expect(out).toEqual(mulPointEscalar(p, k));
        expect(out).toEqual(ref);
        expect(fix).toEqual(mulPointEscalar(Base8, k));
        expect(fix).toEqual(fixRef);
      }),
      { numRuns: 8 },
    );
  });

  it('agrees on edge scalars: 0, 1, 2, 3, l - 1, l, l + 1, 2^252, 2^253 - 1, alternating bits', async () => {
    const p = mulPointEscalar(Base8, 0x1234567890abcdefn);
    const alt = BigInt(`0b${'10'.repeat(126)}1`);
    for (const k of [0n, 1n, 2n, 3n, L - 1n, L, L + 1n, 2n * L, 1n << 252n, (1n << 253n) - 1n, alt, alt >> 1n]) {
      for (const q of [p, Base8]) {
        const { out, ref, fix, fixRef } = outs(await t.ok(input(k, q)));
        expect(out, `k = ${k}`).toEqual(mulPointEscalar(q, k));
        expect(out, `k = ${k}`).toEqual(ref);
        expect(fix, `k = ${k}`).toEqual(mulPointEscalar(Base8, k));
        expect(fix, `k = ${k}`).toEqual(fixRef);
      }
    }
  });

  it('agrees with k P off the subgroup: P of order 4, and P plus a point of order 4 or 2', async () => {
    const p = mulPointEscalar(Base8, 987654321n);
    const two: Point<bigint> = [0n, FIELD_P - 1n];
    for (const q of [ORDER4, addPoint(p, ORDER4), addPoint(p, two)]) {
      expect(inCurve(q)).toBe(true);
      for (const k of [0n, 1n, 5n, L - 1n, (1n << 253n) - 1n]) {
        const { out } = outs(await t.ok(input(k, q, Base8)));
        expect(out, `k = ${k}`).toEqual(mulPointEscalar(q, k));
      }
    }
  });

  it('refuses P with x = 0 (the identity, and (0, -1) where EscalarMulAny is unconstrained)', async () => {
    await t.rejected(input(5n, IDENTITY, Base8));
    await t.rejected(input(5n, [0n, FIELD_P - 1n], Base8));
  });

  describe('a cheating prover (witness re-derived from the R1CS) cannot', () => {
    const k = 0xdeadbeefcafef00d1234567890n;
    const p = mulPointEscalar(Base8, 424242n);
    const idx = (re: RegExp) => t.c.find(re).map(([, i]) => i);

    it('change any slope or intermediate point without violating a constraint', async () => {
      const w = await t.ok(input(k, p));
      // every slope of the first add, the ladder's first, middle and last steps, and the b0 step
      const names = [
        /VbmAdd_\d+_\d+\.lambda$/,
        /VbmStep_\d+_\d+\[(0|126|251)\]\.(cy|lambda1|lambda2|midU)$/,
        /VarBaseMulMont_\d+_\d+\.acc\[(0|1|127|252)\]\[[01]\]$/,
        /VarBaseMulMont_\d+_\d+\.(less\[[01]\]|kU|kV)$/,
        /VarBaseMulMont_\d+_\d+\.p\[[01]\]$/,
      ];
      let checked = 0;
      for (const re of names) {
        for (const i of idx(re)) {
          for (const delta of [1n, FIELD_P - 1n]) {
            const cheat = t.c.solve(w, new Map([[i, mod(w[i]! + delta)]]));
            expect(t.c.violated(cheat).length, `${re} (${i})`).toBeGreaterThan(0);
            checked++;
          }
        }
      }
      // 2 slopes, 3 steps x 4, 4 points x 2, 4, the Montgomery P (2); each nudged up and down
      expect(checked).toBe(2 * (2 + 12 + 8 + 4 + 2));
    });

    it('change a window slope, sum or bit product of FixedBaseMul', async () => {
      const w = await t.ok(input(k, p));
      const picks = [...idx(/FixedBaseMul_\d+_\d+\.(lambda|both)\[(1|60|125)\]$/), ...idx(/FixedBaseMul_\d+_\d+\.acc\[(1|60|126)\]\[[01]\]$/)];
      // the slopes and bit products of three windows, the sums of three (window 0's is linear: folded)
      expect(picks.length).toBe(6 + 6);
      for (const i of picks) {
        const cheat = t.c.solve(w, new Map([[i, mod(w[i]! + 1n)]]));
        expect(t.c.violated(cheat).length, `signal ${i}`).toBeGreaterThan(0);
      }
    });

    // A free slope would let a prover carry a wrong point down the chain: recompute one step's
    // downstream values from a bent slope (the formulas of scalar_mul.circom / fixed_base.circom),
    // let the solver carry them to the output, and only the slope's own constraint may object.
    const MA = 168698n;
    const val = (w: bigint[], re: RegExp) => w[idx(re)[0]!]!;
    const inv = (x: bigint) => pow(x, FIELD_P - 2n);
    const only = (w: bigint[], fixed: Array<[RegExp, bigint]>) => {
      const cheat = t.c.solve(w, new Map(fixed.map(([re, v]) => [idx(re)[0]!, mod(v)] as [number, bigint])));
      return t.c.violated(cheat).length;
    };

    it('bend a ladder step slope (lambda1, lambda2, or that of the first addition) and carry the point to the output', async () => {
      const w = await t.ok(input(k, p));
      const acc = (j: number, c: number) => new RegExp(`VarBaseMulMont_\\d+_\\d+\\.acc\\[${j}\\]\\[${c}\\]$`);
      const st = (j: number, f: string) => new RegExp(`VbmStep_\\d+_\\d+\\[${j}\\]\\.${f}$`);
      const xP = val(w, /VarBaseMulMont_\d+_\d+\.p\[0\]$/);
      // step j (component VbmStep[j]) takes acc[j] to acc[j + 1]; from step 126 on, every slope is
      // recomputed by the formulas from the bent point, as a prover free to pick slopes would
      // the two VbmAdds (Q0 + P first, Acc - P last) told apart by their slopes, not by their
      // component names, whose instance numbers follow circom's compile order
      const [q0x, q0y] = deriveOffset().point;
      const q0u = mod((1n + q0y) * inv(1n - q0y));
      const firstSlope = mod((val(w, /VarBaseMulMont_\d+_\d+\.p\[1\]$/) - mod(q0u * inv(q0x))) * inv(xP - q0u));
      const esc = (name: string) => new RegExp(`${name.replace(/[.[\]]/g, '\\$&')}$`);
      const names = t.c.find(/VarBaseMulMont_\d+_\d+\.VbmAdd_\d+_\d+\.lambda$/).map(([name]) => name);
      expect(names).toHaveLength(2);
      const first = names.findIndex((name) => val(w, esc(name)) === firstSlope);
      expect(first).toBeGreaterThanOrEqual(0);
      const adds = [names[first]!, names[1 - first]!];
      const addRe = (k: number) => esc(adds[k]!);
      const carry = (bend: 'lambda1' | 'lambda2' | 'first' | 'none'): Array<[RegExp, bigint]> => {
        const fixed: Array<[RegExp, bigint]> = [];
        const from = bend === 'first' ? 0 : 126;
        let [x, y] = [val(w, acc(from, 0)), val(w, acc(from, 1))];
        if (bend === 'first') {
          // Acc = Q0 + P with a bent slope: Q0's coordinates read back from the honest witness
          const l = val(w, addRe(0));
          const qu = mod(l * l - MA - xP - x);
          const qv = mod(l * (qu - x) - y);
          const lb = mod(l + 1n);
          x = mod(lb * lb - MA - qu - xP);
          y = mod(lb * (qu - x) - qv);
          fixed.push([addRe(0), lb], [acc(0, 0), x], [acc(0, 1), y]);
        }
        for (let j = from; j < 252; j++) {
          const cy = val(w, st(j, 'cy'));
          let l1 = mod((cy - y) * inv(xP - x));
          if (j === 126 && bend === 'lambda1') l1 = mod(l1 + 1n);
          const mid = mod(l1 * l1 - MA - x - xP);
          let l2 = mod(2n * y * inv(x - mid) - l1);
          if (j === 126 && bend === 'lambda2') l2 = mod(l2 + 1n);
          const u = mod(l2 * l2 - MA - mid - x);
          const v = mod(l2 * (x - u) - y);
          fixed.push([st(j, 'cy'), cy], [st(j, 'lambda1'), l1], [st(j, 'midU'), mid], [st(j, 'lambda2'), l2], [acc(j + 1, 0), u], [acc(j + 1, 1), v]);
          [x, y] = [u, v];
        }
        // then Acc - P when bit 0 is 0, the selection and the Edwards map, by the same formulas
        const yP = val(w, /VarBaseMulMont_\d+_\d+\.p\[1\]$/);
        const e0 = val(w, /main\.bits\[0\]$/);
        const lam = mod((-yP - y) * inv(xP - x));
        const lu = mod(lam * lam - MA - x - xP);
        const lv = mod(lam * (x - lu) - y);
        const [kU, kV] = e0 === 1n ? [x, y] : [lu, lv];
        const m = (f: string) => new RegExp(`VarBaseMulMont_\\d+_\\d+\\.${f}$`);
        fixed.push(
          [addRe(adds.length - 1), lam],
          [m('less\\[0\\]'), lu],
          [m('less\\[1\\]'), lv],
          [m('kU'), kU],
          [m('kV'), kV],
          [m('ed\\.out\\[0\\]'), mod(kU * inv(kV))],
          [m('ed\\.out\\[1\\]'), mod((kU - 1n) * inv(kU + 1n))],
        );
        return fixed;
      };
      expect(only(w, carry('none'))).toBe(0);
      expect(only(w, carry('lambda1'))).toBeGreaterThan(0);
      expect(only(w, carry('lambda2'))).toBeGreaterThan(0);
      expect(only(w, carry('first'))).toBeGreaterThan(0);
    });

    it('bend a FixedBaseMul window slope and carry the sum to the output', async () => {
      const w = await t.ok(input(k, p));
      const acc = (j: number, c: number) => new RegExp(`FixedBaseMul_\\d+_\\d+\\.acc\\[${j}\\]\\[${c}\\]$`);
      const lam = (j: number) => new RegExp(`FixedBaseMul_\\d+_\\d+\\.lambda\\[${j}\\]$`);
      // the window's table point, read back from the honest witness (it is linear in the bits)
      const table = (j: number) => {
        const [x0, y0, l] = [val(w, acc(j - 1, 0)), val(w, acc(j - 1, 1)), val(w, lam(j))];
        const tu = mod(l * l - MA - x0 - val(w, acc(j, 0)));
        return [tu, mod(l * (tu - x0) + y0)] as const;
      };
      const carry = (bent: boolean): Array<[RegExp, bigint]> => {
        const fixed: Array<[RegExp, bigint]> = [];
        let [x, y] = [val(w, acc(59, 0)), val(w, acc(59, 1))];
        for (let j = 60; j < 127; j++) {
          const [tu, tv] = table(j);
          let l = mod((tv - y) * inv(tu - x));
          if (j === 60 && bent) l = mod(l + 1n);
          const u = mod(l * l - MA - x - tu);
          const v = mod(l * (x - u) - y);
          fixed.push([lam(j), l], [acc(j, 0), u], [acc(j, 1), v]);
          [x, y] = [u, v];
        }
        return fixed;
      };
      expect(only(w, carry(false))).toBe(0);
      expect(only(w, carry(true))).toBeGreaterThan(0);
    });

    it('claim another product: out set to k P + B8 or -(k P)', async () => {
      const w = await t.ok(input(k, p));
      const right = mulPointEscalar(p, k);
      for (const claim of [addPoint(right, Base8), neg(right)]) {
        const cheat = t.cheat(w, { 'out[0]': claim[0], 'out[1]': claim[1] });
        expect(t.c.violated(cheat).length).toBeGreaterThan(0);
      }
    });

    it('multiply by other bits than the scalar it was given', async () => {
      const w = await t.ok(input(k, p));
      const bit = idx(/main\.bits\[7\]$/)[0]!;
      const cheat = t.c.solve(w, new Map([[bit, 1n - w[bit]!]]));
      expect(t.c.violated(cheat).length).toBeGreaterThan(0);
    });
  });
});
