/**
 * A market bill's disclosure (docs/disclosure-spec.md §11, market layout m1, construction v3 of §10): the details that
 * `MarketBill(..., DISCLOSE = 1)` (circuits/market/market_disclosure.circom `MarketDetails`, then
 * `BillDisclosure(6)`) encrypts to the regulator's key, their eight public signals after `domain`, the
 * regulator's decryption and its recomputation of charge and credit from the details, the terms it
 * approved and dayCount. The cipher is the bill's (core/src/crypto/disclosure.ts); only the layout
 * differs. Browser-safe.
 * @packageDocumentation
 */
import { type BillDisclosureSignals, disclosureNonce, disclosureSignalList, ephemeralKeyCandidates } from '../bill/disclosure.js';
import { type CurvePoint, decryptWithSharedY, encryptDetails, sharedPoint } from '../crypto/disclosure.js';
import { FIELD_P } from '../crypto/field.js';
import { ValidationError, WattproofError } from '../errors.js';
import { type MarketAmount, marketDivisor, roundSigned } from './compute.js';
import { checkDayPrices } from './feed.js';
import { checkMarketTerms, MARKET_BAND_COUNT, type MarketTerms } from './terms.js';

/** Plaintext elements of market layout m1: bands and nonActualCount, the biased market sum, the statement, three of hours. */
export const MARKET_DETAILS_LENGTH = 6;
/** Ciphertext elements: `3 * ceil(6 / 3)`, the cipher's two blocks (construction v3: no authentication element). */
export const MARKET_CIPHERTEXT_LENGTH = 3 * Math.ceil(MARKET_DETAILS_LENGTH / 3);
/** Index of the first disclosure signal of a market bill: right after `domain` (signal 6). */
export const MARKET_DISCLOSURE_SIGNAL_OFFSET = 7;
/** The disclosure signals after `domain`: the regulator key's y, the ephemeral key's y, the ciphertext. */
export const MARKET_DISCLOSURE_SIGNAL_COUNT = 2 + MARKET_CIPHERTEXT_LENGTH;
/** Bits of each energy field (a band or an hour of a 31-day 15-minute period is below 2976 x 2^16 < 2^28). */
export const MARKET_FIELD_BITS = 28n;
/**
 * The bias of the signed market sum: `|sum e × p| <= 2976 × (2^16 − 1) × 2^31 < 2^59`, so
 * `market + 2^59` lies in `(0, 2^60)` and a negative sum is packed as a 60-bit non-negative integer
 * (never as its field negation, which would alias a huge positive sum).
 */
export const MARKET_SUM_BIAS = 1n << 59n;
const MARKET_SUM_BITS = 60n;
const HOURS = 24;
const PER_ELEMENT = 8;
const LIMIT = 1n << MARKET_FIELD_BITS;
const MASK = LIMIT - 1n;

/** What the regulator reads of a settled market bill besides its public signals. */
export interface MarketDetails {
  /** Billed energy (the circuit's series: import or export) per adder band 0..7, Wh. */
  bandWh: bigint[];
  /** Intervals the meter did not read (the signed statement's count; not in the market `period` signal). */
  nonActualCount: number;
  /** `sum e_i × p_i` over the period (Wh × cents/MWh), signed: market-spec §6's `market`. */
  market: bigint;
  /** The meter-signed statement (bill-spec §3; market-spec §5). */
  statement: bigint;
  /** Billed energy per hour of the zone's local day (hour 0 = 00:00-01:00), summed over the period's days, Wh. */
  hourWh: bigint[];
}

/**
 * The details a market bill discloses, from its billed readings (`dayCount × I` of them, the series the
 * circuit bills), the terms' bands and the period's prices (`prices[d]` for period day d).
 * @throws ValidationError for a reading outside 0..65535, prices or terms out of range, a partial day
 */
export function marketDetails(
  terms: MarketTerms,
  readings: readonly number[],
  prices: readonly (readonly number[])[],
  nonActualCount: number,
  statement: bigint,
): MarketDetails {
  checkMarketTerms(terms);
  const I = terms.intervalsPerDay;
  if (readings.length === 0 || readings.length % I !== 0)
    throw new ValidationError('readings', `must cover whole days of ${I} intervals, got ${readings.length}`);
  if (prices.length !== readings.length / I) throw new ValidationError('prices', `must have one day of prices per day of readings (${readings.length / I})`);
  prices.forEach((day, d) => checkDayPrices(day, I, `prices[${d}]`));
  const bandWh = new Array<bigint>(MARKET_BAND_COUNT).fill(0n);
  const hourWh = new Array<bigint>(HOURS).fill(0n);
  const perHour = I / HOURS;
  let market = 0n;
  readings.forEach((r, i) => {
    if (!Number.isInteger(r) || r < 0 || r >= 2 ** 16) throw new ValidationError(`readings[${i}]`, `must be an integer in 0..65535 Wh, got ${r}`);
    const e = BigInt(r);
    const s = i % I;
    const band = terms.bands[s] as number;
    bandWh[band] = (bandWh[band] as bigint) + e;
    const h = Math.floor(s / perHour);
    hourWh[h] = (hourWh[h] as bigint) + e;
    market += e * BigInt((prices[Math.floor(i / I)] as readonly number[])[s] as number);
  });
  return { bandWh, nonActualCount, market, statement, hourWh };
}

function packFields(values: readonly bigint[], field: string): bigint {
  let v = 0n;
  values.forEach((x, i) => {
    if (x < 0n || x >= LIMIT) throw new ValidationError(`${field}[${i}]`, `must be in 0..2^${MARKET_FIELD_BITS}-1`);
    v += x << (MARKET_FIELD_BITS * BigInt(i));
  });
  return v;
}

/**
 * The six plaintext elements, as `MarketDetails` in the circuit computes them:
 * 0 = bands 0..7 then nonActualCount (9 × 28 bits), 1 = `market + 2^59` (60 bits), 2 = statement,
 * 3..5 = hours 8k..8k+7 (8 × 28 bits each); low bits first.
 * @throws ValidationError when a field does not fit its width (it would carry into its neighbour)
 */
export function packMarketDetails(d: MarketDetails): bigint[] {
  if (d.bandWh.length !== MARKET_BAND_COUNT) throw new ValidationError('details.bandWh', `needs ${MARKET_BAND_COUNT} band energies`);
  if (d.hourWh.length !== HOURS) throw new ValidationError('details.hourWh', `needs ${HOURS} hour sums`);
  if (!Number.isInteger(d.nonActualCount) || d.nonActualCount < 0 || d.nonActualCount >= 2 ** 16)
    throw new ValidationError('details.nonActualCount', 'must be an integer in 0..65535');
  if (d.market < -MARKET_SUM_BIAS || d.market >= MARKET_SUM_BIAS) throw new ValidationError('details.market', 'must be in -2^59..2^59-1');
  if (d.statement < 0n || d.statement >= FIELD_P) throw new ValidationError('details.statement', 'must be a field element');
  const hours = [0, 1, 2].map((k) => packFields(d.hourWh.slice(PER_ELEMENT * k, PER_ELEMENT * (k + 1)), `details.hourWh[${PER_ELEMENT * k}..]`));
  return [packFields([...d.bandWh, BigInt(d.nonActualCount)], 'details.bandWh'), d.market + MARKET_SUM_BIAS, d.statement, ...hours];
}

/**
 * Inverse of {@link packMarketDetails}. Also checks what the circuit guarantees by construction: no
 * bits above the fields, and the 24 hours add up to the 8 bands (both are the billed energy).
 * @throws ValidationError when an element is not a packing of the layout
 */
export function unpackMarketDetails(elements: readonly bigint[]): MarketDetails {
  if (elements.length !== MARKET_DETAILS_LENGTH) throw new ValidationError('details', `must have ${MARKET_DETAILS_LENGTH} elements (market layout m1)`);
  const [e0, e1, statement, ...hourElems] = elements as [bigint, bigint, bigint, bigint, bigint, bigint];
  const field = (v: bigint, i: number): bigint => (v >> (MARKET_FIELD_BITS * BigInt(i))) & MASK;
  if (e0 >> (MARKET_FIELD_BITS * 9n) !== 0n || field(e0, 8) >= 1n << 16n)
    throw new ValidationError('details[0]', 'has bits above the band fields and the 16-bit count');
  if (e1 >> MARKET_SUM_BITS !== 0n) throw new ValidationError('details[1]', 'has bits above the 60-bit market sum');
  hourElems.forEach((e, k) => {
    if (e >> (MARKET_FIELD_BITS * BigInt(PER_ELEMENT)) !== 0n) throw new ValidationError(`details[${3 + k}]`, 'has bits above the 8 hour fields');
  });
  const d: MarketDetails = {
    bandWh: Array.from({ length: MARKET_BAND_COUNT }, (_, i) => field(e0, i)),
    nonActualCount: Number(field(e0, 8)),
    market: e1 - MARKET_SUM_BIAS,
    statement,
    hourWh: Array.from({ length: HOURS }, (_, h) => field(hourElems[Math.floor(h / PER_ELEMENT)] as bigint, h % PER_ELEMENT)),
  };
  const sum = (xs: readonly bigint[]): bigint => xs.reduce((a, b) => a + b, 0n);
  if (sum(d.hourWh) !== sum(d.bandWh)) throw new ValidationError('details.hourWh', `adds up to ${sum(d.hourWh)} Wh, but the bands to ${sum(d.bandWh)} Wh`);
  return d;
}

/**
 * Encrypts a market bill's details to the regulator's key as the circuit does; returns the eight
 * signals' values. The nonce is the bill's: `meterId + 2^64 periodStart` ({@link disclosureNonce}).
 * @param ephemeralSecret `e` in [1, 2^251) (`deriveEphemeralSecret` of the prover's secret and the nonce)
 */
export async function encryptMarketDetails(
  details: MarketDetails,
  regulatorKey: CurvePoint,
  ephemeralSecret: bigint,
  nonce: bigint,
): Promise<BillDisclosureSignals> {
  const d = await encryptDetails(packMarketDetails(details), regulatorKey, ephemeralSecret, nonce);
  return { regulatorKeyY: d.recipientY, ephemeralKeyY: d.ephemeralKey.y, ciphertext: d.ciphertext };
}

/** The eight disclosure signals in public-signal order (after `domain`). */
export function marketDisclosureSignalList(s: BillDisclosureSignals): bigint[] {
  return disclosureSignalList(s);
}

/**
 * Index of the first disclosure signal of a disclosed public-price market bill (docs/disclosure-spec.md §12):
 * after its six signals and its `maxDays × I` price inputs.
 */
export function publicPriceDisclosureOffset(maxDays: number, intervalsPerDay: number): number {
  return 6 + maxDays * intervalsPerDay;
}

/**
 * Reads the eight disclosure signals out of a disclosed market bill's public signals (at
 * {@link MARKET_DISCLOSURE_SIGNAL_OFFSET}, or, for a public-price bill, at `offset` =
 * {@link publicPriceDisclosureOffset}).
 * @throws ValidationError when there are too few signals
 */
export function marketDisclosureSignalsOf(publicSignals: readonly (bigint | string)[], offset = MARKET_DISCLOSURE_SIGNAL_OFFSET): BillDisclosureSignals {
  const end = offset + MARKET_DISCLOSURE_SIGNAL_COUNT;
  if (publicSignals.length < end) throw new ValidationError('publicSignals', `has ${publicSignals.length} signals; a disclosed market bill has ${end}`);
  const s = publicSignals.slice(offset, end).map((v) => BigInt(v));
  return { regulatorKeyY: s[0] as bigint, ephemeralKeyY: s[1] as bigint, ciphertext: s.slice(2) };
}

/**
 * Decrypts with the shared point's y (construction v3) and unpacks layout m1. Without an
 * authentication element the layout's redundancy refuses a wrong key or nonce: the 60-bit biased
 * market sum (a random element fits with probability 2^-194), the unused bits above the band fields
 * and the hours, which must add up to the bands.
 */
function openWithSharedY(ciphertext: readonly bigint[], sharedY: bigint, nonce: bigint, failure: string): MarketDetails {
  if (ciphertext.length !== MARKET_CIPHERTEXT_LENGTH)
    throw new ValidationError('ciphertext', `has ${ciphertext.length} elements; a market disclosure has ${MARKET_CIPHERTEXT_LENGTH}`);
  const plain = decryptWithSharedY(ciphertext, sharedY, nonce, MARKET_DETAILS_LENGTH);
  try {
    return unpackMarketDetails(plain);
  } catch (e) {
    if (e instanceof ValidationError) throw new WattproofError('FAILED', `${failure}: ${e.message}`);
    throw e;
  }
}

/**
 * The regulator's decryption of a market settlement: its secret times either ephemeral key with the
 * published y (`r * E` or `-(r * E)`: one y, one cipher key).
 * @throws WattproofError (code FAILED) when it does not decrypt to a layout-m1 packing (another key,
 *   another settlement, tampered signals)
 * @throws ValidationError when the ciphertext has the wrong length
 */
export function decryptMarketDisclosure(s: BillDisclosureSignals, regulatorSecret: bigint, nonce: bigint): MarketDetails {
  const [e] = ephemeralKeyCandidates(s.ephemeralKeyY) as [CurvePoint];
  return openWithSharedY(
    s.ciphertext,
    sharedPoint(regulatorSecret, e).y,
    nonce,
    'the market disclosure does not decrypt under this key and nonce (another key, another settlement, or tampered signals)',
  );
}

/**
 * Opens one market settlement with its shared point (the prover's own copy: `sharedPoint(e, R)`, or
 * what it handed an ombudsman); only its y is used. @throws WattproofError (code FAILED) when it does not open.
 */
export function openMarketDisclosure(s: BillDisclosureSignals, shared: CurvePoint, nonce: bigint): MarketDetails {
  return openWithSharedY(s.ciphertext, shared.y, nonce, 'the market disclosure does not open with this shared point and nonce');
}

/** The cipher nonce of a market settlement: the bill's rule, `meterId + 2^64 periodStart`. */
export function marketDisclosureNonce(meterId: bigint, periodStart: number | bigint): bigint {
  return disclosureNonce(meterId, periodStart);
}

/**
 * The regulator's recomputation (market-spec §6) from the disclosed details, the terms it approved and
 * the public `period`'s day count: `adder = sum_k b_k × bandWh_k`, `energy = a × market + 1000 × adder`,
 * standing, tax and the one signed rounding, exactly as {@link computeMarketBill} from readings.
 * `market` is the disclosed sum, proven in the circuit against the feed's prices (market-spec §3).
 */
export function recomputeMarketFromDetails(terms: MarketTerms, details: MarketDetails, dayCount: number, tokenDecimals: number): MarketAmount {
  checkMarketTerms(terms);
  if (!Number.isInteger(dayCount) || dayCount < 1) throw new ValidationError('dayCount', `must be a positive integer, got ${dayCount}`);
  const divisor = marketDivisor(tokenDecimals);
  let adder = 0n;
  details.bandWh.forEach((wh, b) => (adder += wh * BigInt(terms.adders[b] ?? 0)));
  const energy = BigInt(terms.multiplier) * details.market + 1000n * adder;
  const standing = terms.standingPerDay * BigInt(dayCount) * (divisor / 10000n);
  const subtotal = energy + standing;
  const taxed = subtotal * BigInt(10000 + terms.taxBps);
  return { market: details.market, adder, energy, standing, subtotal, taxed, ...roundSigned(taxed, divisor) };
}

/** Total billed energy of a disclosure (the sum of its bands), Wh. */
export function marketTotalWh(details: MarketDetails): bigint {
  return details.bandWh.reduce((a, b) => a + b, 0n);
}
