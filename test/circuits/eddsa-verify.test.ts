// EdDSAPoseidonVerify (circuits/lib/eddsa.circom, docs/scalar-mul.md §4) accepts exactly what
// circomlib's EdDSAPoseidonVerifier accepts: both run on the same inputs (lib_eddsa and
// lib_eddsa_ref) over honest, forged and non-canonical signatures and keys of every order; a
// cheating prover's tampered doublings, slopes and bits are rejected. Its comparisons with l - 1
// and p - 1 (circuits/lib/const_compare.circom, lib_const_compare) at their edges.
import { addPoint, Base8, inCurve, mulPointEscalar, type Point } from '@zk-kit/baby-jubjub';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meterPublicKey, signStatement } from '../../core/src/crypto/eddsa.js';
import { BABYJUB_SUBORDER as L } from '../../core/src/crypto/field.js';
import { poseidon } from '../../core/src/crypto/poseidon.js';
import { FIELD_P, loadCircuit } from './harness.js';
import { libCircuit, str } from './lib-harness.js';

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

interface Sig {
  A: Point<bigint>;
  R8: Point<bigint>;
  S: bigint;
  M: bigint;
}
const input = (s: Sig) => ({ Ax: str(s.A[0]), Ay: str(s.A[1]), S: str(s.S), R8x: str(s.R8[0]), R8y: str(s.R8[1]), M: str(s.M) });

/** Signs M for the key A whose 8A = (8 secret) Base8; A may carry a small-order component. */
async function signRawKey(secret: bigint, A: Point<bigint>, M: bigint, r: bigint): Promise<Sig> {
  const R8 = mulPointEscalar(Base8, r);
  const h = await poseidon([R8[0], R8[1], A[0], A[1], M]);
  return { A, R8, S: (r + h * 8n * secret) % L, M };
}

// Small-order points: the identity, (0, -1) of order 2; order 4 and 8 built in the tests below.
const IDENTITY: Point<bigint> = [0n, 1n];
const ORDER2: Point<bigint> = [0n, FIELD_P - 1n];

/** A point of order 8: l times a curve point off the subgroup (y = 2, 3, ... until 4T != O). */
function order8(): Point<bigint> {
  for (let y = 2n; ; y++) {
    let x: bigint;
    try {
      x = sqrtOf((1n - y * y) * pow(168700n - 168696n * y * y, FIELD_P - 2n));
    } catch {
      continue;
    }
    const T = mulPointEscalar([x, y], L);
    if (mulPointEscalar(T, 4n)[0] !== 0n || mulPointEscalar(T, 4n)[1] !== FIELD_P - 1n) continue;
    return T;
  }
}

describe('EdDSAPoseidonVerify against circomlib EdDSAPoseidonVerifier', () => {
  const t = libCircuit('lib_eddsa');
  const accepts = async (s: Sig) => {
    const ours = await t.c.witness(input(s)).then(
      (w) => t.c.violated(w).length === 0,
      () => false,
    );
    const ref = await (await loadCircuit('lib_eddsa_ref')).witness({ ...input(s), enabled: '1' }).then(
      () => true,
      () => false,
    );
    return { ours, ref };
  };
  const key = new Uint8Array(32).fill(7);

  it('both accept honest signatures of random messages (core signStatement)', async () => {
    const pub = await meterPublicKey(key);
    await fc.assert(
      fc.asyncProperty(fc.bigInt({ min: 0n, max: FIELD_P - 1n }), async (M) => {
        const sig = await signStatement(key, M);
        expect(await accepts({ A: [pub.x, pub.y], R8: [sig.R8x, sig.R8y], S: sig.S, M })).toEqual({ ours: true, ref: true });
      }),
      { numRuns: 5 },
    );
  });

  it('both reject forged and non-canonical signatures alike', async () => {
    const pub = await meterPublicKey(key);
    const M = 123456789n;
    const sig = await signStatement(key, M);
    const good: Sig = { A: [pub.x, pub.y], R8: [sig.R8x, sig.R8y], S: sig.S, M };
    const other = await signStatement(key, M + 1n);
    const cases: Record<string, Sig> = {
      'S + l (malleated)': { ...good, S: good.S + L },
      'S + 2l': { ...good, S: good.S + 2n * L },
      'S + 1': { ...good, S: good.S + 1n },
      'S - l as a field element': { ...good, S: mod(good.S - L) },
      'wrong message': { ...good, M: M + 1n },
      'R8 of another signature': { ...good, R8: [other.R8x, other.R8y] },
      'R8 negated': { ...good, R8: [mod(-good.R8[0]), good.R8[1]] },
      'R8 plus a point of order 2': { ...good, R8: addPoint(good.R8, ORDER2) },
      'another key': { ...good, A: mulPointEscalar(Base8, 5n) },
      'the key negated': { ...good, A: [mod(-good.A[0]), good.A[1]] },
    };
    // S + l below 2^251 (about a third of signatures): only the S < l check refuses it
    let m = M;
    let small = sig;
    while (small.S + L >= 1n << 251n) small = await signStatement(key, ++m);
    cases['S + l below 2^251'] = { ...good, R8: [small.R8x, small.R8y], S: small.S + L, M: m };
    for (const [name, s] of Object.entries(cases)) {
      expect(inCurve(s.R8) && inCurve(s.A), name).toBe(true);
      expect(await accepts(s), name).toEqual({ ours: false, ref: false });
    }
  });

  it('keys with a small-order component: both accept a proper signature, both refuse keys of small order', async () => {
    const secret = 0x1234567n;
    const A = mulPointEscalar(Base8, secret);
    // A + T with T of order 2 or 4: 8(A + T) = 8A, a proper signature for the key A + T verifies
    const order4: Point<bigint> = [sqrtOf(pow(168700n, FIELD_P - 2n)), 0n];
    expect(inCurve(order4)).toBe(true);
    for (const T of [ORDER2, order4, order8()]) {
      const s = await signRawKey(secret, addPoint(A, T), 99n, 31337n);
      expect(await accepts(s)).toEqual({ ours: true, ref: true });
    }
    // S * B8 = -(R8 + h 8A) (+ a point of order 2 on R8): the two sides share y, or x, but are
    // not equal; a verifier checking one coordinate would accept them
    for (const T of [IDENTITY, ORDER2]) {
      const r = 4242n;
      const R8 = addPoint(mulPointEscalar(Base8, r), T);
      const h = await poseidon([R8[0], R8[1], A[0], A[1], 77n]);
      const s: Sig = { A, R8, S: (L - ((r + h * 8n * secret) % L)) % L, M: 77n };
      expect(await accepts(s), `mirrored, T = ${T}`).toEqual({ ours: false, ref: false });
    }
    // 8A = O: then S * B8 = R8 is all the equation asks; both refuse the key
    for (const T of [IDENTITY, ORDER2, order4, [mod(-order4[0]), 0n] as Point<bigint>, order8()]) {
      const S = 777n;
      const s: Sig = { A: T, R8: mulPointEscalar(Base8, S), S, M: 5n };
      expect(inCurve(T)).toBe(true);
      expect(await accepts(s), `A = ${T}`).toEqual({ ours: false, ref: false });
    }
  });

  describe('a cheating prover (witness re-derived from the R1CS) cannot', () => {
    const honest = async (M = 42n) => {
      const pub = await meterPublicKey(key);
      const sig = await signStatement(key, M);
      return t.ok(input({ A: [pub.x, pub.y], R8: [sig.R8x, sig.R8y], S: sig.S, M }));
    };
    const idx = (re: RegExp) => t.c.find(re).map(([, i]) => i);

    it('bend a doubling of A, a slope of h * 8A, the axInv witness or the product', async () => {
      const w = await honest();
      const res = [/main\.dbl\[[012]\]\.(lamda|x1_2)$/, /main\.axInv$/, /VbmStep_\d+_\d+\[(0|200|252)\]\.(cy|lambda1|lambda2|midU)$/, /main\.hA\[[01]\]$/];
      let checked = 0;
      for (const re of res) {
        for (const i of idx(re)) {
          const cheat = t.c.solve(w, new Map([[i, mod(w[i]! + 1n)]]));
          expect(t.c.violated(cheat).length, `${re} (${i})`).toBeGreaterThan(0);
          checked++;
        }
      }
      expect(checked).toBe(6 + 1 + 12 + 2);
    });

    it('take h by a non-canonical decomposition (h + p) or flip a bit of S', async () => {
      // a message whose h has an alias h + p below 2^254 (about a third of them do)
      const pub = await meterPublicKey(key);
      let M = 42n;
      for (;;) {
        const sig = await signStatement(key, M);
        if ((await poseidon([sig.R8x, sig.R8y, pub.x, pub.y, M])) + FIELD_P < 1n << 254n) break;
        M++;
      }
      const w = await honest(M);
      const h = w[idx(/main\.h$/)[0]!]!;
      const hBits = Array.from({ length: 254 }, (_, i) => idx(new RegExp(`main\\.hBits\\[${i}\\]$`))[0]!);
      const alias = h + FIELD_P;
      expect(alias < 1n << 254n).toBe(true);
      const fixed = new Map(hBits.map((i, k) => [i, (alias >> BigInt(k)) & 1n] as [number, bigint]));
      expect(t.c.violated(t.c.solve(w, fixed)).length).toBeGreaterThan(0);
      const s3 = idx(/main\.sBits\[3\]$/)[0]!;
      expect(t.c.violated(t.c.solve(w, new Map([[s3, 1n - w[s3]!]]))).length).toBeGreaterThan(0);
    });
  });
});

/** A square root mod p (Tonelli-Shanks); throws on a non-residue. */
function sqrtOf(n: bigint): bigint {
  const v = mod(n);
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
    if (i === m) throw new Error('not a square');
    const b = pow(c, 1n << (m - i - 1n));
    [m, c, t, r] = [i, (b * b) % FIELD_P, (t * b * b) % FIELD_P, (r * b) % FIELD_P];
  }
  return r;
}

describe('BitsLessEqConst: 254 bits <= p - 1 and 251 bits <= l - 1', () => {
  const t = libCircuit('lib_const_compare');
  const P1 = FIELD_P - 1n;
  const L1 = L - 1n;
  const bitsOf = (v: bigint, n: number) => Array.from({ length: n }, (_, i) => str((v >> BigInt(i)) & 1n));
  const accepts = (vp: bigint, vl: bigint) =>
    t.c.witness({ p: bitsOf(vp, 254), l: bitsOf(vl, 251) }).then(
      (w) => t.c.violated(w).length === 0,
      () => false,
    );
  /** The constant with bit i flipped: above it when the bit was 0, below when it was 1. */
  const flips = (c: bigint, n: number) => Array.from({ length: n }, (_, i) => c ^ (1n << BigInt(i)));

  it('accepts exactly the values up to the constant at its edges and around every bit', async () => {
    expect(await accepts(0n, 0n)).toBe(true);
    expect(await accepts(P1, L1)).toBe(true);
    expect(await accepts(P1 + 1n, 0n)).toBe(false);
    expect(await accepts(0n, L1 + 1n)).toBe(false);
    expect(await accepts((1n << 254n) - 1n, 0n)).toBe(false);
    expect(await accepts(0n, (1n << 251n) - 1n)).toBe(false);
    for (const v of flips(P1, 254)) expect(await accepts(v, 0n), `p - 1 ^ ${v ^ P1}`).toBe(v <= P1);
    for (const v of flips(L1, 251)) expect(await accepts(0n, v), `l - 1 ^ ${v ^ L1}`).toBe(v <= L1);
  });

  it('agrees with <= on random values near and far from the constants', async () => {
    const near = (c: bigint, n: number) =>
      fc.oneof(
        fc.bigInt({ min: 0n, max: (1n << BigInt(n)) - 1n }),
        fc.bigInt({ min: -(1n << 40n), max: 1n << 40n }).map((d) => (c + d + (1n << BigInt(n))) % (1n << BigInt(n))),
      );
    await fc.assert(
      fc.asyncProperty(near(P1, 254), near(L1, 251), async (vp, vl) => {
        expect(await accepts(vp, vl)).toBe(vp <= P1 && vl <= L1);
      }),
      { numRuns: 40 },
    );
  });

  it('a cheating prover cannot pass p by a free IsZero hint on the first run (28 zero bits of p - 1)', async () => {
    const w = await t.ok({ p: bitsOf(P1, 254), l: bitsOf(0n, 251) });
    // bit 0 set makes the value p; an inv of 0 would claim the run all zero (isZero = 1)
    const fixed = new Map<number, bigint>([[t.c.signal('main.p[0]'), 1n]]);
    for (const [, i] of t.c.find(/\.step\[0\]\.inv$/)) fixed.set(i, 0n);
    expect(fixed.size).toBe(3);
    expect(t.c.violated(t.c.solve(w, fixed)).length).toBeGreaterThan(0);
  });

  it('a cheating prover cannot bend a run step to pass a value above the constant', async () => {
    const w = await t.ok({ p: bitsOf(P1 - 5n, 254), l: bitsOf(L1 - (1n << 200n), 251) });
    // (an IsZero's inv is free where its sum is 0: isZero = 1 whatever it is, as in circomlib's IsZero)
    const steps = t.c.find(/\.step\[\d+\]\.(out|isZero)$/).map(([, i]) => i);
    expect(steps.length).toBeGreaterThan(100);
    for (const i of steps.filter((_, k) => k % 5 === 0)) {
      const cheat = t.c.solve(w, new Map([[i, mod(w[i]! + 1n)]]));
      expect(t.c.violated(cheat).length, `signal ${i}`).toBeGreaterThan(0);
    }
  });
});
