/**
 * Tariff encoding and commitment, spec §4 exactly.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { poseidon } from '../crypto/poseidon.js';
import { TAG_TARIFF } from '../crypto/tags.js';
import { isoDateToDayNumber } from './calendar.js';
import { BAND_COUNT, COMMITMENT_WORDS, EXPORT_BAND_COUNT, HOLIDAY_SLOTS, TIER_COUNT, TZ_BIAS, UNLIMITED_ALLOWANCE, WIDTH, WORD_BITS } from './constants.js';
import { parseTariff, TARIFF_YEARS, type Tariff } from './schema.js';
import { ZONE_TRANSITION_SLOTS } from './zone.js';

/**
 * The integer fields of spec §4, fixed-size, as the circuit sees them. Unused bands, export
 * bands and tiers carry price 0; unused tiers carry allowance {@link UNLIMITED_ALLOWANCE};
 * holidays are local day numbers, ascending, then zeros.
 */
export interface EncodedTariff {
  slotsPerDay: number;
  /** `tzOffsetSeconds + 50400`. */
  tzBiased: number;
  /** Bit `w` set iff weekday `w` (0 = Sunday) is a rest day. */
  restDays: number;
  taxBps: number;
  standingPerDay: bigint;
  /** 3 allowances in Wh per day. */
  tierAllowances: bigint[];
  /** 4 tier prices. */
  tierPrices: bigint[];
  /** 8 import band prices. */
  bandPrices: bigint[];
  /** 8 export band prices. */
  exportPrices: bigint[];
  /** 16 local day numbers, 0 = unused. */
  holidays: number[];
  workBands: number[];
  restBands: number[];
  exportBands: number[];
  /** 0: tier allowances are Wh per day (scaled by the day count); 1: Wh per billing period. */
  tierBasis: number;
  /** Demand price per kW (0 = no demand charge). */
  demandPrice: bigint;
  /** 0/1 per slot: in the demand window on a work day. */
  demandWork: number[];
  /** 0/1 per slot: in the demand window on a rest day. */
  demandRest: number[];
  /** 1: yearly blocks (tier limits per tariff year, on top of the year to date; `tierBasis` is then 1). */
  yearlyBlocks: number;
  /** Local day number of tariff year 0's first day (0 without yearly blocks). */
  yearStartDay: number;
  /** 7 flags: tariff year k has 366 days (all 0 without yearly blocks). */
  yearLeap: number[];
  /** Spec §4/§5a: the committed zone transitions' unix instants, 0 = unused slot (4 entries). */
  zoneAt: bigint[];
  /** The offset after each transition, biased like `tzBiased`; 0 in an unused slot (4 entries). */
  zoneOffsetBiased: number[];
  salt: bigint;
}

/** One tariff year of a yearly tariff: local day numbers `[startDay, endDay)`, and its index k. */
export interface TariffYear {
  index: number;
  startDay: number;
  endDay: number;
}

/**
 * The tariff years 0..6 of a yearly tariff (spec §4): year k starts on local day
 * `yearStartDay + 365 k + (leap flags of the years before k)` and lasts `365 + yearLeap[k]` days.
 */
export function tariffYears(e: Pick<EncodedTariff, 'yearlyBlocks' | 'yearStartDay' | 'yearLeap'>): TariffYear[] {
  if (e.yearlyBlocks !== 1) return [];
  const out: TariffYear[] = [];
  let start = e.yearStartDay;
  for (let k = 0; k < TARIFF_YEARS; k++) {
    const end = start + 365 + (e.yearLeap[k] ?? 0);
    out.push({ index: k, startDay: start, endDay: end });
    start = end;
  }
  return out;
}

/** Leap flags of the 7 tariff years from an ISO start date: the length of each anniversary year. */
function yearLeapFlags(yearStart: string): { startDay: number; leap: number[] } {
  const [y, rest] = [Number(yearStart.slice(0, 4)), yearStart.slice(4)];
  const day = (k: number): number => {
    const d = isoDateToDayNumber(`${String(y + k).padStart(4, '0')}${rest}`);
    if (d === undefined) throw new ValidationError('tariff.yearStart', `${yearStart} has no anniversary in ${y + k}`);
    return d;
  };
  const leap = Array.from({ length: TARIFF_YEARS }, (_, k) => day(k + 1) - day(k) - 365);
  return { startDay: day(0), leap };
}

function pad<T>(values: readonly T[], length: number, fill: T): T[] {
  return [...values, ...new Array<T>(Math.max(0, length - values.length)).fill(fill)];
}

/** Encodes a tariff (validated first) into the integer fields of spec §4. */
export function encodeTariff(tariff: Tariff): EncodedTariff {
  const t = parseTariff(tariff);
  const yearly = t.tierBasis === 'year';
  // Yearly limits are taken as written, like per-period ones (tierBasis bit 1).
  const perPeriod = t.tierBasis === 'period' || yearly;
  const limitOf = (x: Tariff['tiers'][number]): number | undefined => (yearly ? x.upToWhPerYear : perPeriod ? x.upToWhPerPeriod : x.upToWhPerDay);
  const limits = t.tiers.slice(0, -1).map((x) => BigInt(limitOf(x) ?? UNLIMITED_ALLOWANCE));
  const years = yearly && t.yearStart !== undefined ? yearLeapFlags(t.yearStart) : undefined;
  // Unused tiers: price 0 per day (their allowance is never reached), the last tier's price per
  // period (a month can pass 2^24 - 1 Wh, and energy past it must stay in the last tier).
  const prices = t.tiers.map((x) => x.price);
  const unusedPrice = perPeriod ? (prices[prices.length - 1] ?? 0n) : 0n;
  return {
    slotsPerDay: t.slotsPerDay,
    tzBiased: t.tzOffsetSeconds + TZ_BIAS,
    restDays: t.restDays.reduce((mask, w) => mask | (1 << w), 0),
    taxBps: t.taxBps,
    standingPerDay: t.standingPerDay,
    tierAllowances: pad(limits, TIER_COUNT - 1, BigInt(UNLIMITED_ALLOWANCE)),
    tierPrices: pad(prices, TIER_COUNT, unusedPrice),
    bandPrices: pad(t.bandPrices, BAND_COUNT, 0n),
    exportPrices: pad(t.exportPrices, EXPORT_BAND_COUNT, 0n),
    holidays: pad(
      t.holidays.map((h) => isoDateToDayNumber(h) ?? 0),
      HOLIDAY_SLOTS,
      0,
    ),
    workBands: [...t.workBands],
    restBands: [...t.restBands],
    exportBands: [...t.exportBands],
    tierBasis: perPeriod ? 1 : 0,
    demandPrice: t.demand?.pricePerKw ?? 0n,
    demandWork: t.demand ? [...t.demand.workSlots] : new Array<number>(t.slotsPerDay).fill(0),
    demandRest: t.demand ? [...t.demand.restSlots] : new Array<number>(t.slotsPerDay).fill(0),
    yearlyBlocks: years ? 1 : 0,
    yearStartDay: years?.startDay ?? 0,
    yearLeap: years?.leap ?? new Array<number>(TARIFF_YEARS).fill(0),
    // unused slots are all-zero bits, so a tariff without a zone keeps its v2 commitment
    zoneAt: pad(
      (t.zoneTransitions ?? []).map((x) => BigInt(x.at)),
      ZONE_TRANSITION_SLOTS,
      0n,
    ),
    zoneOffsetBiased: pad(
      (t.zoneTransitions ?? []).map((x) => x.offsetAfter + TZ_BIAS),
      ZONE_TRANSITION_SLOTS,
      0,
    ),
    salt: t.salt,
  };
}

/** The fields of the commitment bit string in spec order, each with its width. */
export function tariffBitFields(e: EncodedTariff): { name: string; width: number; value: bigint }[] {
  const out: { name: string; width: number; value: bigint }[] = [];
  const one = (name: string, width: number, value: bigint | number): void => {
    out.push({ name, width, value: BigInt(value) });
  };
  const many = (name: string, width: number, values: readonly (bigint | number)[], count: number): void => {
    if (values.length !== count) throw new ValidationError(`encodedTariff.${name}`, `must have ${count} entries, got ${values.length}`);
    values.forEach((v, i) => one(`${name}[${i}]`, width, v));
  };
  const I = e.slotsPerDay;
  one('slotsPerDay', WIDTH.slotsPerDay, I);
  one('tzBiased', WIDTH.tzBiased, e.tzBiased);
  one('restDays', WIDTH.restDays, e.restDays);
  one('taxBps', WIDTH.taxBps, e.taxBps);
  one('standingPerDay', WIDTH.standingPerDay, e.standingPerDay);
  many('tierAllowances', WIDTH.tierAllowance, e.tierAllowances, TIER_COUNT - 1);
  many('tierPrices', WIDTH.price, e.tierPrices, TIER_COUNT);
  many('bandPrices', WIDTH.price, e.bandPrices, BAND_COUNT);
  many('exportPrices', WIDTH.price, e.exportPrices, EXPORT_BAND_COUNT);
  many('holidays', WIDTH.holiday, e.holidays, HOLIDAY_SLOTS);
  many('workBands', WIDTH.band, e.workBands, I);
  many('restBands', WIDTH.band, e.restBands, I);
  many('exportBands', WIDTH.band, e.exportBands, I);
  // Appended in spec v2, so the fields before it keep their v1 positions.
  one('tierBasis', WIDTH.tierBasis, e.tierBasis);
  one('demandPrice', WIDTH.demandPrice, e.demandPrice);
  many('demandWork', WIDTH.demandSlot, e.demandWork, I);
  many('demandRest', WIDTH.demandSlot, e.demandRest, I);
  // Yearly blocks, appended after v2's fields: all zero without them, so a tariff without yearly
  // blocks keeps its v2 commitment.
  one('yearlyBlocks', WIDTH.yearlyBlocks, e.yearlyBlocks);
  one('yearStartDay', WIDTH.yearStartDay, e.yearStartDay);
  many('yearLeap', WIDTH.yearLeap, e.yearLeap, TARIFF_YEARS);
  // Appended after v2 (spec §4 zone fields): zero for a fixed-offset tariff.
  many('zoneAt', WIDTH.zoneAt, e.zoneAt, ZONE_TRANSITION_SLOTS);
  many('zoneOffsetBiased', WIDTH.zoneOffset, e.zoneOffsetBiased, ZONE_TRANSITION_SLOTS);
  return out;
}

/**
 * The commitment words `w[0..13]` of spec §4: the fields concatenated LSB-first into one bit
 * string, cut into 248-bit words, missing words 0. Always 14 words.
 * @throws ValidationError if a field does not fit its width.
 */
export function tariffWords(encoded: EncodedTariff): bigint[] {
  let bits = 0n;
  let offset = 0;
  for (const f of tariffBitFields(encoded)) {
    if (f.value < 0n || f.value >= 1n << BigInt(f.width)) {
      throw new ValidationError(`encodedTariff.${f.name}`, `must be < 2^${f.width}`);
    }
    bits |= f.value << BigInt(offset);
    offset += f.width;
  }
  const used = Math.ceil(offset / WORD_BITS);
  if (used > COMMITMENT_WORDS) throw new ValidationError('encodedTariff', `needs ${used} words, more than ${COMMITMENT_WORDS}`);
  const mask = (1n << BigInt(WORD_BITS)) - 1n;
  return Array.from({ length: COMMITMENT_WORDS }, (_, k) => (bits >> BigInt(k * WORD_BITS)) & mask);
}

/** Total bits of the commitment string for `slotsPerDay` slots (1943 + 11 per slot, yearly fields included, + 228 zone bits). */
export function tariffBitLength(slotsPerDay: number): number {
  return 1943 + 11 * slotsPerDay + ZONE_TRANSITION_SLOTS * (WIDTH.zoneAt + WIDTH.zoneOffset);
}

/** `Poseidon16(TAG_TARIFF, salt, w[0..13])` of already-encoded fields. */
export async function encodedTariffCommitment(encoded: EncodedTariff): Promise<bigint> {
  return poseidon([TAG_TARIFF, encoded.salt, ...tariffWords(encoded)]);
}

/** The tariff commitment of spec §4 (public signal 1). */
export async function tariffCommitment(tariff: Tariff): Promise<bigint> {
  return encodedTariffCommitment(encodeTariff(tariff));
}
