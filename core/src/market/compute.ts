/**
 * The market bill in plain TypeScript, docs/market-spec.md §6 exactly.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { checkDayPrices } from './feed.js';
import { checkMarketTerms, type MarketTerms } from './terms.js';

/** The market bill and its parts; every part in 10^-11 of the currency unless said otherwise. */
export interface MarketAmount {
  /** `sum e × p` (Wh × cents/MWh, i.e. 10^-8 currency). */
  market: bigint;
  /** `sum e × b_band` (same unit as `market`). */
  adder: bigint;
  /** `a × market + 1000 × adder`. */
  energy: bigint;
  /** Standing charge of the period. */
  standing: bigint;
  /** `energy + standing`. */
  subtotal: bigint;
  /** `subtotal × (10000 + taxBps)` (10^-15 currency). */
  taxed: bigint;
  /** Owed by payer to payee, token smallest units. */
  charge: bigint;
  /** Owed by payee to payer, token smallest units. */
  credit: bigint;
}

/** Token decimals the rounding supports (spec §1). */
export const MAX_TOKEN_DECIMALS = 11;

/** Spec §6's divisor `10^(11 - DEC) × 10^4`. */
export function marketDivisor(tokenDecimals: number): bigint {
  if (!Number.isInteger(tokenDecimals) || tokenDecimals < 0 || tokenDecimals > MAX_TOKEN_DECIMALS) {
    throw new ValidationError('tokenDecimals', `must be an integer in 0..${MAX_TOKEN_DECIMALS}, got ${tokenDecimals}`);
  }
  return 10n ** BigInt(MAX_TOKEN_DECIMALS - tokenDecimals) * 10000n;
}

/** Round half away from zero, once: the one signed rounding rule of spec §6. */
export function roundSigned(taxed: bigint, divisor: bigint): { charge: bigint; credit: bigint } {
  const mag = taxed < 0n ? -taxed : taxed;
  const q = (mag + divisor / 2n) / divisor;
  return taxed < 0n ? { charge: 0n, credit: q } : { charge: q, credit: 0n };
}

/**
 * Applies terms to a period's billed readings (Wh per interval, `dayCount × I` of them) at the
 * published prices of its days (`prices[d]` for period day d, cents per MWh).
 */
export function computeMarketBill(
  terms: MarketTerms,
  readings: readonly number[],
  prices: readonly (readonly number[])[],
  tokenDecimals: number,
): MarketAmount {
  checkMarketTerms(terms);
  const I = terms.intervalsPerDay;
  const divisor = marketDivisor(tokenDecimals);
  if (readings.length === 0 || readings.length % I !== 0)
    throw new ValidationError('readings', `must cover whole days of ${I} intervals, got ${readings.length}`);
  const dayCount = readings.length / I;
  if (prices.length !== dayCount) throw new ValidationError('prices', `must have one day of prices per day of readings (${dayCount}), got ${prices.length}`);
  prices.forEach((day, d) => checkDayPrices(day, I, `prices[${d}]`));
  let market = 0n;
  let adder = 0n;
  readings.forEach((r, i) => {
    if (!Number.isInteger(r) || r < 0 || r >= 2 ** 16) throw new ValidationError(`readings[${i}]`, `must be an integer in 0..65535 Wh, got ${r}`);
    const e = BigInt(r);
    market += e * BigInt(prices[Math.floor(i / I)]![i % I]!);
    adder += e * BigInt(terms.adders[terms.bands[i % I]!]!);
  });
  const energy = BigInt(terms.multiplier) * market + 1000n * adder;
  const standing = terms.standingPerDay * BigInt(dayCount) * (divisor / 10000n);
  const subtotal = energy + standing;
  const taxed = subtotal * BigInt(10000 + terms.taxBps);
  return { market, adder, energy, standing, subtotal, taxed, ...roundSigned(taxed, divisor) };
}
