/**
 * Market terms (a spot-indexed tariff, a PPA, a CfD): validation and commitment, docs/market-spec.md §4.
 * @packageDocumentation
 */
import { newTariffSalt } from '../tariff/salt.js';
import { isFieldElement } from '../crypto/field.js';
import { poseidon } from '../crypto/poseidon.js';
import { ValidationError } from '../errors.js';
import { checkIntervalsPerDay, type IntervalsPerDay } from './feed.js';
import { TAG_TERMS } from './tags.js';

/** Adder bands. */
export const MARKET_BAND_COUNT = 8;
/** Bounds of the signed multiplier (per mille). */
export const MULTIPLIER_MIN = -(2 ** 15);
export const MULTIPLIER_MAX = 2 ** 15 - 1;
/** Bounds of a signed adder (cents per MWh). */
export const ADDER_MIN = -(2 ** 31);
export const ADDER_MAX = 2 ** 31 - 1;
/** Standing charge per day is below 2^48 token units. */
export const STANDING_LIMIT = 2n ** 48n;

/**
 * The terms a market bill applies to a meter's readings and a zone's prices.
 * Spot-indexed: `multiplier = 1000`; fixed PPA: `multiplier = 0`, `adders[0]` the price;
 * CfD: `multiplier = -1000`, `adders[0]` the strike, no standing charge, no tax.
 */
export interface MarketTerms {
  /** Intervals per day; must equal the zone's. */
  intervalsPerDay: IntervalsPerDay;
  /** `a`: per mille of the market price, signed. */
  multiplier: number;
  /** `b_k`: cents per MWh added to the scaled price in band k, signed. */
  adders: number[];
  /** Token smallest units per day. */
  standingPerDay: bigint;
  /** Tax in basis points, 0..10000. */
  taxBps: number;
  /** Adder band of each slot of the day. */
  bands: number[];
  /** Random field element that hides the terms in the commitment. */
  salt: bigint;
}

/** Which preset a {@link marketTerms} call builds. */
export type MarketTermsKind =
  | { kind: 'spot'; adders?: number[]; bands?: number[]; standingPerDay?: bigint; taxBps?: number }
  | { kind: 'indexed'; multiplier: number; premium: number }
  | { kind: 'fixed'; price: number }
  | { kind: 'cfd'; strike: number };

/** Builds validated terms of one kind with a fresh salt (or the one given). */
export function marketTerms(intervalsPerDay: number, k: MarketTermsKind, salt: bigint = newTariffSalt()): MarketTerms {
  checkIntervalsPerDay(intervalsPerDay);
  const zeros = new Array<number>(MARKET_BAND_COUNT).fill(0);
  const base = { intervalsPerDay, standingPerDay: 0n, taxBps: 0, bands: new Array<number>(intervalsPerDay).fill(0), salt };
  const one = (v: number) => [v, ...zeros.slice(1)];
  let t: MarketTerms;
  switch (k.kind) {
    case 'spot':
      t = { ...base, multiplier: 1000, adders: k.adders ?? zeros, bands: k.bands ?? base.bands, standingPerDay: k.standingPerDay ?? 0n, taxBps: k.taxBps ?? 0 };
      break;
    case 'indexed':
      t = { ...base, multiplier: k.multiplier, adders: one(k.premium) };
      break;
    case 'fixed':
      t = { ...base, multiplier: 0, adders: one(k.price) };
      break;
    case 'cfd':
      t = { ...base, multiplier: -1000, adders: one(k.strike) };
      break;
  }
  checkMarketTerms(t);
  return t;
}

function checkInt(field: string, v: number, min: number, max: number): void {
  if (!Number.isSafeInteger(v) || v < min || v > max) throw new ValidationError(field, `must be an integer in ${min}..${max}, got ${v}`);
}

/** Throws a ValidationError naming the first field outside its width (spec §4). */
export function checkMarketTerms(t: MarketTerms, root = 'terms'): void {
  checkIntervalsPerDay(t.intervalsPerDay, `${root}.intervalsPerDay`);
  checkInt(`${root}.multiplier`, t.multiplier, MULTIPLIER_MIN, MULTIPLIER_MAX);
  if (t.adders.length !== MARKET_BAND_COUNT) throw new ValidationError(`${root}.adders`, `must have ${MARKET_BAND_COUNT} entries, got ${t.adders.length}`);
  t.adders.forEach((b, k) => checkInt(`${root}.adders[${k}]`, b, ADDER_MIN, ADDER_MAX));
  if (t.standingPerDay < 0n || t.standingPerDay >= STANDING_LIMIT) throw new ValidationError(`${root}.standingPerDay`, 'must be in 0..2^48-1 token units');
  checkInt(`${root}.taxBps`, t.taxBps, 0, 10000);
  if (t.bands.length !== t.intervalsPerDay)
    throw new ValidationError(`${root}.bands`, `must have ${t.intervalsPerDay} entries (one per slot), got ${t.bands.length}`);
  t.bands.forEach((b, s) => checkInt(`${root}.bands[${s}]`, b, 0, MARKET_BAND_COUNT - 1));
  if (!isFieldElement(t.salt)) throw new ValidationError(`${root}.salt`, 'must be a field element');
}

/** The committed field values of spec §4 with their widths, in table order (biased where signed). */
export function termsFields(t: MarketTerms): Array<[bigint, number]> {
  return [
    [BigInt(t.multiplier) + 2n ** 15n, 16],
    ...t.adders.map((b): [bigint, number] => [BigInt(b) + 2n ** 31n, 32]),
    [t.standingPerDay, 48],
    [BigInt(t.taxBps), 14],
    ...t.bands.map((b): [bigint, number] => [BigInt(b), 3]),
  ];
}

/** `Poseidon5(TAG_TERMS, salt, w[0], w[1], w[2])` over the fields' bit string in 248-bit words. */
export async function marketTermsCommitment(t: MarketTerms): Promise<bigint> {
  checkMarketTerms(t);
  const words = [0n, 0n, 0n];
  let pos = 0;
  for (const [v, width] of termsFields(t)) {
    for (let b = 0; b < width; b++, pos++) {
      if ((v >> BigInt(b)) & 1n) words[Math.floor(pos / 248)]! |= 1n << BigInt(pos % 248);
    }
  }
  return poseidon([TAG_TERMS, t.salt, ...words]);
}
