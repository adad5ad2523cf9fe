// One small circuit per library template (circuits/test/lib_*.circom), tried at its edges:
// the witness calculator for what an honest prover can build, and at the constraint level
// (a cheating prover's witness, re-derived from the R1CS by `solve`) for what the constraints
// must refuse. These are also the fast tests `npm run mutants` runs against each mutant.
import { describe, expect, it } from 'vitest';
import { FIELD_P, type CircuitUnderTest } from './harness.js';
import { libCircuit, str, type Input } from './lib-harness.js';

describe('LaneSplit(3, 21, 16)', () => {
  const t = libCircuit('lib_lanes');
  const pack = (l: bigint[]) => l.reduce((acc, v, i) => acc + (v << BigInt(21 * i)), 0n);

  it('lanes at 2^16 - 1 pass and come out exactly', async () => {
    const lanes = [65535n, 0n, 65535n];
    const w = await t.ok({ packed: str(pack(lanes)) });
    expect([0, 1, 2].map((i) => t.out(w, `lanes[${i}]`))).toEqual(lanes);
  });

  it('a lane at 2^16 has no witness, in the first and in the last lane', async () => {
    await t.rejected({ packed: str(pack([65536n, 0n, 0n])) });
    await t.rejected({ packed: str(pack([0n, 0n, 65536n])) });
    await t.rejected({ packed: str(1n << 63n) }); // past the last lane
  });

  it('a carry between lanes (lane 0 + 2^21, lane 1 - 1) violates the constraints', async () => {
    const w = await t.ok({ packed: str(pack([5n, 7n, 9n])) });
    const carried = t.cheat(w, { 'lanes[0]': 5n + (1n << 21n), 'lanes[1]': 6n });
    expect(t.c.violated(carried).length).toBeGreaterThan(0);
  });

  it('in-range lanes that do not add up to the packed sum violate the constraints', async () => {
    const w = await t.ok({ packed: str(pack([5n, 7n, 9n])) });
    expect(t.c.violated(t.cheat(w, { 'lanes[0]': 6n })).length).toBeGreaterThan(0);
  });
});

describe('RoundHalfUpDiv(1000, 10, 8)', () => {
  const t = libCircuit('lib_rounding');
  const q = async (num: bigint) => t.out(await t.ok({ num: str(num) }), 'quotient');

  it('rounds half up, exactly at .5', async () => {
    expect(await q(0n)).toBe(0n);
    expect(await q(499n)).toBe(0n);
    expect(await q(500n)).toBe(1n);
    expect(await q(1499n)).toBe(1n);
    expect(await q(1500n)).toBe(2n);
  });

  it('the quotient at 2^8 - 1 passes, at 2^8 has no witness', async () => {
    expect(await q(255_499n)).toBe(255n);
    await t.rejected({ num: '255500' });
  });

  it('a quotient one lower (remainder = DIV) violates the constraints', async () => {
    const w = await t.ok({ num: '1500' });
    expect(t.c.violated(t.cheat(w, { quotient: 1n })).length).toBeGreaterThan(0);
  });

  it('a quotient one higher (remainder -1) violates the constraints', async () => {
    const w = await t.ok({ num: '1499' });
    expect(t.c.violated(t.cheat(w, { quotient: 2n })).length).toBeGreaterThan(0);
  });

  it('a wrapped quotient ((num + 500 - 1) / 1000 in the field) violates the constraints', async () => {
    const w = await t.ok({ num: '1500' });
    const wrapped = (2000n - 1n) * modInverse(1000n);
    expect(t.c.violated(t.cheat(w, { quotient: wrapped })).length).toBeGreaterThan(0);
  });
});

describe('OneHot(4, 1)', () => {
  const t = libCircuit('lib_one_hot');

  it('values 1 and 4 pass with one bit set; 0 and 5 have no witness', async () => {
    const w1 = await t.ok({ value: '1' });
    expect([0, 1, 2, 3].map((k) => t.out(w1, `bits[${k}]`))).toEqual([1n, 0n, 0n, 0n]);
    const w4 = await t.ok({ value: '4' });
    expect([0, 1, 2, 3].map((k) => t.out(w4, `bits[${k}]`))).toEqual([0n, 0n, 0n, 1n]);
    await t.rejected({ value: '0' });
    await t.rejected({ value: '5' });
    await t.rejected({ value: str(FIELD_P - 1n) });
  });

  it('non-boolean bits that keep the sum and the weight violate the constraints', async () => {
    const w = await t.ok({ value: '1' });
    // 2*2 + 3*(-1) = 1 and 2 - 1 = 1
    expect(t.c.violated(t.cheat(w, { 'bits[0]': 0n, 'bits[1]': 2n, 'bits[2]': -1n, 'bits[3]': 0n })).length).toBeGreaterThan(0);
  });

  it('two bits set with the right weight (1 + 2 = 3) violate the constraints', async () => {
    const w = await t.ok({ value: '3' });
    expect(t.c.violated(t.cheat(w, { 'bits[0]': 1n, 'bits[1]': 1n, 'bits[2]': 0n, 'bits[3]': 0n })).length).toBeGreaterThan(0);
  });

  it('one bit set at the wrong place violates the constraints', async () => {
    const w = await t.ok({ value: '2' });
    expect(t.c.violated(t.cheat(w, { 'bits[0]': 1n, 'bits[1]': 0n, 'bits[2]': 0n, 'bits[3]': 0n })).length).toBeGreaterThan(0);
  });
});

describe('Select8()', () => {
  const t = libCircuit('lib_select8');
  const prices = Array.from({ length: 8 }, (_, i) => str((1n << 63n) + BigInt(i * 1000 + 7)));

  it.each([0, 1, 6, 7])('index %i picks its price', async (i) => {
    const w = await t.ok({ prices, indexBits: [0, 1, 2].map((b) => str((i >> b) & 1)) });
    expect(String(t.out(w, 'out'))).toBe(prices[i]);
  });
});

describe('BandEnergies(4)', () => {
  const t = libCircuit('lib_bands');
  const bitsOf = (bands: number[]) => bands.flatMap((b) => [0, 1, 2].map((k) => str((b >> k) & 1)));
  const bins = (w: bigint[]) => Array.from({ length: 8 }, (_, b) => t.out(w, `out[${b}]`));
  const big = (1n << 21n) - 1n;

  it('routes each slot to its band and adds slots of the same band, at every index', async () => {
    const w = await t.ok({ energy: ['5', '7', str(big), '11'], indexBits: bitsOf([0, 7, 3, 3]) });
    expect(bins(w)).toEqual([5n, 0n, 0n, big + 11n, 0n, 0n, 0n, 7n]);
    for (let b = 0; b < 8; b++) {
      const w2 = await t.ok({ energy: ['1', '2', '3', '4'], indexBits: bitsOf([b, b, (b + 1) % 8, b]) });
      const want = new Array<bigint>(8).fill(0n);
      want[b] = 7n;
      want[(b + 1) % 8] = 3n;
      expect(bins(w2), `band ${b}`).toEqual(want);
    }
  });

  it('energy moved to a cheaper band (same total) violates the constraints', async () => {
    const w = await t.ok({ energy: ['5', '7', '9', '11'], indexBits: bitsOf([6, 1, 6, 2]) });
    expect(bins(w)[6]).toBe(14n);
    expect(t.c.violated(t.cheat(w, { 'out[6]': 4n, 'out[0]': 10n })).length).toBeGreaterThan(0);
    expect(t.c.violated(t.cheat(w, { 'out[6]': 13n })).length).toBeGreaterThan(0);
  });

  it('a slot relabelled to another band (bits changed, bins kept) violates the constraints', async () => {
    const w = await t.ok({ energy: ['5', '7', '9', '11'], indexBits: bitsOf([6, 1, 6, 2]) });
    expect(t.c.violated(t.cheat(w, { 'indexBits[0][1]': 0n })).length).toBeGreaterThan(0);
  });
});

describe('TierEnergies()', () => {
  const t = libCircuit('lib_tiers');
  const energies = async (total: number, allowances: number[], dayCount: number) => {
    const w = await t.ok({ total: str(total), allowances: allowances.map(str), dayCount: str(dayCount) });
    return [0, 1, 2, 3].map((k) => t.out(w, `energy[${k}]`));
  };

  it('a threshold hit exactly, and one over', async () => {
    expect(await energies(20, [10, 20, 30], 1)).toEqual([10n, 10n, 0n, 0n]);
    expect(await energies(21, [10, 20, 30], 1)).toEqual([10n, 10n, 1n, 0n]);
    expect(await energies(60, [10, 20, 30], 2)).toEqual([20n, 20n, 20n, 0n]);
    expect(await energies(61, [10, 20, 30], 2)).toEqual([20n, 20n, 20n, 1n]);
  });

  it('equal allowances pass; zero energy; the widest allowance', async () => {
    expect(await energies(7, [5, 5, 5], 1)).toEqual([5n, 0n, 0n, 2n]);
    expect(await energies(0, [5, 6, 7], 31)).toEqual([0n, 0n, 0n, 0n]);
    const max = 2 ** 24 - 1;
    expect(await energies(2 ** 28 - 1, [max, max, max], 31)).toEqual([BigInt(2 ** 28 - 1), 0n, 0n, 0n]);
    expect(await energies(2 ** 28 - 1, [max, max, max], 1)).toEqual([BigInt(max), 0n, 0n, BigInt(2 ** 28 - 1 - max)]);
  });

  it('decreasing allowances have no witness, in either pair', async () => {
    await t.rejected({ total: '1', allowances: ['2', '1', '3'], dayCount: '1' });
    await t.rejected({ total: '1', allowances: ['1', '3', '2'], dayCount: '1' });
  });

  it('decreasing allowances with the order checks satisfied by a cheat violate the constraints', async () => {
    const w = await t.ok({ total: '1', allowances: ['1', '2', '3'], dayCount: '1' });
    expect(t.c.violated(t.cheat(w, { 'allowances[0]': 3n })).length).toBeGreaterThan(0);
    expect(t.c.violated(t.cheat(w, { 'allowances[2]': 1n })).length).toBeGreaterThan(0);
  });

  it('a comparator output flipped (energy moved out of the top tier) violates the constraints', async () => {
    const w = await t.ok({ total: '100', allowances: ['10', '20', '30'], dayCount: '1' });
    const cheat = t.cheat(w, { 'below[2]': 1n });
    expect(cheat[t.c.signal('main.energy[3]')]).toBe(0n); // what the cheater gains
    expect(t.c.violated(cheat).length).toBeGreaterThan(0);
    for (const k of [0, 1]) expect(t.c.violated(t.cheat(w, { [`below[${k}]`]: 1n })).length).toBeGreaterThan(0);
  });
});

describe('RestDays(3, 2)', () => {
  const t = libCircuit('lib_calendar');
  const SAT_SUN = [1, 0, 0, 0, 0, 0, 1].map(str);
  const input = (d0: bigint, holidays: bigint[] = [0n, 0n], offset = 0n): Input => ({
    periodStart: str(d0 * 86400n + offset),
    tzBiased: '50400',
    restMaskBits: SAT_SUN,
    holidays: holidays.map(str),
  });
  const rest = async (inp: Input) => {
    const w = await t.ok(inp);
    return [0, 1, 2].map((d) => t.out(w, `isRest[${d}]`));
  };

  it('weekday from D0: 1970-01-03 is a Saturday, then Sunday, then Monday', async () => {
    expect(await rest(input(2n))).toEqual([1n, 1n, 0n]);
    expect(await rest(input(5n))).toEqual([0n, 0n, 0n]); // Tue..Thu
  });

  it('a holiday counts; an unused holiday slot (0) never does; a holiday on a weekend once', async () => {
    expect(await rest(input(5n, [0n, 7n]))).toEqual([0n, 0n, 1n]);
    expect(await rest(input(2n, [2n, 0n]))).toEqual([1n, 1n, 0n]);
  });

  it('D0 = 1 and D0 = 2^24 - 1 pass; D0 = 0 and D0 = 2^24 have no witness', async () => {
    await t.ok(input(1n));
    await t.ok(input((1n << 24n) - 1n));
    await t.rejected(input(0n));
    await t.rejected(input(1n << 24n));
  });

  it('a period start that is not local midnight has no witness', async () => {
    await t.rejected(input(5n, [0n, 0n], 1n));
    await t.rejected(input(5n, [0n, 0n], -1n));
  });

  it('a shifted weekday (quotient D0 + 4 = 7q + w solved in the field) violates the constraints', async () => {
    const w = await t.ok(input(5n)); // Tuesday: no rest day
    const d0 = 5n;
    for (const wk of [6n, 0n]) {
      // claim D0 is a Saturday (or Sunday): q = (D0 + 4 - w') / 7 in the field
      const fixed: Record<string, bigint> = { [findOne(t.c, /\.q$/)]: ((d0 + 4n - wk + FIELD_P) * modInverse(7n)) % FIELD_P };
      for (const [name] of t.c.find(/^main\.OneHot.*\.bits\[\d\]$|^main\.weekday\[\d\]$/)) {
        const k = BigInt(/\[(\d)\]$/.exec(name)![1]!);
        fixed[name.slice('main.'.length)] = k === wk ? 1n : 0n;
      }
      const cheat = t.cheat(w, fixed);
      expect([0, 1, 2].map((d) => cheat[t.c.signal(`main.isRest[${d}]`)])).not.toEqual([0n, 0n, 0n]); // what it would gain
      expect(t.c.violated(cheat).length).toBeGreaterThan(0);
    }
  });
});

function findOne(c: CircuitUnderTest, pattern: RegExp): string {
  const names = c.find(pattern).map(([n]) => n);
  expect(names.length, `${pattern} in ${c.name}`).toBeGreaterThan(0);
  return names[0]!.slice('main.'.length);
}

function modInverse(x: bigint): bigint {
  let [a, b, u, v] = [x % FIELD_P, FIELD_P, 1n, 0n];
  while (a !== 0n) {
    const k = b / a;
    [a, b] = [b - k * a, a];
    [u, v] = [v - k * u, u];
  }
  return ((v % FIELD_P) + FIELD_P) % FIELD_P;
}

describe('PeakDemand(6, 16)', () => {
  const t = libCircuit('lib_demand');
  const input = (readings: (number | bigint)[], inWindow: number[]) => ({ readings: readings.map(str), inWindow: inWindow.map(str) });

  it('the peak is the largest window reading; readings outside the window do not count', async () => {
    const w = await t.ok(input([5, 900, 9, 7, 0, 65535], [1, 0, 1, 1, 0, 0]));
    expect(t.out(w, 'peak')).toBe(9n);
    expect(t.out(await t.ok(input([1, 2, 3, 4, 5, 65535], [1, 1, 1, 1, 1, 1])), 'peak')).toBe(65535n);
  });

  it('an empty window or an all-zero window has peak 0', async () => {
    expect(t.out(await t.ok(input([5, 6, 7, 8, 9, 10], [0, 0, 0, 0, 0, 0])), 'peak')).toBe(0n);
    expect(t.out(await t.ok(input([0, 6, 0, 8, 0, 10], [1, 0, 1, 0, 1, 0])), 'peak')).toBe(0n);
  });

  it('an understated peak (below a window reading) violates the constraints', async () => {
    const w = await t.ok(input([5, 900, 9, 7, 0, 3], [1, 0, 1, 1, 0, 0]));
    // 7 is a window reading, so "peak is one of them" still holds; only the range check refuses it
    expect(t.c.violated(t.cheat(w, { peak: 7n })).length).toBeGreaterThan(0);
    expect(t.c.violated(t.cheat(w, { peak: 0n })).length).toBeGreaterThan(0);
  });

  it('an overstated peak (equal to no window reading) violates the constraints', async () => {
    const w = await t.ok(input([5, 900, 9, 7, 0, 3], [1, 0, 1, 1, 0, 0]));
    expect(t.c.violated(t.cheat(w, { peak: 10n })).length).toBeGreaterThan(0);
    // equal to a reading outside the window does not make it one of them
    expect(t.c.violated(t.cheat(w, { peak: 900n })).length).toBeGreaterThan(0);
  });

  it('a reading of 2^16 or more has no witness, even outside the window', async () => {
    await t.rejected(input([5, 65536, 9, 7, 0, 3], [1, 0, 1, 1, 0, 0]));
    await t.rejected(input([5, FIELD_P - 1n, 9, 7, 0, 3], [1, 0, 1, 1, 0, 0]));
  });
});
