// Daylight saving and yearly blocks together (spec §5a with §4, §6, §7): a Europe/London tariff
// with yearly blocks billed across its clock changes. Honest bills agree with the engine and with
// arithmetic written here; a cheater who forges or reuses a year-to-date opening on a change day,
// restarts the year, or shifts the slots by an hour while the yearly blocks are on gets no
// witness that satisfies the R1CS (each edit re-derived through the constraints by the harness).
import { beforeAll, describe, expect, it } from 'vitest';
import { computeBill, unpackAmounts, ytdCommitment, type YearToDateOpening } from '../../core/src/bill/index.js';
import { signPeriod, type SignedPeriod } from '../../core/src/meter/sign.js';
import type { Tariff } from '../../core/src/tariff/index.js';
import { buildBillInput, expectedPublicSignals } from '../../prover/src/bill-input.js';
import { loadCircuit, type CircuitUnderTest } from './harness.js';
import { DOMAIN, METER_KEY, zonePeriod, zoneTariff } from './cases.js';

const METER = 4242n;
const YEAR_START = Date.parse('2026-01-01T00:00:00Z') / 86_400_000;
/** First block 2,000 kWh a year at the band prices, to 4,000 kWh +50,000 a kWh, the rest +300,000. */
const BLOCK1 = 2_000_000n;

type Input = Record<string, string | string[]>;
const copy = (input: Input): Input => JSON.parse(JSON.stringify(input)) as Input;

function londonYearly(slotsPerDay: 24 | 48): Tariff {
  return zoneTariff(slotsPerDay, 'Europe/London', {
    tierBasis: 'year',
    yearStart: '2026-01-01',
    tiers: [{ upToWhPerYear: Number(BLOCK1), price: 0n }, { upToWhPerYear: 4_000_000, price: 50_000n }, { price: 300_000n }],
  });
}

/** Import only (no export credit), so that the charge below is plain arithmetic. */
const importsOf = (n: number): number[] => Array.from({ length: n }, (_, i) => 150 + ((i * 37) % 250));

async function signedLocalDays(tariff: Tariff, isoDate: string, days: number): Promise<SignedPeriod> {
  const { start, intervals } = zonePeriod(tariff, isoDate, days);
  const imports = importsOf(intervals);
  return signPeriod(METER_KEY, { meterId: METER, periodStart: start, intervalSeconds: 86400 / tariff.slotsPerDay, imports, exports: imports.map(() => 0) });
}

interface Case {
  signed: SignedPeriod;
  input: Input;
  expected: string[];
}

async function zoneYearlyCase(tariff: Tariff, signed: SignedPeriod, maxDays: number, opening: YearToDateOpening | undefined): Promise<Case> {
  const opts = { intervalsPerDay: tariff.slotsPerDay, maxDays, domain: DOMAIN, yearly: true, zone: true, yearToDate: { opening, newSalt: 777n } };
  const [input, expected] = await Promise.all([buildBillInput(tariff, signed, opts), expectedPublicSignals(tariff, signed, opts)]);
  return { signed, input, expected };
}

const opening = (wh: bigint, salt = 99n): YearToDateOpening => ({ meterId: METER, yearStartDay: YEAR_START, wh, salt });

describe('bill_1d_30m_zone_yearly: Europe/London with yearly blocks across the clock changes', () => {
  let c: CircuitUnderTest;
  const tariff = londonYearly(48);
  let autumn: Case;
  let w: bigint[];
  const sig = (name: string): number => c.signal(`main.${name}`);

  /**
   * A cheating prover fixes `edits` and re-derives the rest from the constraints. The hints the
   * harness's solver cannot pick itself stay the honest ones unless edited: the tariff year's one-hot
   * bits (what --O2 made of `yearSlot`), the change's one-hot interval (`clock.qkBits`), its kind
   * (`clock.spring`, `clock.fall`) and the rest-day bit of the local day. Without them the solver's
   * guess violates constraints on the honest witness, and every attack below would "fail" for that.
   */
  function cheat(edits: Array<[string, bigint]>): bigint[] {
    const pinned = /^main\.(ytd\.slot\[[1-6]\]|clock\.(qkBits\[\d+\]|spring|fall)|local\.isRestDk)$/;
    const fixed = new Map<number, bigint>(c.find(pinned).map(([, i]) => [i, w[i]!]));
    for (const [name, v] of edits) fixed.set(sig(name), v);
    return c.solve(w, fixed);
  }
  const expectViolated = (edits: Array<[string, bigint]>): void => {
    expect(c.violated(cheat(edits)).length).toBeGreaterThan(0);
  };
  const expectRejected = async (input: Input): Promise<void> => {
    await expect(c.witness(input)).rejects.toThrow(/Assert Failed/);
  };

  beforeAll(async () => {
    c = await loadCircuit('bill_1d_30m_zone_yearly');
    // 25 October 2026, the 25-hour day, 3 kWh below the first block's end
    autumn = await zoneYearlyCase(tariff, await signedLocalDays(tariff, '2026-10-25', 1), 1, opening(BLOCK1 - 3_000n));
    w = await c.witness(autumn.input);
    expect(c.violated(w)).toEqual([]);
  });

  it('the 25-hour day crossing a block: circuit == engine == arithmetic written here', async () => {
    expect(autumn.signed.imports).toHaveLength(50);
    expect(c.publicIndexes.map((i) => String(w[i]))).toEqual(autumn.expected);
    expect(autumn.expected).toHaveLength(8);
    const bill = computeBill(tariff, autumn.signed, { ytdWh: BLOCK1 - 3_000n });
    expect(bill.transition).toMatchObject({ interval: 4, delta: -2 });
    // Sunday, a rest day: 00:00-09:00 local at 180,000, then 260,000; after the 4th half-hour the
    // wall clock is an hour back (02:00 BST -> 01:00 GMT), so reading i is local slot i - 2
    const E = autumn.signed.imports.reduce((a, r) => a + BigInt(r), 0n);
    const energy = autumn.signed.imports.reduce((a, r, i) => a + BigInt(r) * ((i < 4 ? i : i - 2) < 18 ? 180_000n : 260_000n), 0n);
    expect(bill.items.tiers.map((t) => t.wh)).toEqual([3_000n, E - 3_000n, 0n]);
    const subtotal = energy + (E - 3_000n) * 50_000n + 410_000n * 1000n;
    const charge = (subtotal * 11_900n + 5_000_000n) / 10_000_000n; // 19 % tax, spec §6 rounding
    expect(bill.charge).toBe(charge);
    expect(unpackAmounts(BigInt(autumn.expected[3]!)).charge).toBe(charge);
    // the commitments: the opening consumed, YTD + E left (the whole 25-hour day counts)
    expect(autumn.expected[5]).toBe(String(await ytdCommitment(opening(BLOCK1 - 3_000n))));
    expect(autumn.expected[6]).toBe(String(await ytdCommitment({ meterId: METER, yearStartDay: YEAR_START, wh: BLOCK1 - 3_000n + E, salt: 777n })));
    expect(autumn.expected[7]).toBe(String(YEAR_START));
  });

  it('the 23-hour day as the first bill of the year, and an ordinary day deep in the top block', async () => {
    const spring = await zoneYearlyCase(tariff, await signedLocalDays(tariff, '2026-03-29', 1), 1, undefined);
    expect(spring.signed.imports).toHaveLength(46);
    const ws = await c.witness(spring.input);
    expect(c.violated(ws)).toEqual([]);
    expect(c.publicIndexes.map((i) => String(ws[i]))).toEqual(spring.expected);
    expect(spring.expected[5]).toBe('0');
    const top = await zoneYearlyCase(tariff, await signedLocalDays(tariff, '2026-07-01', 1), 1, opening(9_000_000n));
    const wt = await c.witness(top.input);
    expect(c.publicIndexes.map((i) => String(wt[i]))).toEqual(top.expected);
    const bill = computeBill(tariff, top.signed, { ytdWh: 9_000_000n });
    expect(bill.items.tiers.map((t) => t.wh)).toEqual([0n, 0n, bill.totalImportWh]);
  });

  it('the harness sees nothing on the honest witness re-derived (the attacks below are meaningful)', () => {
    expect(c.violated(cheat([]))).toEqual([]);
  });

  it('a stale opening on the change day (the year to date of a bill earlier) against the stored commitment', async () => {
    const stale = opening(1_000_000n, 55n);
    const input = copy(autumn.input);
    (input.ytdWh as string[])[0] = String(stale.wh);
    (input.ytdSaltOld as string[])[0] = String(stale.salt);
    await expectRejected(input);
    expectViolated([
      ['ytdWh[0]', stale.wh],
      ['ytdSaltOld[0]', stale.salt],
    ]);
  });

  it('a forged opening: an understated year to date, or an old commitment that is not the opening', async () => {
    const input = copy(autumn.input);
    (input.ytdWh as string[])[0] = '0';
    await expectRejected(input);
    expectViolated([['ytdWh[0]', 0n]]);
    const forged = (await ytdCommitment(opening(BLOCK1 - 3_000n))) + 1n;
    const input2 = copy(autumn.input);
    input2.ytdOld = String(forged);
    await expectRejected(input2);
    expectViolated([['ytdOld', forged]]);
  });

  it('a reset mid-year on the change day (fresh with the stored commitment dropped)', async () => {
    const input = copy(autumn.input);
    (input.ytdFresh as string[])[0] = '1';
    input.ytdOld = '0';
    await expectRejected(input);
    expectViolated([
      ['ytdFresh[0]', 1n],
      ['ytdOld', 0n],
    ]);
  });

  it('a fresh flag that is not a bit: the stored commitment opened to a year to date of 0 (found by the mutant tool)', async () => {
    // Without `fresh * (fresh - 1) === 0`, ytdWh = 0 passes `fresh * ytdWh === 0` for any fresh, and
    // oldCommitment = (1 - fresh) * Y(meterId, Ys, 0, salt) equals the stored commitment Y* for
    // fresh = 1 - Y* / Y(...): the year to date would restart at 0 mid-year under the chain's own
    // commitment. Only the bit check stands in the way: it is the one constraint this witness violates.
    const P = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
    const pow = (b: bigint, e: bigint): bigint => {
      let r = 1n;
      for (let x = b % P, k = e; k > 0n; k >>= 1n, x = (x * x) % P) if (k & 1n) r = (r * x) % P;
      return r;
    };
    const stored = BigInt(autumn.expected[5]!);
    const zeroOpening = await ytdCommitment({ meterId: METER, yearStartDay: YEAR_START, wh: 0n, salt: 99n });
    const fresh = (((1n - ((stored * pow(zeroOpening, P - 2n)) % P)) % P) + P) % P;
    // through the witness calculator: every other signal computed from these inputs, the public
    // ytdOld the stored one and ytdNew what the circuit derives from a year to date of 0
    const E = autumn.signed.imports.reduce((a, r) => a + BigInt(r), 0n);
    const input = copy(autumn.input);
    (input.ytdFresh as string[])[0] = String(fresh);
    (input.ytdWh as string[])[0] = '0';
    (input.ytdSaltOld as string[])[0] = '99';
    input.ytdOld = String(stored);
    input.ytdNew = String(await ytdCommitment({ meterId: METER, yearStartDay: YEAR_START, wh: E, salt: 777n }));
    await expectRejected(input);
    // at the constraint level: the bit check is among what the re-derived witness violates
    const idx = sig('ytdFresh[0]');
    // fresh * (fresh - 1) === 0: A and B over {1, fresh} only, C empty
    const over = (lc: Record<string, string>) => Object.keys(lc).includes(String(idx)) && Object.keys(lc).every((k) => k === '0' || k === String(idx));
    const bitCheck = c.constraints.findIndex(([a, b, k]) => over(a) && over(b) && Object.keys(k).length === 0);
    expect(bitCheck).toBeGreaterThanOrEqual(0);
    const bad = cheat([
      ['ytdFresh[0]', fresh],
      ['ytdWh[0]', 0n],
      ['ytdOld', stored],
    ]);
    expect(c.violated(bad)).toContain(bitCheck);
  });

  it('a new commitment that leaves out the repeated hour (YTD + E minus the 25th hour)', async () => {
    const E = autumn.signed.imports.reduce((a, r) => a + BigInt(r), 0n);
    const repeated = BigInt(autumn.signed.imports[2]! + autumn.signed.imports[3]!);
    const lie = await ytdCommitment({ meterId: METER, yearStartDay: YEAR_START, wh: BLOCK1 - 3_000n + E - repeated, salt: 777n });
    const input = copy(autumn.input);
    input.ytdNew = String(lie);
    await expectRejected(input);
    expectViolated([['ytdNew', lie]]);
  });

  it('the slots shifted by an hour with the yearly blocks on: the change moved to another interval', () => {
    // qkBits: one-hot of the change's interval in its day (4 on 25 October)
    expect(w[sig('clock.qkBits[4]')]).toBe(1n);
    for (const to of [2, 6]) {
      expectViolated([
        ['clock.qkBits[4]', 0n],
        [`clock.qkBits[${to}]`, 1n],
      ]);
    }
  });

  it('a transition instant an hour off the committed one', async () => {
    const at = autumn.input.zoneAt as string[];
    const moved = { ...autumn.input, zoneAt: [at[0]!, String(BigInt(at[1]!) + 3600n), ...at.slice(2)] };
    // an honest witness of another clock: its tariff commitment is not the approved one
    const w2 = await c.witness(moved);
    expect(String(w2[c.publicIndexes[1]!])).not.toBe(autumn.expected[1]);
    // keeping the approved commitment with the moved instant
    expectViolated([['zoneAt[1]', BigInt(at[1]!) + 3600n]]);
  });
});

describe('bill_31d_60m_zone_yearly: a London October with its 25-hour day on top of a year to date', () => {
  it('the circuit agrees with the engine (witness-only build)', async () => {
    const c = await loadCircuit('bill_31d_60m_zone_yearly');
    const tariff = londonYearly(24);
    const october = await signedLocalDays(tariff, '2026-10-01', 31);
    expect(october.imports).toHaveLength(31 * 24 + 1);
    const from = opening(BLOCK1 - 50_000n);
    const yc = await zoneYearlyCase(tariff, october, 31, from);
    const w = await c.witness(yc.input);
    expect(c.violated(w)).toEqual([]);
    expect(c.publicIndexes.map((i) => String(w[i]))).toEqual(yc.expected);
    const bill = computeBill(tariff, october, { ytdWh: from.wh });
    expect(bill.items.tiers[0]!.wh).toBe(50_000n);
    expect(unpackAmounts(BigInt(yc.expected[3]!)).charge).toBe(bill.charge);
  });
});
