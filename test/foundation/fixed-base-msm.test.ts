// circuits/build/ptau-fast-msm.ts: the fixed-base products behind the fast development ceremony and
// phase 2, checked point by point against ffjavascript's own double-and-add, on the scalars where
// batched affine additions need care: zero, one, the group order r (a sum reaching infinity in the
// last window) and a scalar above r whose last window doubles its accumulator (reachable with 10-bit
// windows only), besides random ones. The byte-for-byte comparisons with snarkjs (ptau-fast.test.ts,
// phase2-fast.test.ts) cover whole files.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFFINE_BYTES, chooseWindow, FixedBaseMultiplier, type GroupName } from '../../circuits/build/ptau-fast-msm.js';
import { type Curve, snarkjsInternals } from '../../circuits/build/ptau-fast-snarkjs.js';

let curve: Curve;
let bases: Record<GroupName, Uint8Array>;
const lem = (g: GroupName, p: unknown) => {
  const out = new Uint8Array(AFFINE_BYTES[g]);
  curve[g].toRprLEM(out, 0, p);
  return out;
};
const le32 = (v: bigint) => Buffer.from(v.toString(16).padStart(64, '0'), 'hex').reverse();

beforeAll(async () => {
  curve = await (await snarkjsInternals()).bn128SingleThread();
  bases = { G1: lem('G1', curve.G1.g), G2: lem('G2', curve.G2.g) };
});

describe('fixed-base products', () => {
  const pools: FixedBaseMultiplier[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  /** Products of `scalars` in both groups on `pool`, compared with timesScalar. */
  async function check(pool: FixedBaseMultiplier, scalars: bigint[]): Promise<void> {
    const buf = new Uint8Array(scalars.length * 32);
    scalars.forEach((s, i) => buf.set(le32(s), i * 32));
    for (const g of ['G1', 'G2'] as const) {
      const out = await pool.mul(g, buf.slice());
      scalars.forEach((s, i) => {
        const want = lem(g, curve[g].toAffine(curve[g].timesScalar(curve[g].g, s % curve.r)));
        expect(Buffer.from(out.subarray(i * AFFINE_BYTES[g], (i + 1) * AFFINE_BYTES[g])).toString('hex'), `${g} · ${s}`).toBe(
          Buffer.from(want).toString('hex'),
        );
      });
    }
  }

  it('agrees with double-and-add on edge scalars and random ones, with 10-bit windows (the doubling case) and the default ones', async () => {
    const r: bigint = curve.r;
    // 8000 products on one worker choose 10-bit windows: 26 windows, the last (bits 250-253) with digits up to 15.
    expect(chooseWindow(8000)).toBe(10);
    const pool = await FixedBaseMultiplier.start(curve.tm.code, bases, { G1: 8000, G2: 8000 }, 1);
    pools.push(pool);
    // 26·2^250 - r: its bits below 250 are 13·2^250 - r and its last digit is 13, so the last addition
    // adds 13·2^250·G to (13·2^250 - r)·G = 13·2^250·G: a doubling.
    const doubling = 26n * 2n ** 250n - r;
    expect(doubling >> 250n).toBe(13n);
    const random = Array.from({ length: 40 }, () => BigInt(`0x${randomBytes(32).toString('hex')}`) % r);
    const edge = [0n, 1n, 2n, r - 1n, r, doubling, 2n ** 250n, 0n];
    await check(pool, [...edge, ...random, ...edge]);
    const defaults = await FixedBaseMultiplier.start(curve.tm.code, bases, { G1: 60000, G2: 12000 });
    pools.push(defaults);
    await check(defaults, [...edge, ...random]);
  });

  it('the shared pool is one per process until closed, and a closed pool refuses work', async () => {
    const a = await FixedBaseMultiplier.shared(curve.tm.code, bases);
    const b = await FixedBaseMultiplier.shared(curve.tm.code, bases);
    expect(b).toBe(a);
    a.plan({ G1: 100, G2: 100 });
    await check(a, [5n, curve.r - 5n]);
    await a.close();
    await expect(a.mul('G1', new Uint8Array(32))).rejects.toThrow(/pool was closed/);
    const c = await FixedBaseMultiplier.shared(curve.tm.code, bases);
    pools.push(c);
    expect(c).not.toBe(a);
    await check(c, [7n]);
  });

  it('refuses a scalar buffer that is not whole scalars', async () => {
    const pool = await FixedBaseMultiplier.shared(curve.tm.code, bases);
    await expect(pool.mul('G1', new Uint8Array(33))).rejects.toThrow(/not a whole number of 32-byte scalars/);
  });
});
