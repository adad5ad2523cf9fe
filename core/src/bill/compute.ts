/**
 * The reference bill engine: spec §5 and §6 in plain integer TypeScript. The circuit computes
 * the same `charge` and `credit`; `test/spec-agreement/` checks it.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { parseMeterPeriod, type MeterPeriod } from '../meter/period.js';
import { DAY_SECONDS, weekdayOfDay } from '../tariff/calendar.js';
import { DAY_LIMIT } from '../tariff/constants.js';
import { encodeTariff, tariffYears, type EncodedTariff, type TariffYear } from '../tariff/encode.js';
import { parseTariff, type Tariff } from '../tariff/schema.js';
import { localSlotOf, offsetInForce, type PeriodClock, ZONE_STEP_SECONDS } from '../tariff/zone.js';

/** Most days one bill may cover (`MAXD <= 31`, spec §2). */
export const MAX_BILL_DAYS = 31;

/** One priced line: energy (Wh), exact value in milli-units, and that value rounded half up to units. */
export interface BandItem {
  band: number;
  name: string;
  /** Price per kWh. */
  price: bigint;
  wh: bigint;
  milli: bigint;
  /** `round(milli / 1000)`, display only. */
  amount: bigint;
}

/** One tier of the block component. */
export interface TierItem {
  /** 0-based tier index. */
  tier: number;
  /**
   * Tier covers `[fromWh, toWh)` of the period's total import (`toWh` undefined = unlimited); with
   * yearly blocks, of the tariff year's cumulative import.
   */
  fromWh: bigint;
  toWh?: bigint;
  price: bigint;
  wh: bigint;
  milli: bigint;
  amount: bigint;
}

/** The standing charge line. */
export interface StandingItem {
  days: bigint;
  perDay: bigint;
  milli: bigint;
  amount: bigint;
}

/** The demand charge line (spec v2 §6). */
export interface DemandItem {
  /** Highest import of one interval inside the window, Wh. */
  peakWh: bigint;
  /** That interval's average power, W: `peakWh * 3600 / S = peakWh * I / 24`. */
  peakW: bigint;
  /** Interval index of the (first) peak, or -1 when the window saw no import. */
  atInterval: number;
  pricePerKw: bigint;
  milli: bigint;
  amount: bigint;
}

/**
 * A computed bill. `charge` and `credit` are authoritative (they are what a proof attests);
 * everything else is the itemized breakdown for display.
 */
export interface Bill {
  /** Amount charged, token smallest units (tax included, rounded once). */
  charge: bigint;
  /** Export credit, token smallest units. */
  credit: bigint;
  dayCount: number;
  /** Local day number of the first day (`D0`). */
  firstDay: number;
  /** Offset from UTC in force at the period's start, seconds (spec §5a). */
  offsetStartSeconds: number;
  /** The zone's change inside the period, if any: its interval index and shift in intervals. */
  transition?: PeriodClock['transition'];
  /** Per day of the period: true if a rest day (weekly rest day or holiday). */
  restDayFlags: boolean[];
  totalImportWh: bigint;
  totalExportWh: bigint;
  /**
   * Yearly blocks only: the tariff year holding the period, and the year-to-date import before and
   * after it (`afterWh = beforeWh + totalImportWh`, what the next bill of the year starts from).
   */
  yearToDate?: { year: TariffYear; beforeWh: bigint; afterWh: bigint };
  items: {
    /** Import energy per band of the tariff. */
    energy: BandItem[];
    /** The tariff's tiers. */
    tiers: TierItem[];
    standing: StandingItem;
    /** The demand charge, when the tariff has one. */
    demand?: DemandItem;
    /** Export per export band of the tariff. */
    exports: BandItem[];
  };
  energyMilli: bigint;
  tiersMilli: bigint;
  standingMilli: bigint;
  /** `pricePerKw * peakW` (0 without a demand charge), milli-units. */
  demandMilli: bigint;
  /** `energy + tiers + standing + demand`, milli-units, before tax. */
  subtotalMilli: bigint;
  /** `round(subtotal / 1000)`: the charge before tax (display). */
  net: bigint;
  /** `charge - net` (display). */
  tax: bigint;
  taxBps: number;
  /** Export value before rounding, milli-units. */
  exportMilli: bigint;
}

/** Rounds a non-negative milli-unit amount half up to whole units. */
export function roundMilli(milli: bigint): bigint {
  return (milli + 500n) / 1000n;
}

/** Spec §6 charge: `floor((subtotal * (10000 + taxBps) + 5_000_000) / 10_000_000)`. */
export function chargeOf(subtotalMilli: bigint, taxBps: number | bigint): bigint {
  return (subtotalMilli * (10000n + BigInt(taxBps)) + 5_000_000n) / 10_000_000n;
}

function zoneLabel(tariff: Pick<Tariff, 'zone'>, tz: number): string {
  if (tariff.zone !== undefined) return tariff.zone;
  return `UTC${tz < 0 ? '-' : '+'}${String(Math.floor(Math.abs(tz) / 3600)).padStart(2, '0')}:${String(Math.floor((Math.abs(tz) % 3600) / 60)).padStart(2, '0')}`;
}

const isoInstant = (t: number): string => new Date(t * 1000).toISOString().replace('.000Z', 'Z');

/**
 * Checks that a period can be billed under a tariff (spec §2, §5, §5a) and returns its local
 * clock: day count, first local day, the offset in force at its start and, when the period holds
 * one of the tariff's committed transitions, where it falls.
 * @param root - Field prefix for errors (`period`, `signedPeriod`, ...).
 * @throws ValidationError naming the field: wrong interval length for the tariff, a start that is
 *   not local midnight, a day number out of range, a partial local day (counting the 23 or 25
 *   hours of a change day), a period holding two transitions, or more than 31 days.
 */
export function periodLayout(
  tariff: Pick<Tariff, 'slotsPerDay' | 'tzOffsetSeconds'> & Partial<Pick<Tariff, 'zone' | 'zoneTransitions'>>,
  period: MeterPeriod,
  root = 'period',
): PeriodClock {
  const I = tariff.slotsPerDay;
  const S = DAY_SECONDS / I;
  if (period.intervalSeconds !== S) {
    throw new ValidationError(`${root}.intervalSeconds`, `is ${period.intervalSeconds} s, but the tariff has ${I} slots per day, so intervals must be ${S} s`);
  }
  const transitions = tariff.zoneTransitions ?? [];
  const start = period.periodStart;
  const offsetStart = offsetInForce(tariff.tzOffsetSeconds, transitions, start);
  const local = start + offsetStart;
  if (local % DAY_SECONDS !== 0) {
    throw new ValidationError(
      `${root}.periodStart`,
      // (the offset then only matters, and is only named, on a clock with transitions)
      `${start} is not local midnight in the tariff's time zone (${zoneLabel(tariff, offsetStart)}${transitions.length > 0 ? `, offset ${offsetStart} s then` : ''})`,
    );
  }
  const firstDay = local / DAY_SECONDS;
  if (firstDay < 1 || firstDay >= DAY_LIMIT) throw new ValidationError(`${root}.periodStart`, 'local day number must be in 1..2^24-1');
  const n = period.imports.length;
  const nextIndex = transitions.findIndex((x) => x.at > start);
  const next = nextIndex >= 0 ? transitions[nextIndex] : undefined;
  const after = nextIndex >= 0 ? transitions[nextIndex + 1] : undefined;
  const checkDays = (dayCount: number): void => {
    if (dayCount < 1 || dayCount > MAX_BILL_DAYS) {
      throw new ValidationError(`${root}.imports`, `covers ${dayCount} days; a bill covers 1..${MAX_BILL_DAYS} days`);
    }
  };
  if (n % I === 0) {
    // no transition: whole days of I intervals, and no committed transition before the end
    const dayCount = n / I;
    checkDays(dayCount);
    if (next !== undefined && next.at < start + dayCount * DAY_SECONDS) {
      const delta = (next.offsetAfter - offsetStart) / S;
      throw new ValidationError(
        `${root}.imports`,
        `has ${n} readings, but the period crosses ${zoneLabel(tariff, offsetStart)}'s change at ${isoInstant(next.at)} (offset ${offsetStart} -> ${next.offsetAfter} s), so its local days hold ${dayCount * I - delta} intervals`,
      );
    }
    return { dayCount, firstDay, offsetStart };
  }
  if (next === undefined || Math.abs(next.offsetAfter - offsetStart) !== ZONE_STEP_SECONDS) {
    throw new ValidationError(`${root}.imports`, `has ${n} readings, not a whole number of ${transitions.length > 0 ? 'local ' : ''}days of ${I} intervals`);
  }
  const delta = (next.offsetAfter - offsetStart) / S;
  if ((n + delta) % I !== 0) {
    throw new ValidationError(`${root}.imports`, `has ${n} readings, not a whole number of local days (${I} intervals a day, ${I - delta} on the change day)`);
  }
  const dayCount = (n + delta) / I;
  checkDays(dayCount);
  const end = start + n * S;
  if (next.at >= start + dayCount * DAY_SECONDS) {
    throw new ValidationError(
      `${root}.imports`,
      `has ${n} readings, but the period holds no change of its zone (a period of ${dayCount} local days has ${dayCount * I})`,
    );
  }
  if (after !== undefined && after.at < end) {
    throw new ValidationError(
      `${root}.imports`,
      `the period holds two changes of its zone (${isoInstant(next.at)}, ${isoInstant(after.at)}); bill it in shorter periods`,
    );
  }
  // the committed transition rules (spec §5a) make this integral and the change hour one local day's
  const interval = (next.at - start) / S;
  const q = interval % I;
  if (!Number.isInteger(interval) || (delta > 0 && q + delta > I) || (delta < 0 && q < -delta)) {
    throw new ValidationError(
      `${root}.periodStart`,
      `the change at ${isoInstant(next.at)} does not fall inside one local day of the tariff's slots (spec §5a)`,
    );
  }
  return { dayCount, firstDay, offsetStart, transition: { interval, delta, at: next.at, offsetBefore: offsetStart, offsetAfter: next.offsetAfter } };
}

/** Rest-day flags of spec §5 for `dayCount` days from local day `firstDay`. */
export function restDayFlags(encoded: Pick<EncodedTariff, 'restDays' | 'holidays'>, firstDay: number, dayCount: number): boolean[] {
  const holidays = new Set(encoded.holidays.filter((h) => h !== 0));
  return Array.from({ length: dayCount }, (_, d) => {
    const day = firstDay + d;
    return ((encoded.restDays >> weekdayOfDay(day)) & 1) === 1 || holidays.has(day);
  });
}

/** Largest year-to-date import a yearly bill accepts (spec §1: `ytdWh < 2^32`). */
export const YTD_LIMIT = 1n << 32n;

/**
 * The tariff year (spec §4) that holds local days `[firstDay, firstDay + dayCount)` of a yearly
 * tariff. @throws ValidationError when the period starts outside the tariff's seven years or
 * crosses a year boundary (it must then be split there).
 */
export function tariffYearOf(
  encoded: Pick<EncodedTariff, 'yearlyBlocks' | 'yearStartDay' | 'yearLeap'>,
  firstDay: number,
  dayCount: number,
  root = 'period',
): TariffYear {
  const years = tariffYears(encoded);
  const year = years.find((y) => y.startDay <= firstDay && firstDay < y.endDay);
  if (year === undefined) {
    const first = years[0];
    const last = years[years.length - 1];
    throw new ValidationError(
      `${root}.periodStart`,
      `local day ${firstDay} is outside the tariff's years (days ${first?.startDay}..${(last?.endDay ?? 1) - 1}): the tariff has no year boundary for it`,
    );
  }
  if (firstDay + dayCount > year.endDay) {
    throw new ValidationError(
      `${root}.imports`,
      `the period crosses the tariff year boundary at local day ${year.endDay}: split it there (a yearly bill lies in one tariff year)`,
    );
  }
  return year;
}

/**
 * Computes the bill of spec §6 for a period under a tariff. Accepts a {@link MeterPeriod} or a
 * signed period (the signature is not checked here; `buildBillInput` and `verifySignedPeriod` do).
 * @throws ValidationError if the tariff is invalid or the period does not fit it.
 */
export function computeBill(tariff: Tariff, period: MeterPeriod, options: { root?: string; ytdWh?: bigint } = {}): Bill {
  const root = options.root ?? 'period';
  const t = parseTariff(tariff);
  const enc = encodeTariff(t);
  const p = parseMeterPeriod(period, root);
  const clock = periodLayout(t, p, root);
  const { dayCount, firstDay } = clock;
  const flags = restDayFlags(enc, firstDay, dayCount);
  const I = t.slotsPerDay;
  // spec §5a: each interval's local day and slot (the identity without a transition)
  const local = p.imports.map((_, i) => localSlotOf(clock, I, i));

  const bandWh = new Array<bigint>(8).fill(0n);
  const exportWh = new Array<bigint>(8).fill(0n);
  let E = 0n;
  let X = 0n;
  p.imports.forEach((r, i) => {
    const { day, slot } = local[i] ?? { day: 0, slot: 0 };
    const rest = flags[day] === true;
    const band = (rest ? enc.restBands : enc.workBands)[slot] ?? 0;
    const x = BigInt(p.exports[i] ?? 0);
    const xb = enc.exportBands[slot] ?? 0;
    bandWh[band] = (bandWh[band] ?? 0n) + BigInt(r);
    exportWh[xb] = (exportWh[xb] ?? 0n) + x;
    E += BigInt(r);
    X += x;
  });

  const days = BigInt(dayCount);
  const energy: BandItem[] = [];
  let energyMilli = 0n;
  for (let b = 0; b < 8; b++) {
    const milli = (bandWh[b] ?? 0n) * (enc.bandPrices[b] ?? 0n);
    energyMilli += milli;
    if (b < t.bandPrices.length) {
      energy.push({ band: b, name: t.bandNames[b] ?? `band ${b}`, price: enc.bandPrices[b] ?? 0n, wh: bandWh[b] ?? 0n, milli, amount: roundMilli(milli) });
    }
  }

  // spec §6: per-day allowances scale with the period's days; per-period and per-year ones are
  // taken as written. Yearly: the period's import E sits on top of the year to date B, so tier k
  // gets (min(B+E, T_k) - min(B, T_k)) - (min(B+E, T_{k-1}) - min(B, T_{k-1})).
  let yearToDate: Bill['yearToDate'];
  let B = 0n;
  if (enc.yearlyBlocks === 1) {
    const before = options.ytdWh;
    if (before === undefined) {
      throw new ValidationError(
        'yearToDate',
        "a yearly-block tariff bills on top of the year-to-date import: give the opening of the meter's year-to-date commitment (0 at the first bill of a tariff year)",
      );
    }
    if (before < 0n || before >= YTD_LIMIT) throw new ValidationError('yearToDate.wh', `must be 0 <= ytd < 2^32 Wh, got ${before}`);
    B = before;
    yearToDate = { year: tariffYearOf(enc, firstDay, dayCount, root), beforeWh: B, afterWh: B + E };
  }
  const thresholds = enc.tierAllowances.map((a) => (enc.tierBasis === 1 ? a : a * days));
  const below = (T: bigint | undefined, x: bigint): bigint => (T === undefined || x < T ? x : T);
  // energy of this period below T (all of it when T is unlimited)
  const inPeriodBelow = (T: bigint | undefined): bigint => below(T, B + E) - below(T, B);
  const tiers: TierItem[] = [];
  let tiersMilli = 0n;
  for (let k = 0; k < 4; k++) {
    const upper = k < 3 ? thresholds[k] : undefined;
    const lower = k === 0 ? 0n : (thresholds[k - 1] ?? 0n);
    const wh = inPeriodBelow(upper) - (k === 0 ? 0n : inPeriodBelow(lower));
    // The listed last tier also shows what the unused tiers after it hold (per period or year they
    // can fill past 2^24 - 1 Wh, and carry its price, spec §4).
    const shownWh = k === t.tiers.length - 1 ? inPeriodBelow(undefined) - (k === 0 ? 0n : inPeriodBelow(lower)) : wh;
    const price = enc.tierPrices[k] ?? 0n;
    const milli = wh * price;
    tiersMilli += milli;
    if (k < t.tiers.length) {
      const shownMilli = shownWh * price;
      const item: TierItem = { tier: k, fromWh: lower, price, wh: shownWh, milli: shownMilli, amount: roundMilli(shownMilli) };
      if (k < t.tiers.length - 1 && upper !== undefined) item.toWh = upper;
      tiers.push(item);
    }
  }

  const standingMilli = enc.standingPerDay * days * 1000n;

  // Demand (spec v2 §6): the largest import of one interval in the window (per day type); its
  // power in W is Wh * 3600 / S = Wh * I / 24, and price per kW times kW is milli-units per W.
  let peakWh = 0n;
  let atInterval = -1;
  p.imports.forEach((r, i) => {
    const { day, slot } = local[i] ?? { day: 0, slot: 0 };
    const rest = flags[day] === true;
    const inWindow = ((rest ? enc.demandRest : enc.demandWork)[slot] ?? 0) === 1;
    if (inWindow && BigInt(r) > peakWh) {
      peakWh = BigInt(r);
      atInterval = i;
    }
  });
  const peakW = (peakWh * BigInt(I)) / 24n;
  const demandMilli = enc.demandPrice * peakW;

  const subtotalMilli = energyMilli + tiersMilli + standingMilli + demandMilli;
  const charge = chargeOf(subtotalMilli, enc.taxBps);
  const net = roundMilli(subtotalMilli);

  const exports: BandItem[] = [];
  let exportMilli = 0n;
  for (let b = 0; b < 8; b++) {
    const milli = (exportWh[b] ?? 0n) * (enc.exportPrices[b] ?? 0n);
    exportMilli += milli;
    if (b < t.exportPrices.length) {
      exports.push({
        band: b,
        name: t.exportBandNames[b] ?? `export band ${b}`,
        price: enc.exportPrices[b] ?? 0n,
        wh: exportWh[b] ?? 0n,
        milli,
        amount: roundMilli(milli),
      });
    }
  }

  return {
    charge,
    credit: roundMilli(exportMilli),
    dayCount,
    firstDay,
    offsetStartSeconds: clock.offsetStart,
    ...(clock.transition !== undefined ? { transition: clock.transition } : {}),
    restDayFlags: flags,
    totalImportWh: E,
    totalExportWh: X,
    ...(yearToDate ? { yearToDate } : {}),
    items: {
      energy,
      tiers,
      standing: { days, perDay: enc.standingPerDay, milli: standingMilli, amount: roundMilli(standingMilli) },
      ...(t.demand ? { demand: { peakWh, peakW, atInterval, pricePerKw: enc.demandPrice, milli: demandMilli, amount: roundMilli(demandMilli) } } : {}),
      exports,
    },
    energyMilli,
    tiersMilli,
    standingMilli,
    demandMilli,
    subtotalMilli,
    net,
    tax: charge - net,
    taxBps: enc.taxBps,
    exportMilli,
  };
}
