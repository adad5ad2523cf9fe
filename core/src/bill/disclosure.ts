/**
 * A bill's disclosure (docs/disclosure-spec.md §4-§5, §8): the details layouts that the bill circuit
 * (`Bill(..., DISCLOSE = 1 | 2)`, circuits/lib/disclosure.circom `BillDetails` and `BillDisclosure`)
 * encrypts to the regulator's key (v1: bands; v2: bands and import per hour of the local day), their
 * public signals after `domain` (five, or eight for v2; construction v3, spec §10), and the regulator's
 * and the consumer's decryption. Browser-safe.
 * @packageDocumentation
 */
import { unpackPoint } from '@zk-kit/baby-jubjub';
import { type CurvePoint, decryptWithSharedY, encryptDetails, sharedPoint } from '../crypto/disclosure.js';
import { BABYJUB_SUBORDER, FIELD_P } from '../crypto/field.js';
import { poseidon } from '../crypto/poseidon.js';
import { ValidationError, WattproofError } from '../errors.js';
import { parseMeterPeriod, type MeterPeriod } from '../meter/period.js';
import { encodeTariff } from '../tariff/encode.js';
import { parseTariff, type Tariff } from '../tariff/schema.js';
import { localDayNumber } from '../tariff/calendar.js';
import { localSlotOf, offsetInForce } from '../tariff/zone.js';
import { type Bill, chargeOf, periodLayout, restDayFlags, roundMilli } from './compute.js';

/**
 * The details layout a circuit discloses: 1 = bands, peak and statement (`"disclose": 1`); 2 = layout 1
 * and import per hour of the tariff's local day (`"disclose": 2`, spec §8).
 */
export type DisclosureLayout = 1 | 2;
/** Plaintext elements of layout v1. */
export const BILL_DETAILS_LENGTH = 3;
/** Ciphertext elements of layout v1: `3 * ceil(3 / 3)` (construction v3: no authentication element). */
export const BILL_CIPHERTEXT_LENGTH = 3;
/** Index of the first disclosure signal: right after `domain` (signal 4). */
export const DISCLOSURE_SIGNAL_OFFSET = 5;
/** Layout v1's disclosure signals: `regulatorKeyY, ephemeralKeyY, ciphertext[3]`. */
export const DISCLOSURE_SIGNAL_COUNT = 2 + BILL_CIPHERTEXT_LENGTH;
/** Hours of the local day that layout v2 sums import over. */
export const HOURS_PER_DAY = 24;
/** Hour sums per plaintext element in layout v2 (8 x 28 bits = 224 bits). */
export const HOURS_PER_ELEMENT = 8;

/** Plaintext elements of a layout: 3, or 6 with the three elements of hour sums. */
export function detailsLength(layout: DisclosureLayout = 1): number {
  return layout === 2 ? BILL_DETAILS_LENGTH + HOURS_PER_DAY / HOURS_PER_ELEMENT : BILL_DETAILS_LENGTH;
}
/** Ciphertext elements of a layout: `3 * ceil(L / 3)` (3, or 6). */
export function ciphertextLength(layout: DisclosureLayout = 1): number {
  return 3 * Math.ceil(detailsLength(layout) / 3);
}
/** Disclosure signals after `domain`: the key's y, the ephemeral key's y and the ciphertext (5, or 8). */
export function disclosureSignalCount(layout: DisclosureLayout = 1): number {
  return 2 + ciphertextLength(layout);
}
/**
 * The layout of a circuit's manifest `disclose` parameter (1 or 2).
 * @throws ValidationError for anything else
 */
export function disclosureLayoutOf(disclose: number): DisclosureLayout {
  if (disclose !== 1 && disclose !== 2) throw new ValidationError('disclose', `must be 1 or 2, got ${disclose}`);
  return disclose;
}
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
  /**
   * Layout v2 only: import per hour of the tariff's local day (24 entries, hour 0 = local 00:00-01:00),
   * summed over every day of the period; an hour of a half-hourly tariff sums its two slots. Absent in v1.
   */
  hourWh?: bigint[];
}

/** The disclosure signals of a bill (five, or eight for layout v2), in circuit order. */
export interface BillDisclosureSignals {
  /** y of the regulator's key the details are encrypted to (signal 5; the chain compares it with the key in force). */
  regulatorKeyY: bigint;
  /** y of the ephemeral key `e * Base8` (signal 6); either x of it gives the same cipher key. */
  ephemeralKeyY: bigint;
  /** Signals 7..9 (7..12 for layout v2). */
  ciphertext: bigint[];
}

/**
 * The details a bill discloses, from the engine's bill. `demand` says whether the circuit computes
 * the peak (a circuit without the demand component discloses 0); `hourWh` (layout v2) the import per
 * hour of the local day, from {@link hourlyImportWh}.
 */
export function billDetails(bill: Bill, statement: bigint, options: { demand?: boolean; hourWh?: readonly bigint[] } = {}): BillDetails {
  const bandWh = new Array<bigint>(8).fill(0n);
  for (const item of bill.items.energy) bandWh[item.band] = item.wh;
  const exportBandWh = new Array<bigint>(8).fill(0n);
  for (const item of bill.items.exports) exportBandWh[item.band] = item.wh;
  // Bands the tariff does not name carry no energy in the engine (every slot has a named band).
  const d: BillDetails = { bandWh, exportBandWh, peakWh: options.demand === true ? (bill.items.demand?.peakWh ?? 0n) : 0n, statement };
  if (options.hourWh !== undefined) d.hourWh = [...options.hourWh];
  return d;
}

/**
 * Import per hour of the tariff's local day over a period (spec §8, what `BillDetails(I, LW, 1)` sums):
 * each interval at its local slot (spec §5a: on a clock-change day the repeated hour holds both of its
 * occurrences, the skipped one nothing), slot `s` in hour `floor(s * 24 / I)`.
 * @throws ValidationError if the period does not fit the tariff (as computeBill)
 */
export function hourlyImportWh(tariff: Tariff, period: MeterPeriod, root = 'period'): bigint[] {
  const t = parseTariff(tariff);
  const p = parseMeterPeriod(period, root);
  const clock = periodLayout(t, p, root);
  const I = t.slotsPerDay;
  const perHour = I / HOURS_PER_DAY;
  const hours = new Array<bigint>(HOURS_PER_DAY).fill(0n);
  p.imports.forEach((r, i) => {
    const h = Math.floor(localSlotOf(clock, I, i).slot / perHour);
    hours[h] = (hours[h] ?? 0n) + BigInt(r);
  });
  return hours;
}

function packFields(values: readonly bigint[], field: string): bigint {
  let v = 0n;
  values.forEach((x, i) => {
    if (x < 0n || x >= FIELD_LIMIT) throw new ValidationError(`${field}[${i}]`, `must be in 0..2^${DETAIL_FIELD_BITS}-1`);
    v += x << (DETAIL_FIELD_BITS * BigInt(i));
  });
  return v;
}

/**
 * The plaintext elements (what `BillDetails` in the circuit computes): three for layout v1, six when
 * `d.hourWh` is given (layout v2: hours 8k..8k+7 in element 3 + k, 28 bits each, low bits first).
 * @throws ValidationError when a field does not fit its 28 bits (a packing that would carry into the
 *   next field, and so alias other details)
 */
export function packBillDetails(d: BillDetails): bigint[] {
  if (d.bandWh.length !== 8 || d.exportBandWh.length !== 8) throw new ValidationError('details', 'needs 8 import and 8 export band energies');
  if (d.statement < 0n || d.statement >= FIELD_P) throw new ValidationError('details.statement', 'must be a field element');
  const v1 = [packFields([...d.bandWh, d.peakWh], 'details.bandWh'), packFields(d.exportBandWh, 'details.exportBandWh'), d.statement];
  if (d.hourWh === undefined) return v1;
  if (d.hourWh.length !== HOURS_PER_DAY) throw new ValidationError('details.hourWh', `needs ${HOURS_PER_DAY} hour sums`);
  const hours = Array.from({ length: HOURS_PER_DAY / HOURS_PER_ELEMENT }, (_, k) =>
    packFields((d.hourWh as bigint[]).slice(HOURS_PER_ELEMENT * k, HOURS_PER_ELEMENT * (k + 1)), `details.hourWh[${HOURS_PER_ELEMENT * k}..]`),
  );
  return [...v1, ...hours];
}

/**
 * Inverse of {@link packBillDetails}: three elements are layout v1, six layout v2. For v2 it also
 * checks what the circuit guarantees by construction, that the hour sums add up to the band sums.
 * @throws ValidationError when an element is not a packing of its layout, or the hours do not add up
 */
export function unpackBillDetails(elements: readonly bigint[]): BillDetails {
  if (elements.length !== BILL_DETAILS_LENGTH && elements.length !== detailsLength(2)) {
    throw new ValidationError('details', `must have ${BILL_DETAILS_LENGTH} (layout v1) or ${detailsLength(2)} (layout v2) elements`);
  }
  const [e0, e1, statement] = elements as [bigint, bigint, bigint];
  if (e0 >> (DETAIL_FIELD_BITS * 9n) !== 0n) throw new ValidationError('details[0]', 'has bits above the 9 energy fields');
  if (e1 >> (DETAIL_FIELD_BITS * 8n) !== 0n) throw new ValidationError('details[1]', 'has bits above the 8 energy fields');
  const field = (v: bigint, i: number): bigint => (v >> (DETAIL_FIELD_BITS * BigInt(i))) & MASK;
  const d: BillDetails = {
    bandWh: Array.from({ length: 8 }, (_, i) => field(e0, i)),
    exportBandWh: Array.from({ length: 8 }, (_, i) => field(e1, i)),
    peakWh: field(e0, 8),
    statement,
  };
  if (elements.length === BILL_DETAILS_LENGTH) return d;
  const hourElems = elements.slice(BILL_DETAILS_LENGTH);
  hourElems.forEach((e, k) => {
    if (e >> (DETAIL_FIELD_BITS * BigInt(HOURS_PER_ELEMENT)) !== 0n) {
      throw new ValidationError(`details[${BILL_DETAILS_LENGTH + k}]`, `has bits above the ${HOURS_PER_ELEMENT} hour fields`);
    }
  });
  d.hourWh = Array.from({ length: HOURS_PER_DAY }, (_, h) => field(hourElems[Math.floor(h / HOURS_PER_ELEMENT)] as bigint, h % HOURS_PER_ELEMENT));
  const sum = (xs: readonly bigint[]): bigint => xs.reduce((a, b) => a + b, 0n);
  if (sum(d.hourWh) !== sum(d.bandWh)) {
    throw new ValidationError('details.hourWh', `adds up to ${sum(d.hourWh)} Wh, but the bands to ${sum(d.bandWh)} Wh`);
  }
  return d;
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
 * Encrypts a bill's details to the regulator's key as the circuit does, and returns the five (layout v2:
 * eight) signals. `regulatorKey` may be the registered point or its negation `(-x, y)`: the same y, the
 * same cipher key.
 * @param ephemeralSecret `e` in [1, 2^251): see {@link deriveEphemeralSecret}
 */
export async function encryptBillDetails(
  details: BillDetails,
  regulatorKey: CurvePoint,
  ephemeralSecret: bigint,
  nonce: bigint,
): Promise<BillDisclosureSignals> {
  const d = await encryptDetails(packBillDetails(details), regulatorKey, ephemeralSecret, nonce);
  return { regulatorKeyY: d.recipientY, ephemeralKeyY: d.ephemeralKey.y, ciphertext: d.ciphertext };
}

/** The disclosure signals (five, or eight for layout v2) in public-signal order. */
export function disclosureSignalList(s: BillDisclosureSignals): bigint[] {
  return [s.regulatorKeyY, s.ephemeralKeyY, ...s.ciphertext];
}

/**
 * Reads the disclosure signals of `layout` (five, or eight) out of a bill's public signals (at
 * {@link DISCLOSURE_SIGNAL_OFFSET}).
 */
export function disclosureSignalsOf(publicSignals: readonly (bigint | string)[], layout: DisclosureLayout = 1): BillDisclosureSignals {
  const n = disclosureSignalCount(layout);
  if (publicSignals.length < DISCLOSURE_SIGNAL_OFFSET + n) {
    throw new ValidationError(
      'publicSignals',
      `has ${publicSignals.length} signals; a bill with disclosure layout v${layout} has at least ${DISCLOSURE_SIGNAL_OFFSET + n}`,
    );
  }
  const s = publicSignals.slice(DISCLOSURE_SIGNAL_OFFSET, DISCLOSURE_SIGNAL_OFFSET + n).map((v) => BigInt(v));
  return { regulatorKeyY: s[0] as bigint, ephemeralKeyY: s[1] as bigint, ciphertext: s.slice(2) };
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
 * The regulator's decryption: the shared point of either ephemeral key with the published y (`r * E` or
 * `r * -E = -(r * E)`, one y, one cipher key) opens the ciphertext.
 * @throws WattproofError (code FAILED) when the plaintext is not a packing of the layout (another key,
 *   another settlement, tampered signals: without the authentication element of construction v3, the
 *   layout's unused high bits are the redundancy that refuses it, spec §10)
 */
export function decryptBillDisclosure(s: BillDisclosureSignals, regulatorSecret: bigint, nonce: bigint): BillDetails {
  const [e] = ephemeralKeyCandidates(s.ephemeralKeyY) as [CurvePoint];
  return openWithSharedY(
    s,
    sharedPoint(regulatorSecret, e).y,
    nonce,
    'the disclosure does not decrypt under this key and nonce (another key, another settlement, or tampered signals)',
  );
}

/**
 * The shared point of one settlement, from the consumer's ephemeral secret: what the consumer hands
 * an ombudsman to open that settlement alone ({@link openBillDisclosure}); it reveals no key. Only its
 * y is the cipher key.
 */
export function settlementSharedPoint(ephemeralSecret: bigint, regulatorKey: CurvePoint): CurvePoint {
  return sharedPoint(ephemeralSecret, regulatorKey);
}

/**
 * Opens one settlement's disclosure with its shared point (the consumer's own copy, or what it handed
 * an ombudsman); only `shared.y` is used, so `S` and `-S` open it alike.
 * @throws WattproofError (code FAILED) when the plaintext is not a packing of the layout
 */
export function openBillDisclosure(s: BillDisclosureSignals, shared: CurvePoint, nonce: bigint): BillDetails {
  return openWithSharedY(s, shared.y, nonce, 'the disclosure does not open with this shared point and nonce');
}

/**
 * Opens a settlement with a shared point combined by the supervisory bodies from their partial
 * decryptions of `ephemeralKeyCandidates(y)[0]` (docs/disclosure-spec.md §9): the proven ephemeral key
 * is that point or its negation, whose shared point is the negation, with the same y: the cipher key.
 * @throws WattproofError (code FAILED) when it does not open
 */
export function openWithCombinedPoint(s: BillDisclosureSignals, combined: CurvePoint, nonce: bigint): BillDetails {
  return openWithSharedY(s, combined.y, nonce, 'the disclosure does not open with the combined shared point (another key, or a wrong partial decryption)');
}

function openWithSharedY(s: BillDisclosureSignals, sharedY: bigint, nonce: bigint, failure: string): BillDetails {
  // the ciphertext's length names the layout: 3 elements v1, 6 elements v2
  const n = s.ciphertext.length;
  if (n !== ciphertextLength(1) && n !== ciphertextLength(2)) {
    throw new ValidationError('ciphertext', `has ${n} elements; layout v1 has ${ciphertextLength(1)}, v2 ${ciphertextLength(2)}`);
  }
  const plain = decryptWithSharedY(s.ciphertext, sharedY, nonce, n === ciphertextLength(2) ? detailsLength(2) : BILL_DETAILS_LENGTH);
  try {
    return unpackBillDetails(plain);
  } catch (e) {
    if (e instanceof ValidationError) throw new WattproofError('FAILED', `${failure}: ${e.message}`);
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

/** Import of one or many settlements by price band and hour of the local day (layout v2, spec §8). */
export interface BandHourWh {
  /** `bandHourWh[band][hour]`, Wh: an hour whose slots all carry one band on the period's days. */
  bandHourWh: bigint[][];
  /**
   * Wh per hour whose band the disclosure cannot split: the hour's slots carry more than one band on
   * the period's days (a band change at half past, or work and rest days priced differently), so only
   * the hour's total is known. Zero for tariffs whose bands change on the hour and days of one type.
   */
  mixedHourWh: bigint[];
}

/** An empty {@link BandHourWh}: 8 bands x 24 hours of zeros. */
export function emptyBandHour(): BandHourWh {
  return {
    bandHourWh: Array.from({ length: 8 }, () => new Array<bigint>(HOURS_PER_DAY).fill(0n)),
    mixedHourWh: new Array<bigint>(HOURS_PER_DAY).fill(0n),
  };
}

/**
 * Attributes a settlement's disclosed hour sums to price bands with the approved tariff: the hour's
 * energy goes to band b when every slot of that hour has band b on every day type the period holds
 * (the rest days from the tariff's calendar, the period from the public signals), and to
 * `mixedHourWh` otherwise. Exact: no energy is guessed into a band.
 * @throws ValidationError when the details have no hour sums (layout v1)
 */
export function attributeHours(tariff: Tariff, details: BillDetails, period: { periodStart: number | bigint; dayCount: number }): BandHourWh {
  if (details.hourWh === undefined) throw new ValidationError('details.hourWh', 'is absent: layout v1 discloses no hour of day');
  const t = parseTariff(tariff);
  const enc = encodeTariff(t);
  const start = Number(period.periodStart);
  const firstDay = localDayNumber(start, offsetInForce(t.tzOffsetSeconds, t.zoneTransitions ?? [], start));
  const flags = restDayFlags(enc, firstDay, period.dayCount);
  const schedules = [...(flags.includes(false) ? [enc.workBands] : []), ...(flags.includes(true) ? [enc.restBands] : [])];
  const perHour = t.slotsPerDay / HOURS_PER_DAY;
  const out = emptyBandHour();
  details.hourWh.forEach((wh, h) => {
    const bands = new Set<number>();
    for (const schedule of schedules) for (let k = 0; k < perHour; k++) bands.add(schedule[h * perHour + k] ?? 0);
    const [only] = bands;
    if (bands.size === 1 && only !== undefined) (out.bandHourWh[only] as bigint[])[h] = ((out.bandHourWh[only] as bigint[])[h] ?? 0n) + wh;
    else out.mixedHourWh[h] = (out.mixedHourWh[h] ?? 0n) + wh;
  });
  return out;
}

/** Adds `b` into `a` (market totals across settlements). */
export function addBandHour(a: BandHourWh, b: BandHourWh): void {
  for (let band = 0; band < 8; band++) {
    for (let h = 0; h < HOURS_PER_DAY; h++)
      (a.bandHourWh[band] as bigint[])[h] = ((a.bandHourWh[band] as bigint[])[h] ?? 0n) + ((b.bandHourWh[band] as bigint[])[h] ?? 0n);
  }
  for (let h = 0; h < HOURS_PER_DAY; h++) a.mixedHourWh[h] = (a.mixedHourWh[h] ?? 0n) + (b.mixedHourWh[h] ?? 0n);
}
