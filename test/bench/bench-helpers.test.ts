// The bench's pure parts: statistics, targets, the baseline's statement. No timings are asserted.
import { describe, expect, it } from 'vitest';
import { TAG_PERIOD_V1, baselineStatement, unpackedSeriesDigest } from '../../bench/baseline-input.js';
import { median } from '../../bench/measure.js';
import { evaluateTargets } from '../../bench/targets.js';
import { poseidon } from '../../core/src/crypto/poseidon.js';
import { TAG_SERIES } from '../../core/src/crypto/tags.js';
import { periodStatement } from '../../core/src/meter/index.js';

describe('bench statistics and targets', () => {
  it('takes the median of odd and even sample counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('reports headroom as positive distance and overshoot as negative', () => {
    const targets = evaluateTargets({ constraints31d60m: 39_000, baselineRatio: 0.36, settleGas: 300_000 });
    const byId = (id: string) => targets.find((t) => t.id === id);
    const [constraints, ratio, gas] = [byId('constraints31d60m'), byId('baselineRatio'), byId('settleGas')];
    expect(constraints).toMatchObject({ met: true, distance: 1000 });
    expect(ratio!.met).toBe(false);
    expect(ratio!.distance).toBeCloseTo(-0.01);
    expect(gas).toMatchObject({ met: true, distance: 0 }); // "at most" includes the limit
    expect(evaluateTargets({ constraints31d60m: 40_000 })[0]!.met).toBe(false); // "under" excludes it
    expect(evaluateTargets({})[3]).toMatchObject({ value: null, met: null });
  });
});

describe('baseline statement', () => {
  it('chains readings unpacked, 15 per Poseidon16 call, zero-padded to the circuit size', async () => {
    const r = Array.from({ length: 20 }, (_, i) => i + 1);
    const h1 = await poseidon([TAG_SERIES, ...r.slice(0, 15).map(BigInt)]);
    const h2 = await poseidon([h1, ...r.slice(15).map(BigInt), 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n]);
    expect(await unpackedSeriesDigest(r, 30)).toBe(h2);
    // A third block only when the circuit holds more than 30 readings.
    expect(await unpackedSeriesDigest(r, 31)).not.toBe(h2);
  });

  it('signs a different statement than the packed spec statement for the same period', async () => {
    const I = 24;
    const period = {
      meterId: 9n,
      periodStart: 20089 * 86400,
      intervalSeconds: 3600,
      imports: Array.from({ length: I }, (_, i) => 100 + i),
      exports: new Array<number>(I).fill(0),
    };
    const sp = { ...period, publicKey: { x: 0n, y: 0n }, statement: 0n, signature: { R8x: 0n, R8y: 0n, S: 0n } };
    const ours = await baselineStatement(sp, I, 1);
    const zeros = await unpackedSeriesDigest(period.exports, I);
    const expected = await poseidon([TAG_PERIOD_V1, 9n, BigInt(period.periodStart), 3600n, 24n, await unpackedSeriesDigest(period.imports, I), zeros]);
    expect(ours).toBe(expected);
    expect(ours).not.toBe(await periodStatement(period));
    await expect(baselineStatement(sp, I, 2)).rejects.toThrow(/full periods only/);
  });
});
