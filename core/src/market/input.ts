/**
 * The market circuit's witness input and the public signals it must produce (docs/market-spec.md §7).
 * @packageDocumentation
 */
import { packAmounts, packPeriod } from '../bill/signals.js';
import { type CurvePoint, isCurvePoint } from '../crypto/disclosure.js';
import { keyHash } from '../crypto/eddsa.js';
import { FIELD_P } from '../crypto/field.js';
import { ValidationError } from '../errors.js';
import { periodStatement, seriesDigest, slotSumsDigest } from '../meter/digest.js';
import { nonActualCount } from '../meter/quality.js';
import type { SignedPeriod } from '../meter/sign.js';
import { computeMarketBill, type MarketAmount } from './compute.js';
import { encryptMarketDetails, type MarketDetails, marketDetails, marketDisclosureNonce, marketDisclosureSignalList } from './disclosure.js';
import { chainLinks, checkIntervalsPerDay } from './feed.js';
import { marketTermsCommitment, type MarketTerms } from './terms.js';

/** Which of the meter's series a market bill prices: a consumer's imports or a generator's exports. */
export type MarketSeries = 'import' | 'export';

/** Everything a market proof needs besides the circuit. */
export interface MarketBillRequest {
  signed: SignedPeriod;
  series: MarketSeries;
  terms: MarketTerms;
  /** The zone's UTC offset in seconds: the period must start at the zone's midnight. */
  zoneTzSeconds: number;
  /** Published prices of each day of the period (cents/MWh). */
  prices: number[][];
  /** The feed link before the period's first day (`L[D0 - 1]`). */
  chainBefore: bigint;
  /** `chainId × 2^160 + settlement contract`. */
  domain: bigint;
  /** The circuit's MAXD. */
  maxDays: number;
  /** The circuit's DEC. */
  tokenDecimals: number;
  /**
   * For a circuit with disclosure (`"disclose": 1`, docs/disclosure-spec.md §11): the regulator's key in
   * force for the period's start (DisclosureKeys) and the prover's ephemeral secret in [1, 2^253).
   * Absent for a circuit without.
   */
  disclosure?: { regulatorKey: CurvePoint; ephemeralSecret: bigint };
}

/** What the circuit computes: the amount, the public signals in snarkjs order, and the witness input. */
export interface MarketBillWitness {
  amount: MarketAmount;
  firstDay: number;
  /** keyHash, termsCommitment, period, amounts, chainAfter, chainBefore, domain (then the eight disclosure signals). */
  publicSignals: bigint[];
  /** With a disclosure: what the ciphertext encrypts (docs/disclosure-spec.md §11). */
  details?: MarketDetails;
  input: Record<string, string | string[] | string[][]>;
}

const field = (v: bigint): string => (((v % FIELD_P) + FIELD_P) % FIELD_P).toString();

/** Builds the witness input of a `MarketBill(I, maxDays, series, tokenDecimals, disclose)` circuit (disclose = 1 with `req.disclosure`). */
export async function marketBillWitness(req: MarketBillRequest): Promise<MarketBillWitness> {
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
  const links = await chainLinks(req.chainBefore, firstDay, req.prices);
  const chainAfter = links[links.length - 1]!;
  const pad = <T>(xs: readonly T[], len: number, zero: T): T[] => [...xs, ...new Array<T>(len - xs.length).fill(zero)];
  const input = {
    meterId: signed.meterId.toString(),
    periodStart: signed.periodStart.toString(),
    dayCount: dayCount.toString(),
    readings: pad(billed, req.maxDays * I, 0).map(String),
    otherDigest: (await seriesDigest(other)).toString(),
    exportSlotsDigest: (await slotSumsDigest(signed.exports, I)).toString(),
    nonActualCount: nonActualCount(signed.quality).toString(),
    Ax: signed.publicKey.x.toString(),
    Ay: signed.publicKey.y.toString(),
    R8x: signed.signature.R8x.toString(),
    R8y: signed.signature.R8y.toString(),
    S: signed.signature.S.toString(),
    firstDay: firstDay.toString(),
    prices: pad(req.prices, req.maxDays, new Array<number>(I).fill(0)).map((day) => day.map((p) => field(BigInt(p)))),
    multiplier: (BigInt(terms.multiplier) + 2n ** 15n).toString(),
    adders: terms.adders.map((b) => (BigInt(b) + 2n ** 31n).toString()),
    standingPerDay: terms.standingPerDay.toString(),
    taxBps: terms.taxBps.toString(),
    bands: terms.bands.map(String),
    salt: terms.salt.toString(),
    chainBefore: req.chainBefore.toString(),
    domain: req.domain.toString(),
  };
  const disclosed = req.disclosure === undefined ? undefined : await marketDisclosureWitness(req.disclosure, terms, billed, req.prices, signed);
  const publicSignals = [
    await keyHash(signed.publicKey),
    await marketTermsCommitment(terms),
    packPeriod({ meterId: signed.meterId, periodStart: signed.periodStart, intervalCount: n, intervalSeconds: signed.intervalSeconds }),
    packAmounts({ charge: amount.charge, credit: amount.credit }),
    chainAfter,
    req.chainBefore,
    req.domain,
    ...(disclosed?.signals ?? []),
  ];
  if (disclosed === undefined) return { amount, firstDay, publicSignals, input };
  return { amount, firstDay, publicSignals, input: { ...input, ...disclosed.input }, details: disclosed.details };
}

/** What a market circuit's disclosure adds to its witness: the details, the eight public signals and the private inputs. */
export interface MarketDisclosureWitness {
  details: MarketDetails;
  /** regulatorKeyY, ephemeralKeyY, the six ciphertext words, in public-signal order. */
  signals: bigint[];
  input: Record<string, string | string[]>;
}

/**
 * The disclosure part of a market witness (docs/disclosure-spec.md §11-§12), shared by `MarketBill` and
 * `MarketBillPublicPrices`: both disclose the same details (layout m1) of the billed series in period order.
 * @param billed - the billed series, `dayCount × I` readings in period order
 * @param prices - the period's prices, one day per period day
 * @throws ValidationError for a key off the curve or an ephemeral secret out of range
 */
export async function marketDisclosureWitness(
  disclosure: NonNullable<MarketBillRequest['disclosure']>,
  terms: MarketTerms,
  billed: readonly number[],
  prices: readonly (readonly number[])[],
  signed: SignedPeriod,
): Promise<MarketDisclosureWitness> {
  const { regulatorKey, ephemeralSecret } = disclosure;
  if (!isCurvePoint(regulatorKey)) throw new ValidationError('disclosure.regulatorKey', 'is not a BabyJubJub point');
  if (typeof ephemeralSecret !== 'bigint' || ephemeralSecret <= 0n || ephemeralSecret >= 1n << 251n)
    throw new ValidationError('disclosure.ephemeralSecret', 'must be a bigint scalar in [1, 2^251)');
  const details = marketDetails(terms, billed, prices, nonActualCount(signed.quality), await periodStatement(signed));
  const enc = await encryptMarketDetails(details, regulatorKey, ephemeralSecret, marketDisclosureNonce(signed.meterId, signed.periodStart));
  return {
    details,
    signals: marketDisclosureSignalList(enc),
    input: {
      disclosureSecret: ephemeralSecret.toString(),
      regulatorKeyX: regulatorKey.x.toString(),
      regulatorKeyY: enc.regulatorKeyY.toString(),
      ephemeralKeyY: enc.ephemeralKeyY.toString(),
      disclosureCiphertext: enc.ciphertext.map(String),
    },
  };
}
