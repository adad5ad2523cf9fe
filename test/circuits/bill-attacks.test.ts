// The attacks of the outside circuit audit (issue 17) on the whole bill: what each cheat would
// gain (the reference engine's bill of what the cheater claims) and that the circuit refuses the
// cheater's values at the constraint level. The complete cheating witnesses, which pass once the
// one check that stops them is removed, are built on the templates in lib-edges.test.ts (there
// --O2 keeps every signal a cheat needs); `npm run mutants` runs both files against each mutant. Also: the spec's bounds (tz, D0, meter id, period start,
// readings) pinned, the rest-day lanes of the 31-day circuit, and every instance's public signals.
import { signRaw as signRawWith } from './raw-sign.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { unpackAmounts } from '../../core/src/bill/signals.js';
import { FIELD_P, loadCircuit, type CircuitUnderTest } from './harness.js';
import { billCase, dayProfile, fullTariff, METER_KEY, midnight, MONTH_HOURLY, ONE_DAY, type BillCase, type CircuitShape } from './cases.js';

/** The 15-minute lanes on the template of bill_31d_15m, three days long (npm test does not compile the month). */
const DAYS_15M: CircuitShape = { name: 'bill_3d_15m', intervalsPerDay: 96, maxDays: 3 };
type Input = Record<string, string | string[]>;
const mod = (x: bigint) => ((x % FIELD_P) + FIELD_P) % FIELD_P;

function modInverse(x: bigint): bigint {
  let [a, b, u, v] = [mod(x), FIELD_P, 1n, 0n];
  while (a !== 0n) {
    const k = b / a;
    [a, b] = [b - k * a, a];
    [u, v] = [v - k * u, u];
  }
  return mod(v);
}

/** Signs what a broken or hostile meter might sign, as the honest meter's key. */
async function signRaw(p: { meterId: bigint; periodStart: bigint; intervalSeconds: number }, imports: bigint[], exports: bigint[]) {
  const s = await signRawWith(METER_KEY, p, imports, exports);
  return { R8x: s.R8x.toString(), R8y: s.R8y.toString(), S: s.S.toString() };
}

/** The honest input with the signed fields replaced and re-signed by the meter's key. */
async function resigned(bc: BillCase, changes: { meterId?: bigint; periodStart?: bigint; tzBiased?: bigint; imports?: bigint[] }): Promise<Input> {
  const imports = changes.imports ?? bc.signed.imports.map(BigInt);
  const exports = bc.signed.exports.map(BigInt);
  const meterId = changes.meterId ?? bc.signed.meterId;
  const periodStart = changes.periodStart ?? BigInt(bc.signed.periodStart);
  const sig = await signRaw({ meterId, periodStart, intervalSeconds: bc.signed.intervalSeconds }, imports, exports);
  const padded = [...(bc.input.imports as string[])];
  imports.forEach((v, i) => (padded[i] = v.toString()));
  return {
    ...bc.input,
    ...sig,
    imports: padded,
    meterId: meterId.toString(),
    periodStart: periodStart.toString(),
    ...(changes.tzBiased === undefined ? {} : { tzBiased: changes.tzBiased.toString() }),
  };
}

const chargeOf = (c: CircuitUnderTest, w: readonly bigint[]) => unpackAmounts(String(w[c.signal('main.amounts')]!)).charge;

/** A cheating witness that claims D0's weekday is `weekday` (q solved in the field). */
function shiftWeekday(c: CircuitUnderTest, w: readonly bigint[], d0: bigint, weekday: bigint): bigint[] {
  const fixed = new Map<number, bigint>();
  const q = c.find(/^main\.RestDays_\d+_\d+\.q$/);
  expect(q.length).toBe(1);
  fixed.set(q[0]![1], mod((d0 + 4n - weekday) * modInverse(7n)));
  const bits = c.find(/^main\.RestDays_\d+_\d+\.(weekday|OneHot_\d+_\d+\.bits)\[\d\]$/);
  expect(bits.length).toBeGreaterThan(0);
  for (const [name, idx] of bits) fixed.set(idx, BigInt(/\[(\d)\]$/.exec(name)![1]!) === weekday ? 1n : 0n);
  return c.solve(w, fixed);
}

const dayNumber = (periodStart: number, tz: number) => BigInt(Math.floor((periodStart + tz) / 86400));

describe("bill_1d_30m: the audit's attacks and the spec's bounds", () => {
  let c: CircuitUnderTest;
  beforeAll(async () => {
    c = await loadCircuit(ONE_DAY.name);
  });
  const rejected = async (input: Input) => expect(c.witness(input)).rejects.toThrow(/Assert Failed/);

  it('a Wednesday billed as a Saturday (weekday quotient unchecked): cheaper, refused', async () => {
    const start = midnight('2026-03-04', 3600);
    const bc = await billCase(ONE_DAY, fullTariff(48), { start, ...dayProfile(48, 1, 2) });
    // what the cheater would pay: the bill of a Wednesday under the rest-day schedule
    const claimed = await billCase(ONE_DAY, fullTariff(48, { restDays: ['wednesday'] }), { start, ...dayProfile(48, 1, 2) });
    expect(claimed.bill.charge).toBeLessThan(bc.bill.charge);
    const w = await c.witness(bc.input);
    expect(c.violated(shiftWeekday(c, w, dayNumber(start, 3600), 6n)).length).toBeGreaterThan(0);
  });

  it('a charge one unit lower (remainder >= divisor) is refused', async () => {
    const bc = await billCase(ONE_DAY, fullTariff(48), { start: midnight('2026-03-04', 3600), ...dayProfile(48, 1, 2) });
    const w = await c.witness(bc.input);
    const cheat = c.solve(w, new Map([[c.signal('main.charge'), bc.bill.charge - 1n]]));
    expect(c.violated(cheat).length).toBeGreaterThan(0);
  });

  it('energy moved out of the top tier (tier comparator flipped): cheaper, refused', async () => {
    const imports = Array(48).fill(600); // 28.8 kWh: past the third allowance (25 kWh)
    const bc = await billCase(ONE_DAY, fullTariff(48), { start: midnight('2026-03-04', 3600), imports });
    expect(bc.bill.items.tiers[3]!.wh).toBe(3800n);
    const w = await c.witness(bc.input);
    for (const k of [0, 1, 2]) {
      // below[k] = 1 - the comparator's top bit; --O2 keeps one of the two as a signal
      const below = c.find(new RegExp(`^main\\.TierEnergies_\\d+_\\d+\\.below\\[${k}\\]$`));
      const top = c.find(new RegExp(`^main\\.TierEnergies_\\d+_\\d+\\.LessThan_\\d+_\\d+\\[${k}\\]\\.n2b\\.out\\[32\\]$`));
      expect(below.length + top.length).toBe(1);
      const flip = below.length === 1 ? [below[0]![1], 1n] : [top[0]![1], 0n];
      expect(w[flip[0] as number]).not.toBe(flip[1]);
      expect(c.violated(c.solve(w, new Map([flip as [number, bigint]]))).length).toBeGreaterThan(0);
    }
  });

  it('taxBps = 10001 has no witness, also at the constraint level', async () => {
    const bc = await billCase(ONE_DAY, fullTariff(48, { taxBps: 10000 }), { start: midnight('2026-03-04', 3600), ...dayProfile(48, 1) });
    const w = await c.witness(bc.input);
    expect(c.violated(w)).toEqual([]);
    await rejected({ ...bc.input, taxBps: '10001' });
    expect(c.violated(c.solve(w, new Map([[c.signal('main.taxBps'), 10001n]]))).length).toBeGreaterThan(0);
  });

  it('tz = +50400 passes, +50401 has no witness (spec §1)', async () => {
    const start = midnight('2026-03-04', 50400);
    const bc = await billCase(ONE_DAY, fullTariff(48, { tzOffsetSeconds: 50400 }), { start, ...dayProfile(48, 1) });
    expect(c.violated(await c.witness(bc.input))).toEqual([]);
    // the same local midnight one second earlier in UTC, signed by the meter, tariff at +50401
    await rejected(await resigned(bc, { periodStart: BigInt(start - 1), tzBiased: 100801n }));
  });

  it('D0 = 0 (the period starting 1970-01-01 local) has no witness (spec §5: D0 >= 1)', async () => {
    const bc = await billCase(ONE_DAY, fullTariff(48, { tzOffsetSeconds: 0 }), { start: midnight('1970-01-02', 0), ...dayProfile(48, 1) });
    expect(c.violated(await c.witness(bc.input))).toEqual([]);
    await rejected(await resigned(bc, { periodStart: 0n }));
  });

  it('a meter id >= 2^64 or a period start >= 2^40, even signed by the meter, has no witness', async () => {
    const bc = await billCase(ONE_DAY, fullTariff(48), { start: midnight('2026-03-04', 3600), ...dayProfile(48, 1) });
    await rejected(await resigned(bc, { meterId: (1n << 64n) + 4242n }));
    // the first local midnight at or after 2^40: D0 < 2^24 still holds, only the 40-bit check refuses it
    const d = ((1n << 40n) + 3600n + 86399n) / 86400n;
    await rejected(await resigned(bc, { periodStart: d * 86400n - 3600n }));
  });
});

describe('bill_31d_60m: the weekly mask and the rest-day lanes', () => {
  let c: CircuitUnderTest;
  beforeAll(async () => {
    c = await loadCircuit(MONTH_HOURLY.name);
  });
  const tz = -18000;

  it('December with its weekday shifted: 11 rest days instead of 8, a lower charge, refused', async () => {
    const start = midnight('2026-12-01', tz); // a Tuesday
    const bc = await billCase(MONTH_HOURLY, fullTariff(24, { tzOffsetSeconds: tz }), { start, ...dayProfile(24, 31) });
    expect(bc.bill.restDayFlags.filter(Boolean).length).toBe(8); // the 26th (a holiday) is a Saturday
    // claiming Dec 1 is a Saturday rotates the weekend onto Tuesdays and Wednesdays
    const claimed = await billCase(MONTH_HOURLY, fullTariff(24, { tzOffsetSeconds: tz, restDays: ['tuesday', 'wednesday'] }), { start, ...dayProfile(24, 31) });
    expect(claimed.bill.restDayFlags.filter(Boolean).length).toBe(11);
    const saved = Number(bc.bill.charge - claimed.bill.charge) / Number(bc.bill.charge);
    expect(saved).toBeGreaterThan(0.01);
    const w = await c.witness(bc.input);
    expect(c.violated(shiftWeekday(c, w, dayNumber(start, tz), 6n)).length).toBeGreaterThan(0);
  });

  it('a month of rest days at maximum readings fills every rest-day lane exactly', async () => {
    const max = Array(31 * 24).fill(65535);
    const tariff = fullTariff(24, { tzOffsetSeconds: tz, restDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] });
    const bc = await billCase(MONTH_HOURLY, tariff, { start: midnight('2026-12-01', tz), imports: max, exports: max });
    expect(bc.bill.restDayFlags.every(Boolean)).toBe(true);
    const w = await c.witness(bc.input);
    expect(c.violated(w)).toEqual([]);
    expect(c.publicIndexes.map((i) => String(w[i]))).toEqual(bc.expected);
  });

  it('rest and work days split per slot: moving a reading from a rest day to a work day changes the bill', async () => {
    const start = midnight('2026-12-01', tz);
    const imports = Array(31 * 24).fill(100);
    const a = await billCase(MONTH_HOURLY, fullTariff(24, { tzOffsetSeconds: tz }), { start, imports });
    imports[4 * 24 + 18] += 500; // Saturday 5th, 18:00 (rest-day shoulder)
    const onRest = await billCase(MONTH_HOURLY, fullTariff(24, { tzOffsetSeconds: tz }), { start, imports });
    imports[4 * 24 + 18] -= 500;
    imports[3 * 24 + 18] += 500; // Friday 4th, 18:00 (work-day peak)
    const onWork = await billCase(MONTH_HOURLY, fullTariff(24, { tzOffsetSeconds: tz }), { start, imports });
    for (const bc of [a, onRest, onWork]) {
      const w = await c.witness(bc.input);
      expect(c.violated(w)).toEqual([]);
      expect(c.publicIndexes.map((i) => String(w[i]))).toEqual(bc.expected);
    }
    expect(onWork.bill.charge - a.bill.charge).toBeGreaterThan(onRest.bill.charge - a.bill.charge);
  });

  it('pins the reading bound (spec §1, §8): a signed reading in [2^16, 2^21) is billed as signed, one >= 2^21 carries into the next slot', async () => {
    const start = midnight('2026-12-01', tz);
    const base = dayProfile(24, 31);
    const bc = await billCase(MONTH_HOURLY, fullTariff(24, { tzOffsetSeconds: tz }), { start, ...base });
    // 70000 Wh in one hour: no honest meter signs it, and the 31-day lanes (21 bits) cannot see it
    const big = base.imports.map(BigInt);
    big[40] = 70_000n;
    const w1 = await c.witness(await resigned(bc, { imports: big }));
    expect(c.violated(w1)).toEqual([]);
    expect(chargeOf(c, w1)).toBeGreaterThan(bc.bill.charge);
    // 2^21 + 5 in slot 16 of day 1 packs exactly like 5 there and one more Wh in slot 17
    const carry = base.imports.map(BigInt);
    carry[40] = (1n << 21n) + 5n;
    const w2 = await c.witness(await resigned(bc, { imports: carry }));
    const carried = [...base.imports];
    carried[40] = 5;
    carried[41]! += 1;
    const same = await billCase(MONTH_HOURLY, fullTariff(24, { tzOffsetSeconds: tz }), { start, imports: carried, exports: base.exports });
    expect(c.violated(w2)).toEqual([]);
    expect(String(w2[c.signal('main.amounts')])).toEqual(same.expected[3]);
  });
});

// `npm run mutants` leaves out the 15-minute instance (it mutates the smaller ones)
const EVERY_INSTANCE: Array<[CircuitShape, number]> = [
  [ONE_DAY, 1],
  [MONTH_HOURLY, 3],
  ...(process.env.WATTPROOF_MUTANT ? [] : [[DAYS_15M, 2] as [CircuitShape, number]]),
];

describe.each(EVERY_INSTANCE)('%o: every public signal is bound', (shape, days) => {
  let c: CircuitUnderTest;
  let bc: BillCase;
  let w: bigint[];
  beforeAll(async () => {
    c = await loadCircuit(shape.name);
    bc = await billCase(shape, fullTariff(shape.intervalsPerDay), { start: midnight('2026-03-04', 3600), ...dayProfile(shape.intervalsPerDay, days) });
    w = await c.witness(bc.input);
  });

  it("the honest witness gives the engine's five public signals", () => {
    expect(c.violated(w)).toEqual([]);
    expect(c.publicIndexes).toHaveLength(5);
    expect(c.publicIndexes.map((i) => String(w[i]))).toEqual(bc.expected);
  });

  it.each(['keyHash', 'tariffCommitment', 'period', 'amounts', 'domain'])('%s changed by one violates the constraints', (name) => {
    const i = c.signal(`main.${name}`);
    for (const delta of [1n, -1n]) {
      const bad = [...w];
      bad[i] = mod(w[i]! + delta);
      expect(c.violated(bad).length).toBeGreaterThan(0);
    }
  });

  it('every public signal takes part in a constraint', () => {
    const used = new Set<number>();
    for (const lcs of c.constraints)
      for (const lc of lcs) for (const [idx, coef] of Object.entries(lc)) if (BigInt(coef) % FIELD_P !== 0n) used.add(Number(idx));
    for (const idx of c.publicIndexes) expect(used.has(idx)).toBe(true);
  });
});
