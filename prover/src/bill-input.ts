/**
 * The witness input of the bill circuit (`circuits/bill/bill.circom`, template `Bill(I, MAXD, RB)`)
 * and the public signals it must output, both computed from a tariff and a signed period.
 * Bad input is rejected here, before any proving, with an error naming the field.
 * @packageDocumentation
 */
import { ValidationError } from '../../core/src/errors.js';
import { FIELD_P } from '../../core/src/crypto/field.js';
import { keyHash } from '../../core/src/crypto/eddsa.js';
import { computeBill, periodLayout, type Bill } from '../../core/src/bill/compute.js';
import { packAmounts, packPeriod } from '../../core/src/bill/signals.js';
import { assertSignedPeriod, type SignedPeriod } from '../../core/src/meter/sign.js';
import { nonActualCount } from '../../core/src/meter/quality.js';
import { parseSignedPeriodDocument } from '../../core/src/meter/document.js';
import { encodeTariff, encodedTariffCommitment } from '../../core/src/tariff/encode.js';
import { parseTariff, type Tariff } from '../../core/src/tariff/schema.js';

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
  if (opts.demand === true && transition !== undefined) {
    throw new ValidationError(
      'signedPeriod.periodStart',
      "holds a daylight-saving change of the tariff's zone; a circuit with the demand component bills periods without one (spec §5a): split the period at the change day",
    );
  }
  if ((tariff.demand?.pricePerKw ?? 0n) > 0n && opts.demand !== true) {
    throw new ValidationError('tariff.demand', 'has a demand charge, but this circuit has no demand component (use an instance with "demand": 1)');
  }
  await assertSignedPeriod(sp, 'signedPeriod');
  return { tariff, sp, bill: computeBill(tariff, sp, { root: 'signedPeriod' }), domain };
}

const dec = (v: bigint | number): string => BigInt(v).toString();
const decs = (vs: readonly (bigint | number)[]): string[] => vs.map(dec);

/**
 * Builds the input of `Bill(intervalsPerDay, maxDays, RB)`: the signal names of
 * circuits/bill/bill.circom, decimal strings, readings zero-padded to `maxDays * intervalsPerDay + 12`
 * (one more packed element, for the extra hour of a period that holds an autumn change, spec §5a).
 * @throws ValidationError naming the field: tariff resolution differs from the circuit's, period
 *   longer than `maxDays`, wrong interval length, start not at local midnight, a reading too large
 *   for `readingBits`, a statement or signature that does not verify, a bad domain.
 */
export async function buildBillInput(tariff: Tariff, signedPeriod: SignedPeriod, options: BillInputOptions): Promise<BillCircuitInput> {
  const { tariff: t, sp, bill, domain } = await check(tariff, signedPeriod, options);
  const enc = encodeTariff(t);
  const N = options.maxDays * options.intervalsPerDay + 12;
  const pad = (xs: readonly number[]): string[] => [...decs(xs), ...new Array<string>(N - xs.length).fill('0')];
  return {
    meterId: dec(sp.meterId),
    periodStart: dec(sp.periodStart),
    dayCount: dec(bill.dayCount),
    nonActualCount: dec(nonActualCount(sp.quality)),
    imports: pad(sp.imports),
    exports: pad(sp.exports),
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
    zoneAt: decs(enc.zoneAt),
    zoneOffsetBiased: decs(enc.zoneOffsetBiased),
    salt: dec(enc.salt),
    domain: dec(domain),
  };
}

/** The five public signals, decimal strings, in spec §7 order: keyHash, tariffCommitment, period, amounts, domain. */
export type BillPublicSignals = [string, string, string, string, string];

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
  const {
    tariff: t,
    sp,
    bill,
    domain,
  } = await check(tariff, signedPeriod, {
    ...options,
    intervalsPerDay: options.intervalsPerDay ?? tariff.slotsPerDay,
    maxDays: options.maxDays ?? 31,
  });
  const [kh, commitment] = await Promise.all([keyHash(sp.publicKey), encodedTariffCommitment(encodeTariff(t))]);
  const period = packPeriod({
    meterId: sp.meterId,
    periodStart: sp.periodStart,
    intervalCount: sp.imports.length,
    intervalSeconds: sp.intervalSeconds,
    nonActualCount: nonActualCount(sp.quality),
  });
  const amounts = packAmounts({ charge: bill.charge, credit: bill.credit });
  const out = [kh, commitment, period, amounts, domain];
  if (out.some((v) => v >= FIELD_P)) throw new ValidationError('publicSignals', 'a signal is not below the field modulus');
  return out.map(dec) as BillPublicSignals;
}
