import { buildPoseidon } from 'circomlibjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TAG_PERIOD, TAG_SERIES, TAG_SLOTS } from '../../core/src/crypto/index.js';
import { packReadings, packSlotSums, periodStatement, seriesDigest, slotSums, slotSumsDigest } from '../../core/src/meter/index.js';
import { rejected, thrown } from './helpers.js';

type Hasher = ((xs: bigint[]) => Uint8Array) & { F: { toObject(x: Uint8Array): bigint } };
let H: Hasher;
const hash = (xs: bigint[]): bigint => H.F.toObject(H(xs));
beforeAll(async () => {
  H = (await buildPoseidon()) as Hasher;
});

/** Spec §3 written out directly, as a second implementation. */
function referenceDigest(readings: number[]): bigint {
  const m = Math.ceil(readings.length / 12);
  const e = Array.from({ length: m }, (_, j) => {
    let v = 0n;
    for (let i = 0; i < 12; i++) v += BigInt(readings[12 * j + i] ?? 0) * 2n ** BigInt(21 * i);
    return v;
  });
  let h = TAG_SERIES;
  for (let b = 0; b < Math.ceil(m / 15); b++) {
    h = hash([h, ...Array.from({ length: 15 }, (_, k) => e[15 * b + k] ?? 0n)]);
  }
  return h;
}

/** The slot-sums digest of spec §3 written out directly: sums by i mod perDay, 7 per element at 32 bits. */
function referenceSlotsDigest(readings: number[], perDay: number): bigint {
  const sums = Array.from({ length: perDay }, (_, q) => readings.filter((_, i) => i % perDay === q).reduce((a, v) => a + BigInt(v), 0n));
  const m = Math.ceil(perDay / 7);
  const e = Array.from({ length: m }, (_, j) => {
    let v = 0n;
    for (let k = 0; k < 7; k++) v += (sums[7 * j + k] ?? 0n) * 2n ** BigInt(32 * k);
    return v;
  });
  let h = TAG_SLOTS;
  for (let b = 0; b < Math.ceil(m / 15); b++) {
    // v2: a block's Poseidon is as wide as the elements it holds (no zero padding)
    h = hash([h, ...e.slice(15 * b, 15 * b + 15)]);
  }
  return h;
}

const series = (n: number, f: (i: number) => number = (i) => (i * 7919) % 65536): number[] => Array.from({ length: n }, (_, i) => f(i));

describe('series packing (spec §3 step 1)', () => {
  it('packs 12 readings per element, 21 bits each, zero-padding the last', () => {
    const r = series(13, (i) => i + 1);
    const [e0, e1, ...rest] = packReadings(r);
    expect(rest).toEqual([]);
    expect(e0).toBe(r.slice(0, 12).reduce((acc, v, i) => acc + BigInt(v) * (1n << 21n) ** BigInt(i), 0n));
    expect(e1).toBe(13n);
    expect(packReadings([65535]).at(0)).toBe(65535n);
    expect(packReadings(new Array(12).fill(65535))[0]).toBe(Array.from({ length: 12 }, (_, i) => 65535n << BigInt(21 * i)).reduce((a, b) => a + b));
  });

  it('rejects readings outside 0..65535 or not integers, naming the index', () => {
    expect(thrown(() => packReadings([1, 65536])).message).toBe('readings[1]: must be in 0..65535, got 65536');
    expect(thrown(() => packReadings([-1])).message).toBe('readings[0]: must be in 0..65535, got -1');
    expect(thrown(() => packReadings([0.5])).message).toMatch(/^readings\[0\]: must be an integer/);
  });
});

describe('series digest (spec §3 step 2-3)', () => {
  it('is TAG_SERIES for an empty series', async () => {
    expect(await seriesDigest([])).toBe(TAG_SERIES);
  });

  it('agrees with a direct transcription of the spec around block boundaries', async () => {
    for (const n of [1, 11, 12, 13, 179, 180, 181, 191, 192, 360, 361, 744, 1488, 2976]) {
      const r = series(n);
      expect(await seriesDigest(r), `n = ${n}`).toBe(referenceDigest(r));
    }
  });

  it('uses one Poseidon16 block for 180 readings and two for 181', async () => {
    const r = series(181);
    const e = packReadings(r);
    const h1 = hash([TAG_SERIES, ...e.slice(0, 15)]);
    expect(await seriesDigest(r.slice(0, 180))).toBe(h1);
    expect(await seriesDigest(r)).toBe(hash([h1, e[15]!, ...new Array<bigint>(14).fill(0n)]));
  });

  it('changes when any reading changes: first, last, element and block boundaries', async () => {
    const r = series(744);
    const d = await seriesDigest(r);
    for (const i of [0, 11, 12, 179, 180, 359, 360, 743]) {
      const changed = [...r];
      changed[i] = (changed[i]! + 1) % 65536;
      expect(await seriesDigest(changed), `position ${i}`).not.toBe(d);
    }
  });

  it('does not bind the length by itself: the statement does, through intervalCount', async () => {
    expect(await seriesDigest([5])).toBe(await seriesDigest([5, 0]));
    const p = { meterId: 1n, periodStart: 86400, intervalSeconds: 3600, imports: [5], exports: [0] };
    expect(await periodStatement(p)).not.toBe(await periodStatement({ ...p, imports: [5, 0], exports: [0, 0] }));
  });
});

describe('slot-sums digest (spec §3)', () => {
  it('sums by position in the day, packs 7 sums per element at 32 bits', () => {
    const r = series(96 * 3, (i) => i);
    const sums = slotSums(r, 96);
    expect(sums).toHaveLength(96);
    expect(sums[0]).toBe(0n + 96n + 192n);
    expect(sums[95]).toBe(95n + 191n + 287n);
    const e = packSlotSums(sums);
    expect(e).toHaveLength(14);
    expect(e[0]).toBe(sums.slice(0, 7).reduce((acc, v, k) => acc + v * (1n << 32n) ** BigInt(k), 0n));
    expect(e[13]).toBe(sums.slice(91).reduce((acc, v, k) => acc + v * (1n << 32n) ** BigInt(k), 0n));
    // the largest sum any signable period has (65,535 readings of 65,535 Wh) fits its 32 bits
    expect(packSlotSums([65535n * 65535n, 1n])[0]).toBe(65535n * 65535n + (1n << 32n));
    expect(thrown(() => packSlotSums([1n << 32n])).message).toBe('slotSums[0]: must be in 0..2^32 - 1, got 4294967296');
    expect(thrown(() => slotSums([1, 65536], 24)).message).toBe('readings[1]: must be in 0..65535, got 65536');
  });

  it('agrees with a direct transcription of the spec (24, 48, 96 slots; partial days)', async () => {
    for (const [n, perDay] of [
      [24, 24],
      [31 * 24, 24],
      [48, 48],
      [47, 48],
      [31 * 96, 96],
      [2 * 96 + 4, 96],
      [0, 96],
    ] as const) {
      const r = series(n);
      expect(await slotSumsDigest(r, perDay), `n = ${n}, ${perDay} per day`).toBe(referenceSlotsDigest(r, perDay));
    }
    expect(await slotSumsDigest([], 24)).toBe(hash([TAG_SLOTS, 0n, 0n, 0n, 0n]));
  });

  it('changes when a sum changes, not when readings of one slot are moved between days', async () => {
    const r = series(96 * 2);
    const d = await slotSumsDigest(r, 96);
    const moved = [...r];
    moved[5] = moved[5]! + 10;
    moved[96 + 5] = moved[96 + 5]! - 10;
    expect(await slotSumsDigest(moved, 96)).toBe(d);
    moved[6] = moved[6]! + 1;
    expect(await slotSumsDigest(moved, 96)).not.toBe(d);
  });
});

describe('period statement', () => {
  it('is Poseidon9(TAG_PERIOD, meterId, periodStart, intervalSeconds, intervalCount, nonActualCount, importDigest, exportDigest, exportSlotsDigest) (statement v3)', async () => {
    const imports = series(48);
    const exports = series(48, (i) => (i > 20 && i < 30 ? 500 + i : 0));
    const p = { meterId: 2n ** 64n - 1n, periodStart: 1735689600, intervalSeconds: 1800, imports, exports };
    const slots = referenceSlotsDigest(exports, 48);
    const expected = hash([TAG_PERIOD, 2n ** 64n - 1n, 1735689600n, 1800n, 48n, 0n, referenceDigest(imports), referenceDigest(exports), slots]);
    expect(await periodStatement(p)).toBe(expected);
    // All-actual quality is the same statement as no quality; each non-actual interval counts once.
    expect(await periodStatement({ ...p, quality: new Array(48).fill('actual') })).toBe(expected);
    const quality = new Array(48).fill('actual');
    quality[3] = 'estimated';
    quality[7] = 'substituted';
    quality[40] = 'filled';
    expect(await periodStatement({ ...p, quality })).toBe(
      hash([TAG_PERIOD, 2n ** 64n - 1n, 1735689600n, 1800n, 48n, 3n, referenceDigest(imports), referenceDigest(exports), slots]),
    );
  });

  it('validates the period first', async () => {
    const p = { meterId: 2n ** 64n, periodStart: 0, intervalSeconds: 1800, imports: [1], exports: [0] };
    expect((await rejected(periodStatement(p))).message).toBe('period.meterId: must be < 2^64');
  });
});
