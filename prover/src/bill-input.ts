/**
 * The witness input of the bill circuit (`circuits/bill/bill.circom`, template `Bill(I, MAXD, RB)`)
 * and the public signals it must output, both computed from a tariff and a signed period.
 * Bad input is rejected here, before any proving, with an error naming the field.
 * @packageDocumentation
 */
import { ValidationError } from '../../core/src/errors.js';
import { FIELD_P } from '../../core/src/crypto/field.js';
import { keyHash } from '../../core/src/crypto/eddsa.js';
import { computeBill, periodLayout, tariffYearOf, type Bill } from '../../core/src/bill/compute.js';
import { yearToDateStep, type YearToDateOpening, type YearToDateStep } from '../../core/src/bill/ytd.js';
import { packAmounts, packPeriod } from '../../core/src/bill/signals.js';
import { assertSignedPeriod, type SignedPeriod } from '../../core/src/meter/sign.js';
import { nonActualCount } from '../../core/src/meter/quality.js';
import { parseSignedPeriodDocument } from '../../core/src/meter/document.js';
import { encodeTariff, encodedTariffCommitment } from '../../core/src/tariff/encode.js';
import { parseTariff, type Tariff } from '../../core/src/tariff/schema.js';
import { type CurvePoint, isDisclosureKeyPoint } from '../../core/src/crypto/disclosure.js';
import {
  billDetails,
  type DisclosureLayout,
  disclosureNonce,
  disclosureSignalList,
  encryptBillDetails,
  hourlyImportWh,
} from '../../core/src/bill/disclosure.js';
import { periodStatement, seriesDigest, slotSums, slotSumsDigest } from '../../core/src/meter/digest.js';

/**
 * The regulator's disclosure of a bill (docs/disclosure-spec.md): the key in force for the period
 * (from DisclosureKeys) and the prover's ephemeral secret (`deriveEphemeralSecret` of the consumer's
 * secret, so the consumer can reopen its own copy).
 */
export interface BillDisclosureOptions {
  /** The regulator's public point in force for the period (or its negation (-x, y): the same y, hence the same cipher key). */
  regulatorKey: CurvePoint;
  /** `e` in [1, 2^251). */
  ephemeralSecret: bigint;
}

/** The circuit instance the input is for (its compile-time parameters) and the settlement domain. */
export interface BillInputOptions {
  /** `I`: 24, 48 or 96. */
  intervalsPerDay: number;
  /** `MAXD`: 1..31. */
  maxDays: number;
  /** Settlement domain (public input), e.g. from `settlementDomain(chainId, address)`. */
  domain: bigint | string | number;
  /** `RB`: the circuit's reading bits (default 16). */
  readingBits?: number;
  /** The circuit has a demand component (`Bill(..., DEMAND = 1)`; default false). */
  demand?: boolean;
  /** The circuit encrypts the details to the regulator (`Bill(..., DISCLOSE = 1 | 2)`; default false). */
  disclose?: boolean;
  /**
   * With `disclose`: the details layout (docs/disclosure-spec.md §4, §8): 1 (default, `"disclose": 1`)
   * or 2 (`"disclose": 2`: also import per hour of the local day, eight disclosure signals).
   */
  disclosureLayout?: DisclosureLayout;
  /** Required when `disclose`: the regulator's key and the ephemeral secret. */
  disclosure?: BillDisclosureOptions;
  /** The circuit bills yearly blocks (`Bill(..., YEARLY = 1)`; default false). */
  yearly?: boolean;
  /**
   * The circuit follows a daylight-saving clock (`Bill(..., ZONE = 1)`, spec §5a; default false).
   * A tariff that commits to zone transitions needs one; a circuit without it bills fixed offsets
   * only. Default: a zone circuit exactly when the tariff commits to transitions.
   */
  zone?: boolean;
  /**
   * Yearly-block tariffs: the opening of the meter's year-to-date commitment the consumer holds
   * (`undefined` before its first yearly bill; one of an earlier tariff year starts the year fresh)
   * and the salt of the new commitment. Required with a yearly tariff.
   */
  yearToDate?: { opening: YearToDateOpening | undefined; newSalt: bigint };
}

/** Circuit input: every signal as a decimal string (arrays of decimal strings). */
export type BillCircuitInput = Record<string, string | string[]>;

/** Domains are `chainId * 2^160 + address` with `chainId < 2^64` (spec §7). */
const DOMAIN_LIMIT = 1n << 224n;

function parseDomain(domain: bigint | string | number): bigint {
  let v: bigint;
  try {
    v = BigInt(domain);
  } catch {
    throw new ValidationError('domain', 'must be an integer (bigint, number or decimal string)');
  }
  if (v < 0n || v >= DOMAIN_LIMIT) throw new ValidationError('domain', 'must be chainId * 2^160 + address with chainId < 2^64');
  return v;
}

interface Checked {
  tariff: Tariff;
  sp: SignedPeriod;
  bill: Bill;
  domain: bigint;
  /** Yearly-block tariffs: the YTD commitment step of this bill. */
  ytd?: YearToDateStep;
}

async function check(tariffIn: Tariff, spIn: SignedPeriod, opts: BillInputOptions): Promise<Checked> {
  const { intervalsPerDay: I, maxDays } = opts;
  if (typeof spIn !== 'object' || spIn === null) throw new ValidationError('signedPeriod', 'must be a signed period object');
  if (![24, 48, 96].includes(I)) throw new ValidationError('options.intervalsPerDay', 'must be 24, 48 or 96');
  if (!Number.isInteger(maxDays) || maxDays < 1 || maxDays > 31) throw new ValidationError('options.maxDays', 'must be 1..31');
  const rb = opts.readingBits ?? 16;
  if (!Number.isInteger(rb) || rb < 1 || rb > 16) throw new ValidationError('options.readingBits', 'must be 1..16');
  const domain = parseDomain(opts.domain);
  const tariff = parseTariff(tariffIn);
  // The document schema accepts bigint, number or decimal-string forms and flags stray fields.
  const sp = parseSignedPeriodDocument(spIn);
  if (tariff.slotsPerDay !== I) {
    throw new ValidationError('tariff.slotsPerDay', `is ${tariff.slotsPerDay}, but this circuit takes ${I} intervals per day`);
  }
  const { dayCount, transition } = periodLayout(tariff, sp, 'signedPeriod');
  if (dayCount > maxDays) {
    throw new ValidationError('signedPeriod.imports', `covers ${dayCount} days, more than this circuit's ${maxDays}`);
  }
  for (const series of ['imports', 'exports'] as const) {
    const i = sp[series].findIndex((r) => r >= 2 ** rb);
    if (i >= 0) throw new ValidationError(`signedPeriod.${series}[${i}]`, `${sp[series][i]} Wh does not fit the circuit's ${rb}-bit readings`);
  }
  const committed = tariff.zoneTransitions?.length ?? 0;
  if (committed > 0 && opts.zone === false) {
    throw new ValidationError(
      'tariff.zoneTransitions',
      `commits to ${committed} daylight-saving transition${committed === 1 ? '' : 's'} of ${tariff.zone ?? 'its zone'}, but this circuit has a fixed-offset clock (use an instance with "zone": 1)`,
    );
  }
  if (opts.demand === true && transition !== undefined) {
    throw new ValidationError(
      'signedPeriod.periodStart',
      "holds a daylight-saving change of the tariff's zone; a circuit with the demand component bills periods without one (spec §5a): split the period at the change day",
    );
  }
  if ((tariff.demand?.pricePerKw ?? 0n) > 0n && opts.demand !== true) {
    throw new ValidationError('tariff.demand', 'has a demand charge, but this circuit has no demand component (use an instance with "demand": 1)');
  }
  if (opts.disclose === true) {
    const d = opts.disclosure;
    if (d === undefined)
      throw new ValidationError('options.disclosure', "is required: this circuit encrypts the bill's details to the regulator's key in force");
    if (typeof d.regulatorKey !== 'object' || d.regulatorKey === null || !isDisclosureKeyPoint(d.regulatorKey)) {
      throw new ValidationError('options.disclosure.regulatorKey', 'is not a BabyJubJub point with x != 0');
    }
    if (typeof d.ephemeralSecret !== 'bigint' || d.ephemeralSecret <= 0n || d.ephemeralSecret >= 1n << 251n) {
      throw new ValidationError('options.disclosure.ephemeralSecret', 'must be a bigint scalar in [1, 2^251)');
    }
    if (opts.disclosureLayout !== undefined && opts.disclosureLayout !== 1 && opts.disclosureLayout !== 2) {
      throw new ValidationError('options.disclosureLayout', 'must be 1 or 2');
    }
  } else if (opts.disclosure !== undefined) {
    throw new ValidationError('options.disclosure', 'is given, but this circuit has no disclosure (use an instance with "disclose": 1)');
  }
  const yearly = tariff.tierBasis === 'year';
  if (opts.yearly !== undefined && opts.yearly !== yearly) {
    throw new ValidationError(
      'tariff.tierBasis',
      yearly
        ? 'has yearly blocks, but this circuit has no year-to-date component (use an instance with "yearly": 1)'
        : `is '${tariff.tierBasis}', but this circuit bills only yearly-block tariffs`,
    );
  }
  await assertSignedPeriod(sp, 'signedPeriod');
  if (!yearly) return { tariff, sp, bill: computeBill(tariff, sp, { root: 'signedPeriod' }), domain };
  const y = opts.yearToDate;
  if (y === undefined) {
    throw new ValidationError(
      'yearToDate',
      "a yearly-block tariff needs the opening of the meter's year-to-date commitment (undefined before its first yearly bill) and a new salt",
    );
  }
  const { firstDay } = periodLayout(tariff, sp, 'signedPeriod');
  const year = tariffYearOf(encodeTariff(tariff), firstDay, Math.floor(sp.imports.length / I), 'signedPeriod');
  const fresh = y.opening === undefined || y.opening.yearStartDay < year.startDay;
  const bill = computeBill(tariff, sp, { root: 'signedPeriod', ytdWh: fresh ? 0n : (y.opening?.wh ?? 0n) });
  const ytd = await yearToDateStep(sp.meterId, year, bill.totalImportWh, y.opening, y.newSalt);
  return { tariff, sp, bill, domain, ytd };
}

/** The disclosure signals (five, or eight for layout v2) of `c` under `opts.disclosure` (checked by `check`). */
async function disclosureOf(c: Checked, opts: BillInputOptions): Promise<bigint[]> {
  const d = opts.disclosure as BillDisclosureOptions;
  const hourWh = opts.disclosureLayout === 2 ? { hourWh: hourlyImportWh(c.tariff, c.sp, 'signedPeriod') } : {};
  const details = billDetails(c.bill, await periodStatement(c.sp), { demand: opts.demand === true, ...hourWh });
  const nonce = disclosureNonce(c.sp.meterId, c.sp.periodStart);
  return disclosureSignalList(await encryptBillDetails(details, d.regulatorKey, d.ephemeralSecret, nonce));
}

const dec = (v: bigint | number): string => BigInt(v).toString();
const decs = (vs: readonly (bigint | number)[]): string[] => vs.map(dec);

/**
 * Builds the input of `Bill(intervalsPerDay, maxDays, RB)`: the signal names of
 * circuits/bill/bill.circom, decimal strings, readings zero-padded to `maxDays * intervalsPerDay`
 * (plus 12 in a `zone` circuit: one more packed element, for the extra hour of a period that holds
 * an autumn change, spec §5a). Exports: a fixed-offset circuit takes their sums by slot of the day
 * and the series digest; a `zone` circuit the padded series and the slot-sums digest (spec §3).
 * @throws ValidationError naming the field: tariff resolution differs from the circuit's, period
 *   longer than `maxDays`, wrong interval length, start not at local midnight, a reading too large
 *   for `readingBits`, a statement or signature that does not verify, a bad domain.
 */
export async function buildBillInput(tariff: Tariff, signedPeriod: SignedPeriod, options: BillInputOptions): Promise<BillCircuitInput> {
  const checked = await check(tariff, signedPeriod, options);
  const { tariff: t, sp, bill, domain, ytd } = checked;
  const enc = encodeTariff(t);
  // ZONE circuits take one more packed element (12 readings): the extra hour of a period that holds
  // an autumn change (spec §5a)
  const zone = options.zone ?? (t.zoneTransitions?.length ?? 0) > 0;
  const N = options.maxDays * options.intervalsPerDay + (zone ? 12 : 0);
  const pad = (xs: readonly number[]): string[] => [...decs(xs), ...new Array<string>(N - xs.length).fill('0')];
  // Yearly circuits: one-element arrays of the YTD opening, and the three last public signals.
  const yearly: BillCircuitInput =
    ytd === undefined || bill.yearToDate === undefined
      ? {}
      : {
          yearStartDay: [dec(enc.yearStartDay)],
          yearLeap: decs(enc.yearLeap),
          yearSlot: [dec(bill.yearToDate.year.index)],
          ytdFresh: [ytd.fresh ? '1' : '0'],
          ytdWh: [dec(ytd.before.wh)],
          ytdSaltOld: [dec(ytd.before.salt)],
          ytdSaltNew: [dec(ytd.after.salt)],
          ytdOld: dec(ytd.oldCommitment),
          ytdNew: dec(ytd.newCommitment),
          ytdYear: dec(ytd.after.yearStartDay),
        };
  return {
    meterId: dec(sp.meterId),
    periodStart: dec(sp.periodStart),
    dayCount: dec(bill.dayCount),
    nonActualCount: dec(nonActualCount(sp.quality)),
    imports: pad(sp.imports),
    // exports (spec §3): a zone circuit hashes the series (and takes the slot-sums digest as signed),
    // a fixed-offset one hashes the per-slot sums (and takes the series digest as signed)
    ...(zone
      ? { exports: pad(sp.exports), exportSlotsDigest: [dec(await slotSumsDigest(sp.exports, options.intervalsPerDay))] }
      : { exportSlotSums: decs(slotSums(sp.exports, options.intervalsPerDay)), exportSeriesDigest: [dec(await seriesDigest(sp.exports))] }),
    Ax: dec(sp.publicKey.x),
    Ay: dec(sp.publicKey.y),
    R8x: dec(sp.signature.R8x),
    R8y: dec(sp.signature.R8y),
    S: dec(sp.signature.S),
    tzBiased: dec(enc.tzBiased),
    restDays: dec(enc.restDays),
    taxBps: dec(enc.taxBps),
    standingPerDay: dec(enc.standingPerDay),
    tierAllowances: decs(enc.tierAllowances),
    tierPrices: decs(enc.tierPrices),
    bandPrices: decs(enc.bandPrices),
    exportPrices: decs(enc.exportPrices),
    holidays: decs(enc.holidays),
    workBands: decs(enc.workBands),
    restBands: decs(enc.restBands),
    exportBands: decs(enc.exportBands),
    tierBasis: dec(enc.tierBasis),
    demandPrice: dec(enc.demandPrice),
    demandWork: decs(enc.demandWork),
    demandRest: decs(enc.demandRest),
    ...(zone ? { zoneAt: decs(enc.zoneAt), zoneOffsetBiased: decs(enc.zoneOffsetBiased) } : {}),
    salt: dec(enc.salt),
    domain: dec(domain),
    ...(options.disclose === true ? await disclosureInput(checked, options) : {}),
    ...yearly,
  };
}

async function disclosureInput(c: Checked, opts: BillInputOptions): Promise<BillCircuitInput> {
  const d = opts.disclosure as BillDisclosureOptions;
  const [keyY, ey, ...ct] = await disclosureOf(c, opts);
  return {
    disclosureSecret: dec(d.ephemeralSecret),
    regulatorKeyX: dec(d.regulatorKey.x),
    regulatorKeyY: dec(keyY as bigint),
    ephemeralKeyY: dec(ey as bigint),
    disclosureCiphertext: decs(ct),
  };
}

/**
 * The public signals, decimal strings, in spec §7 order: keyHash, tariffCommitment, period, amounts,
 * domain; then, for a circuit with disclosure, its five (layout v2: eight) signals (docs/disclosure-spec.md §5); a yearly
 * circuit appends ytdOld, ytdNew, ytdYear (always the last three).
 */
export type BillPublicSignals = [string, string, string, string, string, ...string[]];

/**
 * The public signals the circuit must output for this tariff, signed period and domain, computed
 * in TypeScript (same checks as {@link buildBillInput}). `intervalsPerDay` defaults to the
 * tariff's slots per day and `maxDays` to 31.
 */
export async function expectedPublicSignals(
  tariff: Tariff,
  signedPeriod: SignedPeriod,
  options: Pick<BillInputOptions, 'domain'> & Partial<BillInputOptions>,
): Promise<BillPublicSignals> {
  const full = { ...options, intervalsPerDay: options.intervalsPerDay ?? tariff.slotsPerDay, maxDays: options.maxDays ?? 31 };
  const checked = await check(tariff, signedPeriod, full);
  const { tariff: t, sp, bill, domain, ytd } = checked;
  const [kh, commitment] = await Promise.all([keyHash(sp.publicKey), encodedTariffCommitment(encodeTariff(t))]);
  const period = packPeriod({
    meterId: sp.meterId,
    periodStart: sp.periodStart,
    intervalCount: sp.imports.length,
    intervalSeconds: sp.intervalSeconds,
    nonActualCount: nonActualCount(sp.quality),
  });
  const amounts = packAmounts({ charge: bill.charge, credit: bill.credit });
  const out = [kh, commitment, period, amounts, domain, ...(full.disclose === true ? await disclosureOf(checked, full) : [])];
  if (ytd !== undefined) out.push(ytd.oldCommitment, ytd.newCommitment, BigInt(ytd.after.yearStartDay));
  if (out.some((v) => v >= FIELD_P)) throw new ValidationError('publicSignals', 'a signal is not below the field modulus');
  return out.map(dec) as BillPublicSignals;
}

/**
 * The opening of the YTD commitment a yearly bill leaves (what the consumer keeps for the next bill
 * of the tariff year), computed with the same checks as {@link buildBillInput}.
 */
export async function yearToDateAfter(
  tariff: Tariff,
  signedPeriod: SignedPeriod,
  yearToDate: { opening: YearToDateOpening | undefined; newSalt: bigint },
): Promise<YearToDateOpening> {
  const { ytd } = await check(tariff, signedPeriod, { intervalsPerDay: tariff.slotsPerDay, maxDays: 31, domain: 0, yearToDate });
  if (ytd === undefined) throw new ValidationError('tariff.tierBasis', 'has no yearly blocks: there is no year-to-date commitment');
  return ytd.after;
}
