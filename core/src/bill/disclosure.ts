/**
 * A bill's disclosure (docs/disclosure-spec.md §4-§5): the details layout v1 that the bill circuit
 * (`Bill(..., DISCLOSE = 1)`, circuits/lib/disclosure.circom `BillDetails` and `BillDisclosure`)
 * encrypts to the regulator's key, its six public signals after `domain`, and the regulator's and
 * the consumer's decryption. Browser-safe.
 * @packageDocumentation
 */
import { unpackPoint } from '@zk-kit/baby-jubjub';
import { type CurvePoint, decryptWithSharedPoint, encryptDetails, sharedPoint } from '../crypto/disclosure.js';
import { BABYJUB_SUBORDER, FIELD_P } from '../crypto/field.js';
import { poseidon } from '../crypto/poseidon.js';
import { ValidationError, WattproofError } from '../errors.js';
import { encodeTariff } from '../tariff/encode.js';
import { parseTariff, type Tariff } from '../tariff/schema.js';
import { type Bill, chargeOf, roundMilli } from './compute.js';

/** Plaintext elements of layout v1. */
export const BILL_DETAILS_LENGTH = 3;
/** Ciphertext elements: `3 * ceil(3 / 3) + 1`. */
export const BILL_CIPHERTEXT_LENGTH = 4;
/** Index of the first disclosure signal: right after `domain` (signal 4). */
export const DISCLOSURE_SIGNAL_OFFSET = 5;
/** `regulatorKeyHash, ephemeralKeyY, ciphertext[4]`. */
export const DISCLOSURE_SIGNAL_COUNT = 2 + BILL_CIPHERTEXT_LENGTH;
/** Bits of each energy field of the packed details (a 31-day 15-minute month imports below 2^28 Wh). */
export const DETAIL_FIELD_BITS = 28n;
/** `wattproof.ephemeral.v1`: domain tag of the consumer's derived ephemeral secrets. */
export const TAG_EPHEMERAL = 44665616378081099015071007336686737509322538854807089n;

const FIELD_LIMIT = 1n << DETAIL_FIELD_BITS;
const MASK = FIELD_LIMIT - 1n;

/** What the regulator reads of a settled bill besides its public signals (layout v1). */
export interface BillDetails {
  /** Import energy per price band 0..7 (work and rest days together), Wh. */
  bandWh: bigint[];
  /** Export energy per export band 0..7, Wh. */
  exportBandWh: bigint[];
  /** Highest import of one interval inside the demand window, Wh (0 for a circuit without demand). */
  peakWh: bigint;
  /** The meter-signed statement (Poseidon over meter, period and both reading digests, bill spec §3). */
  statement: bigint;
}

/** The six disclosure signals of a bill, in circuit order. */
export interface BillDisclosureSignals {
  /** Poseidon(x, y) of the regulator's key the details are encrypted to (signal 5). */
  regulatorKeyHash: bigint;
  /** y of the ephemeral key `e * Base8` (signal 6); x is recovered up to sign. */
  ephemeralKeyY: bigint;
  /** Signals 7..10. */
  ciphertext: bigint[];
}

/**
 * The details a bill discloses, from the engine's bill. `demand` says whether the circuit computes
 * the peak (a circuit without the demand component discloses 0).
 */
export function billDetails(bill: Bill, statement: bigint, options: { demand?: boolean } = {}): BillDetails {
  const bandWh = new Array<bigint>(8).fill(0n);
  for (const item of bill.items.energy) bandWh[item.band] = item.wh;
  const exportBandWh = new Array<bigint>(8).fill(0n);
  for (const item of bill.items.exports) exportBandWh[item.band] = item.wh;
  // Bands the tariff does not name carry no energy in the engine (every slot has a named band).
  return { bandWh, exportBandWh, peakWh: options.demand === true ? (bill.items.demand?.peakWh ?? 0n) : 0n, statement };
}

function packFields(values: readonly bigint[], field: string): bigint {
  let v = 0n;
  values.forEach((x, i) => {
    if (x < 0n || x >= FIELD_LIMIT) throw new ValidationError(`${field}[${i}]`, `must be in 0..2^${DETAIL_FIELD_BITS}-1`);
    v += x << (DETAIL_FIELD_BITS * BigInt(i));
  });
  return v;
}

/** The three plaintext elements of layout v1 (what `BillDetails` in the circuit computes). */
export function packBillDetails(d: BillDetails): bigint[] {
  if (d.bandWh.length !== 8 || d.exportBandWh.length !== 8) throw new ValidationError('details', 'needs 8 import and 8 export band energies');
  if (d.statement < 0n || d.statement >= FIELD_P) throw new ValidationError('details.statement', 'must be a field element');
  return [packFields([...d.bandWh, d.peakWh], 'details.bandWh'), packFields(d.exportBandWh, 'details.exportBandWh'), d.statement];
}

/** Inverse of {@link packBillDetails}. @throws ValidationError when an element is not a packing of layout v1. */
export function unpackBillDetails(elements: readonly bigint[]): BillDetails {
  if (elements.length !== BILL_DETAILS_LENGTH) throw new ValidationError('details', `must have ${BILL_DETAILS_LENGTH} elements`);
  const [e0, e1, statement] = elements as [bigint, bigint, bigint];
  if (e0 >> (DETAIL_FIELD_BITS * 9n) !== 0n) throw new ValidationError('details[0]', 'has bits above the 9 energy fields');
  if (e1 >> (DETAIL_FIELD_BITS * 8n) !== 0n) throw new ValidationError('details[1]', 'has bits above the 8 energy fields');
  const field = (v: bigint, i: number): bigint => (v >> (DETAIL_FIELD_BITS * BigInt(i))) & MASK;
  return {
    bandWh: Array.from({ length: 8 }, (_, i) => field(e0, i)),
    exportBandWh: Array.from({ length: 8 }, (_, i) => field(e1, i)),
    peakWh: field(e0, 8),
    statement,
  };
}

/** The cipher nonce of a settlement: `meterId + 2^64 periodStart` (unique per settled (meter, period)). */
export function disclosureNonce(meterId: bigint, periodStart: number | bigint): bigint {
  const start = BigInt(periodStart);
  if (meterId < 0n || meterId >= 1n << 64n) throw new ValidationError('meterId', 'must be below 2^64');
  if (start < 0n || start >= 1n << 40n) throw new ValidationError('periodStart', 'must be below 2^40');
  return meterId + (start << 64n);
}

/**
 * The consumer's ephemeral secret for one settlement: `Poseidon(TAG_EPHEMERAL, consumerSecret, nonce)`
 * reduced into `[1, l)`. One consumer secret opens every settlement of the consumer without storing
 * anything per settlement; each settlement has its own secret and so its own shared point.
 */
export async function deriveEphemeralSecret(consumerSecret: bigint, nonce: bigint): Promise<bigint> {
  if (consumerSecret <= 0n || consumerSecret >= FIELD_P) throw new ValidationError('consumerSecret', 'must be a non-zero field element');
  const h = await poseidon([TAG_EPHEMERAL, consumerSecret, nonce]);
  return (h % (BABYJUB_SUBORDER - 1n)) + 1n;
}

/**
 * Encrypts a bill's details to the regulator's key as the circuit does, and returns the six signals.
 * @param ephemeralSecret `e` in [1, 2^253): see {@link deriveEphemeralSecret}
 */
export async function encryptBillDetails(
  details: BillDetails,
  regulatorKey: CurvePoint,
  ephemeralSecret: bigint,
  nonce: bigint,
): Promise<BillDisclosureSignals> {
  const d = await encryptDetails(packBillDetails(details), regulatorKey, ephemeralSecret, nonce);
  return { regulatorKeyHash: d.recipientHash, ephemeralKeyY: d.ephemeralKey.y, ciphertext: d.ciphertext };
}

/** The six disclosure signals in public-signal order. */
export function disclosureSignalList(s: BillDisclosureSignals): bigint[] {
  return [s.regulatorKeyHash, s.ephemeralKeyY, ...s.ciphertext];
}

/** Reads the six disclosure signals out of a bill's public signals (at {@link DISCLOSURE_SIGNAL_OFFSET}). */
export function disclosureSignalsOf(publicSignals: readonly (bigint | string)[]): BillDisclosureSignals {
  if (publicSignals.length < DISCLOSURE_SIGNAL_OFFSET + DISCLOSURE_SIGNAL_COUNT) {
    throw new ValidationError(
      'publicSignals',
      `has ${publicSignals.length} signals; a bill with disclosure has at least ${DISCLOSURE_SIGNAL_OFFSET + DISCLOSURE_SIGNAL_COUNT}`,
    );
  }
  const s = publicSignals.slice(DISCLOSURE_SIGNAL_OFFSET, DISCLOSURE_SIGNAL_OFFSET + DISCLOSURE_SIGNAL_COUNT).map((v) => BigInt(v));
  return { regulatorKeyHash: s[0] as bigint, ephemeralKeyY: s[1] as bigint, ciphertext: s.slice(2) };
}

/** The two points with this y on BabyJubJub (x and -x). @throws ValidationError if there are none. */
export function ephemeralKeyCandidates(y: bigint): CurvePoint[] {
  const p = y >= 0n && y < FIELD_P ? unpackPoint(y) : null;
  if (p === null) throw new ValidationError('ephemeralKeyY', 'is not the y coordinate of a BabyJubJub point');
  const [x] = p;
  return [
    { x, y },
    { x: (FIELD_P - x) % FIELD_P, y },
  ];
}

/**
 * The regulator's decryption: recovers the ephemeral key from its y (two candidates; the one under
 * which the ciphertext authenticates is the proven one) and decrypts with the regulator's secret.
 * @throws WattproofError (code FAILED) when neither candidate decrypts (another key, another
 *   settlement, tampered signals)
 */
export function decryptBillDisclosure(s: BillDisclosureSignals, regulatorSecret: bigint, nonce: bigint): BillDetails {
  for (const e of ephemeralKeyCandidates(s.ephemeralKeyY)) {
    const shared = sharedPoint(regulatorSecret, e);
    const plain = tryDecrypt(s.ciphertext, shared, nonce);
    if (plain !== undefined) return unpackBillDetails(plain);
  }
  throw new WattproofError('FAILED', 'the disclosure does not decrypt under this key and nonce (another key, another settlement, or tampered signals)');
}

/**
 * The shared point of one settlement, from the consumer's ephemeral secret: what the consumer hands
 * an ombudsman to open that settlement alone ({@link openBillDisclosure}); it reveals no key.
 */
export function settlementSharedPoint(ephemeralSecret: bigint, regulatorKey: CurvePoint): CurvePoint {
  return sharedPoint(ephemeralSecret, regulatorKey);
}

/**
 * Opens one settlement's disclosure with its shared point (the consumer's own copy, or what it handed
 * an ombudsman). @throws WattproofError (code FAILED) when it does not authenticate.
 */
export function openBillDisclosure(s: BillDisclosureSignals, shared: CurvePoint, nonce: bigint): BillDetails {
  const plain = tryDecrypt(s.ciphertext, shared, nonce);
  if (plain === undefined) throw new WattproofError('FAILED', 'the disclosure does not open with this shared point and nonce');
  return unpackBillDetails(plain);
}

function tryDecrypt(ciphertext: readonly bigint[], shared: CurvePoint, nonce: bigint): bigint[] | undefined {
  try {
    return decryptWithSharedPoint(ciphertext, shared, nonce, BILL_DETAILS_LENGTH);
  } catch (e) {
    if (e instanceof WattproofError && e.code === 'FAILED') return undefined;
    throw e;
  }
}

/** Charge and credit recomputed from disclosed details, with the tier energies they imply. */
export interface RecomputedBill {
  charge: bigint;
  credit: bigint;
  totalImportWh: bigint;
  totalExportWh: bigint;
  /** Energy in each of the four tiers (bill spec §6: the total split at the allowances). */
  tierWh: bigint[];
}

/**
 * What the regulator checks a settlement against: charge and credit recomputed from the disclosed
 * details and the approved tariff document, exactly as bill spec §6 computes them from readings
 * (the energy term is linear in the per-band energies; tiers split the total at the allowances;
 * the demand term is the peak's power times the price). `dayCount` and `intervalsPerDay` come from
 * the public `period` signal.
 */
export function recomputeFromDetails(tariff: Tariff, details: BillDetails, period: { dayCount: number; intervalsPerDay: number }): RecomputedBill {
  const enc = encodeTariff(parseTariff(tariff));
  const days = BigInt(period.dayCount);
  const E = details.bandWh.reduce((a, b) => a + b, 0n);
  const X = details.exportBandWh.reduce((a, b) => a + b, 0n);
  let energyMilli = 0n;
  details.bandWh.forEach((wh, b) => (energyMilli += wh * (enc.bandPrices[b] ?? 0n)));
  const thresholds = enc.tierAllowances.map((a) => (enc.tierBasis === 1 ? a : a * days));
  const minE = (t: bigint | undefined): bigint => (t === undefined ? E : t < E ? t : E);
  const tierWh: bigint[] = [];
  let tiersMilli = 0n;
  for (let k = 0; k < 4; k++) {
    const wh = minE(k < 3 ? thresholds[k] : undefined) - (k === 0 ? 0n : minE(thresholds[k - 1] ?? 0n));
    tierWh.push(wh);
    tiersMilli += wh * (enc.tierPrices[k] ?? 0n);
  }
  const standingMilli = enc.standingPerDay * days * 1000n;
  const demandMilli = enc.demandPrice * ((details.peakWh * BigInt(period.intervalsPerDay)) / 24n);
  let exportMilli = 0n;
  details.exportBandWh.forEach((wh, b) => (exportMilli += wh * (enc.exportPrices[b] ?? 0n)));
  return {
    charge: chargeOf(energyMilli + tiersMilli + standingMilli + demandMilli, enc.taxBps),
    credit: roundMilli(exportMilli),
    totalImportWh: E,
    totalExportWh: X,
    tierWh,
  };
}
