// Yearly blocks with the year-to-date (YTD) commitment (spec §4, §6, §7): honest bills agree with
// the engine and with arithmetic written here; malicious witnesses (a stale or forged old
// commitment, an understated YTD, a new commitment that is not YTD + E, a fresh start with a
// non-zero YTD, another tariff year) violate the R1CS, not only our witness generator.
import { beforeAll, describe, expect, it } from 'vitest';
import { computeBill, tariffYearOf, unpackAmounts, ytdCommitment, type YearToDateOpening } from '../../core/src/bill/index.js';
import { signPeriod, type SignedPeriod } from '../../core/src/meter/sign.js';
import { createTariff, encodeTariff, tariffCommitment, type Tariff } from '../../core/src/tariff/index.js';
import { buildBillInput, expectedPublicSignals } from '../../prover/src/bill-input.js';
import { loadCircuit, tamper, type CircuitUnderTest } from './harness.js';
import { DOMAIN, dayProfile, METER_KEY, midnight, ONE_DAY } from './cases.js';

const SHAPE = { name: 'bill_1d_30m_yearly', intervalsPerDay: 48, maxDays: 1 } as const;
const TZ = 8 * 3600;
const METER = 4242n;

/** A Chinese-style yearly block tariff: 2,760 kWh a year at base, to 4,800 kWh +50, the rest +300. */
function yearlyTariff(overrides: Record<string, unknown> = {}): Tariff {
  return createTariff({
    name: 'yearly blocks',
    slotsPerDay: 48,
    tzOffsetSeconds: TZ,
    bandPrices: [307_000n, 583_000n],
    bandNames: ['valley', 'peak'],
    workBands: [
      { from: '00:00', to: '08:00', band: 0 },
      { from: '08:00', to: '24:00', band: 1 },
    ],
    tierBasis: 'year',
    yearStart: '2026-01-01',
    tiers: [{ upToWhPerYear: 2_760_000, price: 0n }, { upToWhPerYear: 4_800_000, price: 50_000n }, { price: 300_000n }],
    taxBps: 1300,
    salt: 424242n,
    ...overrides,
  });
}

type Input = Record<string, string | string[]>;

interface YearlyCase {
  tariff: Tariff;
  signed: SignedPeriod;
  input: Input;
  expected: string[];
}

async function signedDay(isoDate: string, scale = 1): Promise<SignedPeriod> {
  const { imports } = dayProfile(48, 1, scale);
  return signPeriod(METER_KEY, { meterId: METER, periodStart: midnight(isoDate, TZ), intervalSeconds: 1800, imports, exports: imports.map(() => 0) });
}

async function yearlyCase(tariff: Tariff, signed: SignedPeriod, opening: YearToDateOpening | undefined, newSalt = 777n): Promise<YearlyCase> {
  const opts = { intervalsPerDay: 48, maxDays: 1, domain: DOMAIN, yearly: true, yearToDate: { opening, newSalt } };
  const [input, expected] = await Promise.all([buildBillInput(tariff, signed, opts), expectedPublicSignals(tariff, signed, opts)]);
  return { tariff, signed, input, expected };
}

const copy = (input: Input): Input => JSON.parse(JSON.stringify(input)) as Input;

describe('bill_1d_30m_yearly: honest yearly bills', () => {
  let c: CircuitUnderTest;
  let tariff: Tariff;
  let day: SignedPeriod;
  beforeAll(async () => {
    c = await loadCircuit(SHAPE.name);
    tariff = yearlyTariff();
    day = await signedDay('2026-03-04', 2);
  });

  async function outputs(yc: YearlyCase): Promise<string[]> {
    const w = await c.witness(yc.input);
    expect(c.violated(w)).toEqual([]);
    return c.publicIndexes.map((i) => String(w[i]));
  }

  it('the first bill of a tariff year: old commitment 0, new commitment opens to E, year = tariff year 0', async () => {
    const yc = await yearlyCase(tariff, day, undefined);
    const out = await outputs(yc);
    expect(out).toEqual(yc.expected);
    expect(out).toHaveLength(8);
    const E = day.imports.reduce((a, r) => a + BigInt(r), 0n);
    const yearStart = Date.parse('2026-01-01T00:00:00Z') / 86_400_000;
    expect(out[5]).toBe('0');
    expect(out[6]).toBe(String(await ytdCommitment({ meterId: METER, yearStartDay: yearStart, wh: E, salt: 777n })));
    expect(out[7]).toBe(String(yearStart));
    expect(out[1]).toBe(String(await tariffCommitment(tariff)));
  });

  it('a carried year to date crossing a block boundary bills each part at its block (arithmetic written here)', async () => {
    const yearStart = Date.parse('2026-01-01T00:00:00Z') / 86_400_000;
    const before = 2_755_000n; // 5 kWh below the first boundary
    const opening = { meterId: METER, yearStartDay: yearStart, wh: before, salt: 99n };
    const yc = await yearlyCase(tariff, day, opening);
    const out = await outputs(yc);
    expect(out).toEqual(yc.expected);
    expect(out[5]).toBe(String(await ytdCommitment(opening)));
    // independent arithmetic: energy at band prices + (E - 5000 Wh) at +50,000 per kWh, tax 13 %
    let energy = 0n;
    day.imports.forEach((r, i) => {
      energy += BigInt(r) * (i < 16 ? 307_000n : 583_000n);
    });
    const E = day.imports.reduce((a, r) => a + BigInt(r), 0n);
    expect(E).toBeGreaterThan(5_000n);
    const subtotal = energy + (E - 5_000n) * 50_000n;
    const charge = (subtotal * 11_300n + 5_000_000n) / 10_000_000n;
    expect(unpackAmounts(BigInt(out[3]!)).charge).toBe(charge);
    // and the same day with no year to date stays in the free first block
    const fresh = await yearlyCase(tariff, day, undefined);
    expect(unpackAmounts(BigInt(fresh.expected[3]!)).charge).toBe((energy * 11_300n + 5_000_000n) / 10_000_000n);
  });

  it('past the last boundary everything is in the top block', async () => {
    const yearStart = Date.parse('2026-01-01T00:00:00Z') / 86_400_000;
    const yc = await yearlyCase(tariff, day, { meterId: METER, yearStartDay: yearStart, wh: 20_000_000n, salt: 5n });
    expect(await outputs(yc)).toEqual(yc.expected);
    const bill = computeBill(tariff, day, { ytdWh: 20_000_000n });
    expect(bill.items.tiers.map((t) => t.wh)).toEqual([0n, 0n, bill.totalImportWh]);
  });

  it('an opening of an earlier tariff year starts the next year fresh (tariff year 1, with its leap-free length)', async () => {
    const next = await signedDay('2027-02-10', 1);
    const yc = await yearlyCase(tariff, next, { meterId: METER, yearStartDay: Date.parse('2026-01-01T00:00:00Z') / 86_400_000, wh: 3_000_000n, salt: 5n });
    const out = await outputs(yc);
    expect(out).toEqual(yc.expected);
    expect(out[5]).toBe('0');
    expect(out[7]).toBe(String(Date.parse('2027-01-01T00:00:00Z') / 86_400_000));
  });

  it('the engine refuses a period that crosses the tariff year boundary, and one outside the tariff years', () => {
    const enc = encodeTariff(tariff);
    const dec31 = Date.parse('2026-12-31T00:00:00Z') / 86_400_000;
    expect(() => tariffYearOf(enc, dec31, 2)).toThrow(/crosses the tariff year boundary/);
    expect(tariffYearOf(enc, dec31, 1).index).toBe(0);
    expect(() => tariffYearOf(enc, Date.parse('2025-12-31T00:00:00Z') / 86_400_000, 1)).toThrow(/outside the tariff's years/);
    // 2028 is a leap year: tariff year 2 has 366 days
    expect(enc.yearLeap).toEqual([0, 0, 1, 0, 0, 0, 1]);
  });

  it('the SDK refuses an opening of another meter or of a later year, and a yearly tariff without an opening', async () => {
    const yearStart = Date.parse('2026-01-01T00:00:00Z') / 86_400_000;
    await expect(yearlyCase(tariff, day, { meterId: 1n, yearStartDay: yearStart, wh: 0n, salt: 1n })).rejects.toThrow(/yearToDate.meterId/);
    await expect(yearlyCase(tariff, day, { meterId: METER, yearStartDay: yearStart + 365, wh: 0n, salt: 1n })).rejects.toThrow(/later tariff year/);
    await expect(buildBillInput(tariff, day, { intervalsPerDay: 48, maxDays: 1, domain: DOMAIN, yearly: true })).rejects.toThrow(/year-to-date/);
    await expect(buildBillInput(tariff, day, { intervalsPerDay: 48, maxDays: 1, domain: DOMAIN, yearly: false })).rejects.toThrow(/no year-to-date component/);
  });
});

describe('bill_1d_30m_yearly rejects malicious witnesses', () => {
  let c: CircuitUnderTest;
  let tariff: Tariff;
  let day: SignedPeriod;
  let honest: YearlyCase;
  let w: bigint[];
  let yearStart: number;
  const opening = (wh: bigint, salt = 99n): YearToDateOpening => ({ meterId: METER, yearStartDay: yearStart, wh, salt });
  const sig = (name: string): number => c.signal(`main.${name}`);

  async function expectRejected(input: Input): Promise<void> {
    await expect(c.witness(input)).rejects.toThrow(/Assert Failed/);
  }
  /**
   * A cheating prover fixes these signals and re-derives the rest from the constraints. The tariff
   * year's one-hot bits (what `yearSlot` became after --O2 substituted it) are pinned to the honest
   * ones unless edited: the harness's solver cannot pick them itself.
   */
  function cheat(edits: Array<[string, bigint]>): bigint[] {
    const fixed = new Map<number, bigint>(c.find(/^main\.ytd\.slot\[[1-6]\]$/).map(([, i]) => [i, w[i]!]));
    for (const [name, v] of edits) fixed.set(sig(name), v);
    return c.solve(w, fixed);
  }
  function expectViolated(edits: Array<[string, bigint]>): void {
    expect(c.violated(cheat(edits)).length).toBeGreaterThan(0);
  }

  beforeAll(async () => {
    c = await loadCircuit(SHAPE.name);
    tariff = yearlyTariff();
    day = await signedDay('2026-03-04', 2);
    yearStart = Date.parse('2026-01-01T00:00:00Z') / 86_400_000;
    honest = await yearlyCase(tariff, day, opening(2_755_000n));
    w = await c.witness(honest.input);
    expect(c.violated(w)).toEqual([]);
  });

  it('the harness detects nothing on the honest witness re-derived (the attacks below are meaningful)', () => {
    expect(c.violated(cheat([]))).toEqual([]);
    // and the solver does see a lone change: a new salt under the old public ytdNew
    expect(
      c.violated(
        cheat([
          ['ytdSaltNew[0]', 1234n],
          ['ytdNew', w[sig('ytdNew')]!],
        ]),
      ).length,
    ).toBeGreaterThan(0);
  });

  it('an understated year to date under the stored commitment (the block boundary moved)', async () => {
    const input = copy(honest.input);
    (input.ytdWh as string[])[0] = '0';
    await expectRejected(input);
    expectViolated([['ytdWh[0]', 0n]]);
    expectViolated([['ytdWh[0]', 2_000_000n]]);
  });

  it('a stale commitment: the opening of an earlier state of the year, presented against the stored one', async () => {
    // The chain stores honest ytdOld; the cheater proves with the opening of the commitment it had
    // a bill earlier (less YTD). Its own commitment opens, but not to the stored one.
    const stale = opening(1_000_000n, 55n);
    const input = copy(honest.input);
    (input.ytdWh as string[])[0] = String(stale.wh);
    (input.ytdSaltOld as string[])[0] = String(stale.salt);
    await expectRejected(input);
    expectViolated([
      ['ytdWh[0]', stale.wh],
      ['ytdSaltOld[0]', stale.salt],
    ]);
  });

  it('a forged old commitment (any value that is not the opening)', async () => {
    const forged = (await ytdCommitment(opening(2_755_000n))) + 1n;
    const input = copy(honest.input);
    input.ytdOld = String(forged);
    await expectRejected(input);
    expectViolated([['ytdOld', forged]]);
  });

  it('a new commitment that does not open to YTD + E', async () => {
    const E = day.imports.reduce((a, r) => a + BigInt(r), 0n);
    for (const wh of [2_755_000n, 2_755_000n + E - 1n, 0n]) {
      const lie = await ytdCommitment({ meterId: METER, yearStartDay: yearStart, wh, salt: 777n });
      const input = copy(honest.input);
      input.ytdNew = String(lie);
      await expectRejected(input);
      expectViolated([['ytdNew', lie]]);
    }
  });

  it('fresh with a non-zero year to date (a reset mid-year that keeps the YTD out of the blocks)', async () => {
    const input = copy(honest.input);
    (input.ytdFresh as string[])[0] = '1';
    input.ytdOld = '0';
    await expectRejected(input);
    expectViolated([
      ['ytdFresh[0]', 1n],
      ['ytdOld', 0n],
    ]);
    // fresh is a bit
    expectViolated([['ytdFresh[0]', 2n]]);
  });

  it('fresh with YTD 0 but the old commitment kept public (what the contract compares) is no proof either', async () => {
    const input = copy(honest.input);
    (input.ytdFresh as string[])[0] = '1';
    (input.ytdWh as string[])[0] = '0';
    await expectRejected(input);
    expectViolated([
      ['ytdFresh[0]', 1n],
      ['ytdWh[0]', 0n],
    ]);
  });

  it('another tariff year: the next year (fresh) or the previous one, for a period in this one', async () => {
    // --O2 replaced the input yearSlot by its one-hot bits (weighted sum), and bit 0 by 1 minus the
    // others; the cheat sets bits 1..6.
    const oneHot = (k: number): Array<[string, bigint]> => Array.from({ length: 6 }, (_, j) => [`ytd.slot[${j + 1}]`, j + 1 === k ? 1n : 0n]);
    for (const slot of [1, 6]) {
      const input = copy(honest.input);
      (input.yearSlot as string[])[0] = String(slot);
      await expectRejected(input);
      expectViolated(oneHot(slot));
      // claiming that year's start publicly (a later year: a fresh start would be accepted) does
      // not fit the period
      const start = BigInt(yearStart + 365 * slot + (slot > 2 ? 1 : 0));
      expectViolated([...oneHot(slot), ['ytdYear', start]]);
    }
    // two slots at once (bit 0 becomes -1), or a bit that is not a bit
    expectViolated([...oneHot(1), ['ytd.slot[2]', 1n]]);
    expectViolated([...oneHot(0), ['ytd.slot[3]', 2n]]);
  });

  it('tampered tariff years: a moved start or a leap flag that is not a bit', async () => {
    expectViolated([['yearStartDay[0]', BigInt(yearStart - 100)]]);
    expectViolated([['yearLeap[0]', 2n]]);
    expectViolated([['yearLeap[0]', 1n]]);
  });

  it('tierBasis 0 (per-day scaling) in a yearly circuit', async () => {
    const input = copy(honest.input);
    input.tierBasis = '0';
    await expectRejected(input);
    // --O2 turned `tierBasis === 1` into the constant 1 wherever tierBasis was used (the commitment
    // bit included): no witness value is left to cheat with.
    expect(() => sig('tierBasis')).toThrow(/optimized away/);
  });

  it('a wrong public signal: the charge of the bill without the carried YTD', async () => {
    const fresh = await yearlyCase(tariff, day, undefined);
    const amounts = c.publicIndexes[3]!;
    expect(c.violated(tamper(w, [[amounts, BigInt(fresh.expected[3]!)]])).length).toBeGreaterThan(0);
  });
});

describe('a plain circuit cannot bill a yearly tariff', () => {
  it("bill_1d_30m's commitment of the same fields differs (its yearlyBlocks bit is 0)", async () => {
    const c = await loadCircuit(ONE_DAY.name);
    const tariff = yearlyTariff();
    // The same tariff as a per-period one: identical fields but for the yearly ones.
    const { yearStart: _y, tierBasis: _b, ...rest } = tariff;
    const plain = createTariff({
      ...rest,
      tierBasis: 'period',
      tiers: tariff.tiers.map((t) => (t.upToWhPerYear === undefined ? { price: t.price } : { upToWhPerPeriod: t.upToWhPerYear, price: t.price })),
    });
    const day = await signedDay('2026-03-04', 2);
    const input = await buildBillInput(plain, day, { intervalsPerDay: 48, maxDays: 1, domain: DOMAIN });
    const out = await c.witness(input);
    const commitment = out[c.publicIndexes[1]!];
    expect(commitment).toBe(await tariffCommitment(plain));
    expect(commitment).not.toBe(await tariffCommitment(tariff));
    await expect(buildBillInput(tariff, day, { intervalsPerDay: 48, maxDays: 1, domain: DOMAIN, yearly: false })).rejects.toThrow(/no year-to-date component/);
  });
});

// On the zone-and-yearly month, whose clock bills a fixed-offset tariff as bill_31d_60m_yearly does
// (the same template without the clock; the demo and the bench compile it, npm test does not).
describe('bill_31d_60m_zone_yearly, fixed offset: a period lies in one tariff year', () => {
  const hourly = (overrides: Record<string, unknown> = {}) =>
    yearlyTariff({ slotsPerDay: 24, workBands: [{ from: '00:00', to: '24:00', band: 0 }], bandPrices: [307_000n], bandNames: ['flat'], ...overrides });
  async function signedDays(isoDate: string, days: number): Promise<SignedPeriod> {
    const { imports } = dayProfile(24, days, 1);
    return signPeriod(METER_KEY, { meterId: METER, periodStart: midnight(isoDate, TZ), intervalSeconds: 3600, imports, exports: imports.map(() => 0) });
  }
  const opts = (opening: YearToDateOpening | undefined) => ({
    intervalsPerDay: 24,
    maxDays: 31,
    domain: DOMAIN,
    yearly: true,
    zone: true,
    yearToDate: { opening, newSalt: 5n },
  });

  it('a month inside the year is billed on top of its year to date; the circuit agrees with the engine', async () => {
    const c = await loadCircuit('bill_31d_60m_zone_yearly');
    const tariff = hourly();
    const march = await signedDays('2026-03-01', 31);
    const opening = { meterId: METER, yearStartDay: Date.parse('2026-01-01T00:00:00Z') / 86_400_000, wh: 2_700_000n, salt: 8n };
    const [input, expected] = await Promise.all([buildBillInput(tariff, march, opts(opening)), expectedPublicSignals(tariff, march, opts(opening))]);
    const w = await c.witness(input);
    expect(c.violated(w)).toEqual([]);
    expect(c.publicIndexes.map((i) => String(w[i]))).toEqual(expected);
    const bill = computeBill(tariff, march, { ytdWh: 2_700_000n });
    expect(bill.items.tiers[0]!.wh).toBe(60_000n);
    expect(bill.items.tiers[1]!.wh).toBe(bill.totalImportWh - 60_000n);
  });

  it('a period across the boundary has no witness in either tariff year (and the SDK says to split it)', async () => {
    const c = await loadCircuit('bill_31d_60m_zone_yearly');
    const tariff = hourly();
    const newYear = await signedDays('2026-12-30', 5); // Dec 30 .. Jan 3
    await expect(buildBillInput(tariff, newYear, opts(undefined))).rejects.toThrow(/crosses the tariff year boundary/);
    // Force it: the input of the same days with the boundary moved out of the way (a tariff whose
    // year starts on 2026-01-05) proves nothing for the real tariff, whose commitment differs; with the
    // real tariff's fields, neither year 0 nor year 1 holds the period.
    const moved = hourly({ yearStart: '2026-01-05' });
    const input = await buildBillInput(moved, newYear, opts(undefined));
    const real = encodeTariff(tariff);
    const forced = { ...input, yearStartDay: [String(real.yearStartDay)], yearLeap: real.yearLeap.map(String) };
    const E = newYear.imports.reduce((a, r) => a + BigInt(r), 0n);
    for (const slot of [0, 1]) {
      // everything public consistent with that year: only the period-in-year check can fail
      const ys = real.yearStartDay + 365 * slot;
      const ytdNew = await ytdCommitment({ meterId: METER, yearStartDay: ys, wh: E, salt: 5n });
      await expect(c.witness({ ...forced, yearSlot: [String(slot)], ytdYear: String(ys), ytdNew: String(ytdNew) })).rejects.toThrow(/Assert Failed/);
    }
    // and the same forced input for a period inside year 0 passes: the failure above is the boundary
    const inside = await signedDays('2026-12-20', 5);
    const ok = await buildBillInput(moved, inside, opts(undefined));
    const E2 = inside.imports.reduce((a, r) => a + BigInt(r), 0n);
    const ytdNew0 = await ytdCommitment({ meterId: METER, yearStartDay: real.yearStartDay, wh: E2, salt: 5n });
    const w = await c.witness({
      ...ok,
      yearStartDay: [String(real.yearStartDay)],
      yearLeap: real.yearLeap.map(String),
      yearSlot: ['0'],
      ytdYear: String(real.yearStartDay),
      ytdNew: String(ytdNew0),
    });
    expect(c.violated(w)).toEqual([]);
  });
});
