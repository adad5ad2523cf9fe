/**
 * The market price feed's hash chain, docs/market-spec.md §3 exactly: prices packed six to a
 * field element, one `Poseidon6` chain step per 4–5 elements of a delivery day, a genesis link per zone.
 * @packageDocumentation
 */
import { poseidon } from '../crypto/poseidon.js';
import { ValidationError } from '../errors.js';
import { TAG_PRICES } from './tags.js';

/** Smallest price the feed accepts (cents per MWh): prices are signed 32-bit integers. */
export const PRICE_MIN = -(2 ** 31);
/** Largest price the feed accepts (cents per MWh). */
export const PRICE_MAX = 2 ** 31 - 1;
/** Bias that makes a price non-negative in its 32-bit slot. */
export const PRICE_BIAS = 2n ** 31n;
/** Prices per packed element. */
export const PRICES_PER_ELEMENT = 6;
/** Zone ids are below 2^64. */
export const ZONE_LIMIT = 2n ** 64n;

/** Intervals per delivery day a zone can publish. */
export type IntervalsPerDay = 24 | 48 | 96;

/** Throws unless `I` is 24, 48 or 96. */
export function checkIntervalsPerDay(I: number, field = 'intervalsPerDay'): asserts I is IntervalsPerDay {
  if (I !== 24 && I !== 48 && I !== 96) throw new ValidationError(field, `must be 24, 48 or 96, got ${I}`);
}

/** Throws a ValidationError naming the first price outside `PRICE_MIN..PRICE_MAX` or not an integer. */
export function checkDayPrices(prices: readonly number[], I: number, field = 'prices'): void {
  checkIntervalsPerDay(I);
  if (prices.length !== I) throw new ValidationError(field, `must have ${I} prices (one per interval), got ${prices.length}`);
  prices.forEach((p, s) => {
    if (!Number.isSafeInteger(p) || p < PRICE_MIN || p > PRICE_MAX) {
      throw new ValidationError(`${field}[${s}]`, `must be an integer in ${PRICE_MIN}..${PRICE_MAX} (cents per MWh), got ${p}`);
    }
  });
}

/** `f[j] = sum_k (p[6j+k] + 2^31) 2^(32k)`: I/6 elements. */
export function packPrices(prices: readonly number[], field = 'prices'): bigint[] {
  checkDayPrices(prices, prices.length, field);
  const out: bigint[] = [];
  prices.forEach((p, s) => {
    const j = Math.floor(s / PRICES_PER_ELEMENT);
    out[j] = (out[j] ?? 0n) + ((BigInt(p) + PRICE_BIAS) << (32n * BigInt(s % PRICES_PER_ELEMENT)));
  });
  return out;
}

function checkDay(day: number, field: string): void {
  if (!Number.isSafeInteger(day) || day < 1 || day >= 2 ** 24) throw new ValidationError(field, `must be a day number in 1..2^24-1, got ${day}`);
}

/** `L[D1 - 1] = Poseidon6(TAG_PRICES, zone, I, D1, 0, 0)`: the link before a zone's first day. */
export async function genesisLink(zone: bigint, intervalsPerDay: number, firstDay: number): Promise<bigint> {
  if (zone < 0n || zone >= ZONE_LIMIT) throw new ValidationError('zone', 'must be in 0..2^64-1');
  checkIntervalsPerDay(intervalsPerDay);
  checkDay(firstDay, 'firstDay');
  return poseidon([TAG_PRICES, zone, BigInt(intervalsPerDay), BigInt(firstDay), 0n, 0n]);
}

/** `L[D]` from `L[D-1]`: `Poseidon6(prev, D, f[0..3])`, then `Poseidon6(h, next 5)` until all are absorbed. */
export async function dayLink(prev: bigint, day: number, prices: readonly number[], field = 'prices'): Promise<bigint> {
  checkDay(day, 'day');
  const f = packPrices(prices, field);
  let h = await poseidon([prev, BigInt(day), ...Array.from({ length: 4 }, (_, k) => f[k] ?? 0n)]);
  for (let j = 4; j < f.length; j += 5) {
    h = await poseidon([h, ...Array.from({ length: 5 }, (_, k) => f[j + k] ?? 0n)]);
  }
  return h;
}

/** The links after each of `days` consecutive delivery days starting at `firstDay`, from `before`. */
export async function chainLinks(before: bigint, firstDay: number, days: readonly (readonly number[])[]): Promise<bigint[]> {
  const links: bigint[] = [];
  let h = before;
  for (let d = 0; d < days.length; d++) {
    h = await dayLink(h, firstDay + d, days[d]!, `prices[${d}]`);
    links.push(h);
  }
  return links;
}
