// Spec §5a: local clocks with daylight saving. Honest change days bill by their local slots; a
// cheating prover cannot move the change, invent one the tariff did not commit to, shift the
// slots by an hour, bill a change day as 24 hours, or hide a committed change inside a period.
// Each attack is checked at the constraint level (the honest witness edited as a cheater would,
// everything downstream re-derived from the R1CS) and, where an input can express it, through
// the witness calculator.
import { beforeAll, describe, expect, it } from 'vitest';
import { computeBill } from '../../core/src/bill/index.js';
import { signPeriod } from '../../core/src/meter/sign.js';
import { createTariff, parseTariff } from '../../core/src/tariff/index.js';
import { buildBillInput } from '../../prover/src/bill-input.js';
import { loadCircuit, type CircuitUnderTest } from './harness.js';
import { billCase, DOMAIN, fullTariff, METER_KEY, MONTH_HOURLY_ZONE, ONE_DAY_ZONE, type BillCase, zonePeriod, zoneTariff } from './cases.js';

type Input = Record<string, string | string[]>;

const profile = (n: number): { imports: number[]; exports: number[] } => ({
  imports: Array.from({ length: n }, (_, i) => 100 + ((i * 37) % 250)),
  exports: Array.from({ length: n }, (_, i) => (i % 48 >= 18 && i % 48 < 32 ? 40 + (i % 7) : 0)),
});

describe('bill_1d_30m_zone on the change days of Europe/London (spec §5a)', () => {
  let c: CircuitUnderTest;
  const london = zoneTariff(48, 'Europe/London');
  let spring: BillCase;
  let autumn: BillCase;
  let ordinary: BillCase;
  let ws: bigint[];
  let wa: bigint[];
  let wo: bigint[];
  const sig = (name: string) => c.signal(`main.${name}`);

  async function zoneCase(iso: string): Promise<BillCase> {
    const { start, intervals } = zonePeriod(london, iso, 1);
    return billCase(ONE_DAY_ZONE, london, { start, ...profile(intervals) });
  }
  /**
   * The cheater's witness: `edits` fixed, the rest re-derived from the R1CS. The hints the harness's
   * solver cannot pick itself stay the honest ones unless edited (the change's one-hot interval, its
   * kind, the local day's rest bit): re-derived without them the honest witness itself violates
   * constraints, and every attack would "fail" for that (checked below, before the attacks).
   */
  function cheat(w: bigint[], edits: Array<[string, bigint]>): bigint[] {
    const fixed = new Map<number, bigint>(c.find(/^main\.(clock\.(qkBits\[\d+\]|spring|fall)|local\.isRestDk)$/).map(([, i]) => [i, w[i]!]));
    for (const [n, v] of edits) fixed.set(sig(n), v);
    return c.solve(w, fixed);
  }
  /**
   * The claim "spring = v": the bit itself where --O2 keeps it as a signal; where --O2 substitutes
   * it (and `fall`) away, the interval count the claim implies (`n = dayCount * I - 2 (spring -
   * fall)`, bits 104.. of the public `period`), from which the re-solver derives the rest.
   */
  function claimSpring(w: bigint[], v: bigint, impliedCount: number): Array<[string, bigint]> {
    try {
      sig('clock.spring');
      return [['clock.spring', v]];
    } catch {
      const p = w[sig('period')]!;
      const old = (p >> 104n) & 0xffffn;
      return [['period', p + (BigInt(impliedCount) - old) * (1n << 104n)]];
    }
  }
  /** A cheater fixes `edits` and re-derives the rest; the R1CS must reject the result. */
  function expectViolated(w: bigint[], edits: Array<[string, bigint]>): void {
    const bad = cheat(w, edits);
    expect(c.violated(bad).length).toBeGreaterThan(0);
  }

  beforeAll(async () => {
    c = await loadCircuit(ONE_DAY_ZONE.name);
    [spring, autumn, ordinary] = await Promise.all([zoneCase('2026-03-29'), zoneCase('2026-10-25'), zoneCase('2026-03-28')]);
    // one at a time: the witness calculator is not reentrant
    ws = await c.witness(spring.input);
    wa = await c.witness(autumn.input);
    wo = await c.witness(ordinary.input);
    for (const [w, bc] of [
      [ws, spring],
      [wa, autumn],
      [wo, ordinary],
    ] as const) {
      expect(c.violated(w)).toEqual([]);
      expect(c.publicIndexes.map((i) => String(w[i]))).toEqual(bc.expected);
    }
  });

  it('the harness re-derives each honest witness without a violation (the attacks below are meaningful)', () => {
    for (const w of [ws, wa, wo]) expect(c.violated(cheat(w, []))).toEqual([]);
  });

  it('prices the 23- and 25-hour days by local slot: the skipped hour gets nothing, the repeated hour both readings', () => {
    expect(spring.signed.imports).toHaveLength(46);
    expect(autumn.signed.imports).toHaveLength(50);
    expect(spring.bill.transition).toMatchObject({ interval: 2, delta: 2 });
    expect(autumn.bill.transition).toMatchObject({ interval: 4, delta: -2 });
    // independent arithmetic: Sunday is a rest day of the test tariff (00:00-09:00 band 0, then band 1)
    const restPrice = (slot: number) => (slot < 18 ? 180_000n : 260_000n);
    const energy = (bc: BillCase, slotOf: (i: number) => number) => bc.signed.imports.reduce((acc, r, i) => acc + BigInt(r) * restPrice(slotOf(i)), 0n);
    // spring: 01:00 local becomes 02:00; readings from interval 2 on are local slot i + 2
    expect(spring.bill.energyMilli).toBe(energy(spring, (i) => (i < 2 ? i : i + 2)));
    // autumn: 02:00 BST becomes 01:00 GMT; readings from interval 4 on are local slot i - 2
    expect(autumn.bill.energyMilli).toBe(energy(autumn, (i) => (i < 4 ? i : i - 2)));
  });

  it('a transition instant other than the committed one changes the commitment or breaks the constraints', async () => {
    const moved = { ...spring.input, zoneAt: [(BigInt(spring.input.zoneAt![0]!) + 1800n).toString(), ...(spring.input.zoneAt as string[]).slice(1)] };
    // the circuit bills another clock, but its commitment is not the approved tariff's
    const w2 = await c.witness(moved);
    expect(String(w2[c.publicIndexes[1]!])).not.toEqual(spring.expected[1]);
    // keeping the committed outputs with another instant
    expectViolated(ws, [['zoneAt[0]', BigInt((spring.input.zoneAt as string[])[0]!) + 1800n]]);
  });

  it('committed transitions out of order, or an offset outside -14h..+14h (biased above 100800)', async () => {
    // through the witness calculator: every signal computed honestly from the edited tariff, so
    // only the checks on the edited fields can fail
    const at = spring.input.zoneAt as string[];
    const off = spring.input.zoneOffsetBiased as string[];
    const withZone = (zoneAt: string[], zoneOffsetBiased: string[]): Input => ({ ...spring.input, zoneAt, zoneOffsetBiased });
    // control: the autumn change an hour later is another consistent tariff (another commitment)
    const later = await c.witness(withZone([at[0]!, String(BigInt(at[1]!) + 3600n), at[2]!, at[3]!], off));
    expect(c.violated(later)).toEqual([]);
    expect(String(later[c.publicIndexes[1]!])).not.toEqual(spring.expected[1]);
    // the autumn change moved before the spring one: the list is no longer increasing
    await expect(c.witness(withZone([at[0]!, String(BigInt(at[0]!) - 3600n), at[2]!, at[3]!], off))).rejects.toThrow(/Assert Failed/);
    // a used slot after an unused one
    await expect(c.witness(withZone(['0', at[1]!, at[2]!, at[3]!], off))).rejects.toThrow(/Assert Failed/);
    // an offset past the bias range (the commitment's upper range check)
    await expect(c.witness(withZone(at, [off[0]!, '100801', off[2]!, off[3]!]))).rejects.toThrow(/Assert Failed/);
  });

  it('the change placed at another interval than the committed instant', () => {
    // qkBits: one-hot of the change's interval in its day (2 in spring, 4 in autumn)
    const move = (from: number, to: number): Array<[string, bigint]> => [
      [`clock.qkBits[${from}]`, 0n],
      [`clock.qkBits[${to}]`, 1n],
    ];
    expect(ws[sig('clock.qkBits[2]')]).toBe(1n);
    expect(wa[sig('clock.qkBits[4]')]).toBe(1n);
    expectViolated(ws, move(2, 1));
    expectViolated(ws, move(2, 3));
    expectViolated(wa, move(4, 2));
    expectViolated(wa, move(4, 5));
  });

  it('a transition the tariff did not commit to (a fixed-offset tariff billing a 23-hour day)', async () => {
    // a fixed UTC+0 tariff: the same fields without the zone
    const { zone: _z, zoneValidFrom: _f, zoneValidUntil: _u, zoneTransitions: _t, ...fixed } = london;
    const fixedTariff = parseTariff({ ...fixed, tzOffsetSeconds: 0 });
    const honestFixed = await billCase(ONE_DAY_ZONE, fixedTariff, { start: ordinary.signed.periodStart, ...profile(48) });
    const w = await c.witness(honestFixed.input);
    expect(c.violated(w)).toEqual([]);
    // claim a spring change: 46 intervals, slots shifted; nothing committed backs it
    expectViolated(w, claimSpring(w, 1n, 46));
    // the engine refuses a 46-reading day under a fixed clock
    expect(() => computeBill(fixedTariff, spring.signed)).toThrow(/not a whole number of days of 48 intervals/);
  });

  it('slots shifted by an hour: the change ignored (spring and fall bits cleared or swapped)', () => {
    // (when --O2 keeps `spring` as a signal and substitutes `fall`, the autumn attack sets spring)
    expectViolated(ws, claimSpring(ws, 0n, 48));
    expectViolated(wa, claimSpring(wa, 1n, 48));
    expectViolated(wo, claimSpring(wo, 1n, 46));
  });

  it('a change day priced as 24 hours: a meter that signed 48 readings from local midnight gets no proof', async () => {
    const { start } = zonePeriod(london, '2026-03-29', 1);
    const signed = await signPeriod(METER_KEY, { meterId: 4242n, periodStart: start, intervalSeconds: 1800, ...profile(48) });
    // the SDK names the problem
    expect(() => computeBill(london, signed)).toThrow(/crosses Europe\/London's change at 2026-03-29T01:00:00Z/);
    // the circuit: the input a fixed-offset clock would give, under the zone tariff's commitment
    const { zone: _z, zoneValidFrom: _f, zoneValidUntil: _u, zoneTransitions: _t, ...fixed } = london;
    const input: Input = {
      ...(await buildBillInput(parseTariff({ ...fixed, tzOffsetSeconds: 0 }), signed, { intervalsPerDay: 48, maxDays: 1, domain: DOMAIN, zone: true })),
      zoneAt: spring.input.zoneAt!,
      zoneOffsetBiased: spring.input.zoneOffsetBiased!,
    };
    await expect(c.witness(input)).rejects.toThrow(/Assert Failed/);
  });

  it('a period that hides a committed change: 24 hours signed on the change day, the change left out', async () => {
    // honest under a fixed UTC+0 clock: 48 readings from 00:00 on 2026-03-29
    const { zone: _z, zoneValidFrom: _f, zoneValidUntil: _u, zoneTransitions: _t, ...fixedFields } = london;
    const fixedTariff = parseTariff({ ...fixedFields, tzOffsetSeconds: 0 });
    const bc = await billCase(ONE_DAY_ZONE, fixedTariff, { start: spring.signed.periodStart, ...profile(48) });
    const w = await c.witness(bc.input);
    expect(c.violated(w)).toEqual([]);
    // the cheater commits to London's clock (so the tariff commitment is the approved one) but
    // keeps the 48-interval stream and claims no change inside the period. The tariff and clock
    // signals that do not depend on the claim are London's own (from the honest spring witness of
    // the same day); the claim itself: no spring change, change position 0.
    const claim = /^main\.clock\.(spring|qkBits|dkInside|endShifted|hiddenNext|hiddenAfter)/;
    const fixed = new Map<number, bigint>();
    for (const [name, i] of c.find(/^main\.(tariff\.|clock\.|tariffCommitment$|zoneAt|zoneOffsetBiased)/)) {
      if (!claim.test(name)) fixed.set(i, ws[i]!);
    }
    // (the claim "no spring change" is the 48-interval count itself where --O2 substitutes `spring`)
    for (const [n, v] of claimSpring(w, 0n, 48)) fixed.set(sig(n), v);
    for (let q = 0; q < 47; q++) fixed.set(sig(`clock.qkBits[${q}]`), q === 0 ? 1n : 0n);
    // hiddenNext = (1 - hasT) * nextUsed is 1 here; whichever value the cheater writes, a
    // constraint on it fails: its definition (0) or the hidden-change check (1)
    const hidden = sig('clock.hiddenNext');
    const uses = (ci: number) => c.constraints[ci]!.some((lc) => String(hidden) in lc);
    for (const v of [1n, 0n]) {
      const bad = c.solve(w, new Map([...fixed, [hidden, v]]));
      expect(bad[c.publicIndexes[1]!]).toBe(BigInt(spring.expected[1]!));
      expect(c.violated(bad).filter(uses).length).toBeGreaterThan(0);
    }
  });

  it('a demand circuit is not given a change day: the SDK says to split the period', async () => {
    await expect(buildBillInput(london, spring.signed, { intervalsPerDay: 48, maxDays: 1, domain: DOMAIN, demand: true, zone: true })).rejects.toThrow(
      /signedPeriod\.periodStart: holds a daylight-saving change .* bills periods without one/,
    );
  });

  it('fake readings in the autumn element of an ordinary day (past the signed 48) have no witness', async () => {
    // the zone circuit's extra packed element (readings 48..59) must be zero unless the period ends
    // on an autumn change day; since statement v3 it is the only place the zone circuit zeroes exports
    for (const series of ['imports', 'exports'] as const) {
      for (const k of [48, 53, 59]) {
        const padded = [...(ordinary.input[series] as string[])];
        expect(padded[k]).toBe('0');
        padded[k] = '500';
        await expect(c.witness({ ...ordinary.input, [series]: padded }), `${series}[${k}]`).rejects.toThrow(/Assert Failed/);
      }
    }
  });

  it('the day before and after a change bill as ordinary 24-hour days', () => {
    expect(ordinary.bill.transition).toBeUndefined();
    expect(ordinary.signed.imports).toHaveLength(48);
  });
});

describe('bill_31d_60m_zone: a month across a change (spec §5a)', () => {
  let c: CircuitUnderTest;

  it('March and October 2026 in Europe/London, Australia/Sydney and America/Los_Angeles: engine == circuit', async () => {
    c = await loadCircuit(MONTH_HOURLY_ZONE.name);
    for (const [zone, months] of [
      ['Europe/London', ['2026-03-01', '2026-10-01']],
      ['Australia/Sydney', ['2026-04-01', '2026-10-01']],
      ['America/Los_Angeles', ['2026-03-01', '2026-11-01']],
    ] as const) {
      const t = zoneTariff(24, zone);
      for (const first of months) {
        const { start, intervals } = zonePeriod(t, first, first.endsWith('04-01') || first.endsWith('11-01') ? 30 : 31);
        const bc = await billCase(MONTH_HOURLY_ZONE, t, { start, ...profile(intervals) });
        expect(bc.bill.transition).toBeDefined();
        const w = await c.witness(bc.input);
        expect(c.violated(w)).toEqual([]);
        expect(c.publicIndexes.map((i) => String(w[i]))).toEqual(bc.expected);
      }
    }
  });

  it('a fake export or import in the days past a 28-day period (outside the signed digest) has no witness', async () => {
    // February in London: no change; blocks past day 28 are not hashed into the signed digest, so
    // only the per-element zero checks keep them empty (the zone circuit hashes its export series)
    c ??= await loadCircuit(MONTH_HOURLY_ZONE.name);
    const t = zoneTariff(24, 'Europe/London');
    const { start, intervals } = zonePeriod(t, '2026-02-01', 28);
    const bc = await billCase(MONTH_HOURLY_ZONE, t, { start, ...profile(intervals) });
    const w = await c.witness(bc.input);
    expect(c.violated(w)).toEqual([]);
    for (const series of ['exports', 'imports'] as const) {
      for (const k of [28 * 24 + 12, 31 * 24 - 1, 31 * 24 + 5]) {
        const padded = [...(bc.input[series] as string[])];
        expect(padded[k]).toBe('0');
        padded[k] = '500';
        await expect(c.witness({ ...bc.input, [series]: padded }), `${series}[${k}]`).rejects.toThrow(/Assert Failed/);
      }
    }
  });

  it('a period holding two committed changes is refused (bill it in shorter periods)', () => {
    // a tariff clock whose two changes are a week apart (a committed list, no zone name)
    const t = createTariff({
      ...fullTariff(24),
      tzOffsetSeconds: 0,
      zoneTransitions: [
        { at: Date.parse('2026-03-10T02:00:00Z') / 1000, offsetAfter: 3600 },
        { at: Date.parse('2026-03-17T02:00:00Z') / 1000, offsetAfter: 0 },
      ],
    });
    const { start, intervals } = zonePeriod(t, '2026-03-01', 31);
    expect(intervals).toBe(31 * 24);
    expect(() => computeBill(t, { meterId: 1n, periodStart: start, intervalSeconds: 3600, ...profile(intervals) })).toThrow(/crosses/);
  });
});

describe('tariff documents with a zone', () => {
  it('derives the committed transitions from the runtime time-zone data and keeps a fixed tariff unchanged', () => {
    const t = zoneTariff(24, 'America/Los_Angeles');
    expect(t.tzOffsetSeconds).toBe(-8 * 3600);
    expect(t.zoneTransitions).toEqual([
      { at: Date.parse('2026-03-08T10:00:00Z') / 1000, offsetAfter: -7 * 3600 },
      { at: Date.parse('2026-11-01T09:00:00Z') / 1000, offsetAfter: -8 * 3600 },
    ]);
    expect(zoneTariff(24, 'Asia/Shanghai').zoneTransitions).toBeUndefined();
  });

  it('names the field of an unknown zone, a missing window, a tampered transition list', () => {
    expect(() => zoneTariff(24, 'Mars/Olympus_Mons')).toThrow(/tariff\.zone: unknown time zone 'Mars\/Olympus_Mons'/);
    const { tzOffsetSeconds: _tz, ...noClock } = fullTariff(24);
    expect(() => createTariff({ ...noClock, zone: 'Europe/London' })).toThrow(/tariff\.zoneValidFrom: is required with a zone/);
    expect(() => createTariff({ ...noClock })).toThrow(/tariff\.tzOffsetSeconds: is required/);
    const london = zoneTariff(24, 'Europe/London');
    expect(() =>
      parseTariff({ ...london, zoneTransitions: [{ at: london.zoneTransitions![0]!.at + 3600, offsetAfter: 3600 }, london.zoneTransitions![1]!] }),
    ).toThrow(/tariff\.zoneTransitions: differ from this runtime's time-zone data/);
    expect(() => parseTariff({ ...london, tzOffsetSeconds: 3600 })).toThrow(/tariff\.tzOffsetSeconds: is 3600, but Europe\/London is at 0 s/);
  });

  it('refuses clocks it cannot bill: a half-hour change, a change at local midnight, more than 4 changes', () => {
    const base = { ...fullTariff(24), tzOffsetSeconds: 0 };
    expect(() => createTariff({ ...base, zoneTransitions: [{ at: 1774746000, offsetAfter: 1800 }] })).toThrow(/one-hour changes only/);
    expect(() => createTariff({ ...base, zoneTransitions: [{ at: 1774742400, offsetAfter: 3600 }] })).toThrow(/before 01:00 or after 23:00/);
    expect(() =>
      createTariff({ ...base, zone: 'Europe/London', tzOffsetSeconds: undefined, zoneValidFrom: '2026-01-01', zoneValidUntil: '2029-01-01' }),
    ).toThrow(/at most 4/);
  });
});
