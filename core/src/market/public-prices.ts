/**
 * The market bill with public prices, docs/market-spec.md §11: the period's prices are Groth16
 * public inputs placed by residue (slot `s` of delivery day `D` is price input `(D mod MAXD) × I + s`),
 * the readings a private input in the same order, and the first delivery day a public signal.
 * @packageDocumentation
 */
import { packAmounts, packPeriod } from '../bill/signals.js';
import { keyHash } from '../crypto/eddsa.js';
import { FIELD_P } from '../crypto/field.js';
import { ValidationError } from '../errors.js';
import { seriesDigest, slotSumsDigest } from '../meter/digest.js';
import { nonActualCount } from '../meter/quality.js';
import { computeMarketBill, type MarketAmount } from './compute.js';
import { checkDayPrices, checkIntervalsPerDay } from './feed.js';
import type { MarketDetails } from './disclosure.js';
import { type MarketBillRequest, marketDisclosureWitness } from './input.js';
import { marketTermsCommitment } from './terms.js';

/** Largest MAXD of a public-price circuit (a residue fits 5 bits). */
export const PUBLIC_PRICES_MAX_DAYS = 31;

/** A public-price market proof needs what a feed-linked one does, without the feed link. */
export type PublicPriceBillRequest = Omit<MarketBillRequest, 'chainBefore'>;

/** What a `MarketBillPublicPrices` circuit computes for a request. */
export interface PublicPriceBillWitness {
  amount: MarketAmount;
  /** The period's first delivery day `D0` (public signal 4). */
  firstDay: number;
  /** `maxDays × I` price inputs by residue, as field elements (a negative price `p` is `p mod r`). */
  priceInputs: bigint[];
  /** keyHash, termsCommitment, period, amounts, firstDay, domain, the price inputs (then the eight disclosure signals). */
  publicSignals: bigint[];
  /** With a disclosure: what the ciphertext encrypts (docs/disclosure-spec.md §12). */
  details?: MarketDetails;
  input: Record<string, string | string[] | string[][]>;
}

const toField = (v: bigint): bigint => ((v % FIELD_P) + FIELD_P) % FIELD_P;

/** Residue of delivery day `day` in a circuit of `maxDays` days: the day block its prices and readings occupy. */
export function dayResidue(day: number, maxDays: number): number {
  if (!Number.isInteger(maxDays) || maxDays < 1 || maxDays > PUBLIC_PRICES_MAX_DAYS)
    throw new ValidationError('maxDays', `must be an integer in 1..${PUBLIC_PRICES_MAX_DAYS}, got ${maxDays}`);
  if (!Number.isSafeInteger(day) || day < 1) throw new ValidationError('day', `must be a positive day number, got ${day}`);
  return day % maxDays;
}

/**
 * Places `dayCount` consecutive days of per-interval values, starting at delivery day `firstDay`,
 * by residue into `maxDays × I` slots; slots of residues the period does not reach hold `zero`.
 */
export function byResidue<T>(firstDay: number, days: readonly (readonly T[])[], maxDays: number, I: number, zero: T): T[] {
  if (days.length < 1 || days.length > maxDays) throw new ValidationError('prices', `must cover 1..${maxDays} days, got ${days.length}`);
  const out = new Array<T>(maxDays * I).fill(zero);
  days.forEach((day, d) => {
    const r = dayResidue(firstDay + d, maxDays);
    day.forEach((v, s) => {
      out[r * I + s] = v;
    });
  });
  return out;
}

/**
 * The price inputs of a period: `prices[d]` (cents/MWh, signed) of delivery day `firstDay + d` at
 * `(firstDay + d) mod maxDays`, each as its field element; 0 for residues outside the period.
 * This is the vector the price feed's prefix sums stand for at settlement (spec §11).
 */
export function residuePriceInputs(firstDay: number, prices: readonly (readonly number[])[], maxDays: number, I: number): bigint[] {
  checkIntervalsPerDay(I);
  prices.forEach((day, d) => checkDayPrices(day, I, `prices[${d}]`));
  return byResidue(firstDay, prices, maxDays, I, 0).map((p) => toField(BigInt(p)));
}

/**
 * Builds the witness input of a `MarketBillPublicPrices(I, maxDays, series, tokenDecimals, disclose)` circuit
 * (disclose = 1 with `req.disclosure`: the same details and construction as the feed-linked market bill).
 */
export async function publicPriceBillWitness(req: PublicPriceBillRequest): Promise<PublicPriceBillWitness> {
  const { signed, terms } = req;
  const I = terms.intervalsPerDay;
  checkIntervalsPerDay(I, 'terms.intervalsPerDay');
  if (signed.intervalSeconds * I !== 86400)
    throw new ValidationError('signed.intervalSeconds', `must be ${86400 / I} for ${I} intervals per day, got ${signed.intervalSeconds}`);
  const n = signed.imports.length;
  if (n === 0 || n % I !== 0) throw new ValidationError('signed.imports', `must cover whole days of ${I} intervals, got ${n}`);
  const dayCount = n / I;
  if (dayCount > req.maxDays) throw new ValidationError('signed.imports', `covers ${dayCount} days; the circuit takes at most ${req.maxDays}`);
  const local = signed.periodStart + req.zoneTzSeconds;
  if (local % 86400 !== 0) throw new ValidationError('signed.periodStart', "must be the market zone's local midnight (spec §3)");
  const firstDay = local / 86400;
  const billed = req.series === 'import' ? signed.imports : signed.exports;
  const other = req.series === 'import' ? signed.exports : signed.imports;
  const amount = computeMarketBill(terms, billed, req.prices, req.tokenDecimals);
  const priceInputs = residuePriceInputs(firstDay, req.prices, req.maxDays, I);
  const readingDays = Array.from({ length: dayCount }, (_, d) => billed.slice(d * I, (d + 1) * I));
  const slotReadings = byResidue(firstDay, readingDays, req.maxDays, I, 0);
  const input = {
    meterId: signed.meterId.toString(),
    periodStart: signed.periodStart.toString(),
    dayCount: dayCount.toString(),
    slotReadings: slotReadings.map(String),
    otherDigest: (await seriesDigest(other)).toString(),
    exportSlotsDigest: (await slotSumsDigest(signed.exports, I)).toString(),
    nonActualCount: nonActualCount(signed.quality).toString(),
    Ax: signed.publicKey.x.toString(),
    Ay: signed.publicKey.y.toString(),
    R8x: signed.signature.R8x.toString(),
    R8y: signed.signature.R8y.toString(),
    S: signed.signature.S.toString(),
    multiplier: (BigInt(terms.multiplier) + 2n ** 15n).toString(),
    adders: terms.adders.map((b) => (BigInt(b) + 2n ** 31n).toString()),
    standingPerDay: terms.standingPerDay.toString(),
    taxBps: terms.taxBps.toString(),
    bands: terms.bands.map(String),
    salt: terms.salt.toString(),
    firstDay: firstDay.toString(),
    domain: req.domain.toString(),
    prices: Array.from({ length: req.maxDays }, (_, r) => priceInputs.slice(r * I, (r + 1) * I).map(String)),
  };
  const disclosed = req.disclosure === undefined ? undefined : await marketDisclosureWitness(req.disclosure, terms, billed, req.prices, signed);
  const publicSignals = [
    await keyHash(signed.publicKey),
    await marketTermsCommitment(terms),
    packPeriod({ meterId: signed.meterId, periodStart: signed.periodStart, intervalCount: n, intervalSeconds: signed.intervalSeconds }),
    packAmounts({ charge: amount.charge, credit: amount.credit }),
    BigInt(firstDay),
    req.domain,
    ...priceInputs,
    ...(disclosed?.signals ?? []),
  ];
  if (disclosed === undefined) return { amount, firstDay, priceInputs, publicSignals, input };
  return { amount, firstDay, priceInputs, publicSignals, input: { ...input, ...disclosed.input }, details: disclosed.details };
}
