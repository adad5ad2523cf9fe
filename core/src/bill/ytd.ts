/**
 * Year-to-date (YTD) commitments of yearly-block tariffs (spec §6): the consumer's private opening
 * and the commitment the settlement contract keeps per meter.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { FIELD_P } from '../crypto/field.js';
import { poseidon } from '../crypto/poseidon.js';
import { TAG_YTD } from '../crypto/tags.js';
import { newTariffSalt } from '../tariff/salt.js';
import type { TariffYear } from '../tariff/encode.js';
import { YTD_LIMIT } from './compute.js';

/**
 * The opening of a meter's YTD commitment `Y = Poseidon5(TAG_YTD, meterId, yearStartDay, wh, salt)`:
 * what the consumer keeps between bills. Whoever holds it learns the year's import so far; the
 * chain sees only `Y` (hidden by the random salt) and `yearStartDay`.
 */
export interface YearToDateOpening {
  meterId: bigint;
  /** Local day number of the tariff year's first day (public signal ytdYear). */
  yearStartDay: number;
  /** Import of the tariff year up to the end of the last settled bill, Wh. */
  wh: bigint;
  /** Random field element. */
  salt: bigint;
}

/** `Poseidon5(TAG_YTD, meterId, yearStartDay, wh, salt)` (spec §6). */
export async function ytdCommitment(o: YearToDateOpening): Promise<bigint> {
  if (o.wh < 0n || o.wh >= YTD_LIMIT) throw new ValidationError('yearToDate.wh', `must be 0 <= wh < 2^32, got ${o.wh}`);
  if (o.salt < 0n || o.salt >= FIELD_P) throw new ValidationError('yearToDate.salt', 'must be a field element');
  return poseidon([TAG_YTD, o.meterId, BigInt(o.yearStartDay), o.wh, o.salt]);
}

/** What a yearly bill consumes and produces, as the circuit and the contract see it. */
export interface YearToDateStep {
  /** True when the bill is the first of its tariff year (the old commitment is then 0). */
  fresh: boolean;
  /** The opening the bill consumes (YTD 0 and salt 0 when fresh). */
  before: YearToDateOpening;
  /** The opening the bill leaves (the consumer must keep it for the next bill). */
  after: YearToDateOpening;
  /** Public signal ytdOld: the commitment on chain the bill replaces, 0 when fresh. */
  oldCommitment: bigint;
  /** Public signal ytdNew. */
  newCommitment: bigint;
}

/**
 * The YTD step of a bill of `periodWh` Wh in tariff year `year` for `meterId`, from the opening the
 * consumer holds (`undefined` before the meter's first yearly bill). An opening of an earlier
 * tariff year starts the new year fresh at 0.
 * @param newSalt - the salt of the new commitment (default: fresh randomness)
 * @throws ValidationError when the opening is for another meter or a later tariff year.
 */
export async function yearToDateStep(
  meterId: bigint,
  year: TariffYear,
  periodWh: bigint,
  opening: YearToDateOpening | undefined,
  newSalt: bigint = newTariffSalt(),
): Promise<YearToDateStep> {
  if (opening !== undefined && opening.meterId !== meterId) {
    throw new ValidationError('yearToDate.meterId', `the opening is for meter ${opening.meterId}, the period for meter ${meterId}`);
  }
  if (opening !== undefined && opening.yearStartDay > year.startDay) {
    throw new ValidationError(
      'yearToDate.yearStartDay',
      `the opening is for a later tariff year (day ${opening.yearStartDay}) than the period's (day ${year.startDay})`,
    );
  }
  const fresh = opening === undefined || opening.yearStartDay < year.startDay;
  const before: YearToDateOpening = fresh ? { meterId, yearStartDay: year.startDay, wh: 0n, salt: 0n } : opening;
  const after: YearToDateOpening = { meterId, yearStartDay: year.startDay, wh: before.wh + periodWh, salt: newSalt };
  return {
    fresh,
    before,
    after,
    oldCommitment: fresh ? 0n : await ytdCommitment(before),
    newCommitment: await ytdCommitment(after),
  };
}
