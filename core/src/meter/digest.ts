/**
 * Series digests and period statements, spec §3 exactly.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { poseidon } from '../crypto/poseidon.js';
import { TAG_PERIOD, TAG_SERIES, TAG_SLOTS } from '../crypto/tags.js';
import { parseMeterPeriod, READING_LIMIT, type MeterPeriod } from './period.js';
import { nonActualCount } from './quality.js';

/** Readings per packed element. */
export const READINGS_PER_ELEMENT = 12;
/** Packed elements per Poseidon16 block (plus the chaining value). */
export const ELEMENTS_PER_BLOCK = 15;
/**
 * Bits per reading slot in a packed element: 21, so that the circuit can add a month of packed
 * days and split the sums into per-slot lanes without carries (31 * (2^16 - 1) < 2^21).
 */
export const SLOT_BITS = 21n;

/**
 * Packs readings 12 per element: `e[j] = sum_i r[12j+i] * 2^(21 i)`, the last element
 * zero-padded. Returns `ceil(n/12)` elements.
 */
export function packReadings(readings: readonly (number | bigint)[], field = 'readings'): bigint[] {
  const out: bigint[] = [];
  readings.forEach((r, i) => {
    if (typeof r === 'number' && !Number.isInteger(r)) throw new ValidationError(`${field}[${i}]`, 'must be an integer');
    const v = BigInt(r);
    if (v < 0n || v >= BigInt(READING_LIMIT)) throw new ValidationError(`${field}[${i}]`, `must be in 0..${READING_LIMIT - 1}, got ${v}`);
    const j = Math.floor(i / READINGS_PER_ELEMENT);
    out[j] = (out[j] ?? 0n) | (v << (SLOT_BITS * BigInt(i % READINGS_PER_ELEMENT)));
  });
  return out;
}

/** Poseidon16 chain of spec §3: `h = tag`, then `h = Poseidon16(h, 15 elements)` per block (zero-padded). */
async function chain16(tag: bigint, elements: readonly bigint[]): Promise<bigint> {
  let h = tag;
  for (let b = 0; b * ELEMENTS_PER_BLOCK < elements.length; b++) {
    const block = Array.from({ length: ELEMENTS_PER_BLOCK }, (_, k) => elements[b * ELEMENTS_PER_BLOCK + k] ?? 0n);
    h = await poseidon([h, ...block]);
  }
  return h;
}

/**
 * The series digest of spec §3: pack, then chain Poseidon16 over blocks of 15 elements starting
 * from `TAG_SERIES`. An empty series digests to `TAG_SERIES`.
 */
export async function seriesDigest(readings: readonly (number | bigint)[], field = 'readings'): Promise<bigint> {
  return chain16(TAG_SERIES, packReadings(readings, field));
}

/** Per-slot sums per packed element of a slot-sums digest. */
export const SLOT_SUMS_PER_ELEMENT = 7;
/**
 * Bits per sum in a packed slot-sums element: 32, so that any period the meter can sign fits
 * (at most 65,535 readings of at most 65,535 Wh each).
 */
export const SLOT_SUM_BITS = 32n;

/**
 * Per-slot sums of a series (spec §3): `sums[q] = sum of readings[i] over i ≡ q (mod
 * intervalsPerDay)`, i.e. by position in the day counted from `periodStart`. Returns
 * `intervalsPerDay` sums.
 */
export function slotSums(readings: readonly (number | bigint)[], intervalsPerDay: number, field = 'readings'): bigint[] {
  if (!Number.isInteger(intervalsPerDay) || intervalsPerDay < 1) {
    throw new ValidationError('intervalsPerDay', `must be a positive integer, got ${intervalsPerDay}`);
  }
  const sums = new Array<bigint>(intervalsPerDay).fill(0n);
  readings.forEach((r, i) => {
    if (typeof r === 'number' && !Number.isInteger(r)) throw new ValidationError(`${field}[${i}]`, 'must be an integer');
    const v = BigInt(r);
    if (v < 0n || v >= BigInt(READING_LIMIT)) throw new ValidationError(`${field}[${i}]`, `must be in 0..${READING_LIMIT - 1}, got ${v}`);
    sums[i % intervalsPerDay]! += v;
  });
  return sums;
}

/**
 * Packs per-slot sums 7 per element: `e[j] = sum_k s[7j+k] * 2^(32 k)`, the last element
 * zero-padded. Returns `ceil(n/7)` elements.
 */
export function packSlotSums(sums: readonly bigint[]): bigint[] {
  const out: bigint[] = [];
  sums.forEach((v, q) => {
    if (v < 0n || v >= 1n << SLOT_SUM_BITS) throw new ValidationError(`slotSums[${q}]`, `must be in 0..2^${SLOT_SUM_BITS} - 1, got ${v}`);
    const j = Math.floor(q / SLOT_SUMS_PER_ELEMENT);
    out[j] = (out[j] ?? 0n) | (v << (SLOT_SUM_BITS * BigInt(q % SLOT_SUMS_PER_ELEMENT)));
  });
  return out;
}

/**
 * The slot-sums digest of spec §3: the per-slot sums of a series ({@link slotSums}) packed 7 per
 * element ({@link packSlotSums}), chained from `TAG_SLOTS` with each block's Poseidon as wide as
 * its elements (one Poseidon of `1 + ceil(I/7)` inputs for `I <= 105`). The meter signs
 * that of its exports, so that a bill circuit, which needs only the export energy per slot of the
 * day, hashes `ceil(I/7)` elements instead of the whole export series.
 */
export async function slotSumsDigest(readings: readonly (number | bigint)[], intervalsPerDay: number, field = 'readings'): Promise<bigint> {
  return chainFitted(TAG_SLOTS, packSlotSums(slotSums(readings, intervalsPerDay, field)));
}

/**
 * The slot-sums chain of spec §3 (v2): like {@link chain16}, but each block's Poseidon takes only the
 * elements the block holds (at most 15), never zero padding. Only for a length the circuit fixes
 * (the slots per day): a series digest, whose length varies with the period, must pad.
 */
async function chainFitted(tag: bigint, elements: readonly bigint[]): Promise<bigint> {
  let h = tag;
  for (let b = 0; b * ELEMENTS_PER_BLOCK < elements.length; b++) {
    h = await poseidon([h, ...elements.slice(b * ELEMENTS_PER_BLOCK, (b + 1) * ELEMENTS_PER_BLOCK)]);
  }
  return h;
}

/**
 * The period statement the meter signs (statement v3): `Poseidon9(TAG_PERIOD, meterId,
 * periodStart, intervalSeconds, intervalCount, nonActualCount, importDigest, exportDigest,
 * exportSlotsDigest)`, where `nonActualCount` is the number of intervals whose quality is not
 * `actual` and `exportSlotsDigest` the {@link slotSumsDigest} of the exports with
 * `86400 / intervalSeconds` slots per day.
 */
export async function periodStatement(period: MeterPeriod): Promise<bigint> {
  const p = parseMeterPeriod(period);
  const [importDigest, exportDigest, exportSlotsDigest] = await Promise.all([
    seriesDigest(p.imports, 'period.imports'),
    seriesDigest(p.exports, 'period.exports'),
    slotSumsDigest(p.exports, 86400 / p.intervalSeconds, 'period.exports'),
  ]);
  return poseidon([
    TAG_PERIOD,
    p.meterId,
    BigInt(p.periodStart),
    BigInt(p.intervalSeconds),
    BigInt(p.imports.length),
    BigInt(nonActualCount(p.quality)),
    importDigest,
    exportDigest,
    exportSlotsDigest,
  ]);
}
