/**
 * Series digests and period statements, spec §3 exactly.
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { poseidon } from '../crypto/poseidon.js';
import { TAG_PERIOD, TAG_SERIES } from '../crypto/tags.js';
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

/**
 * The series digest of spec §3: pack, then chain Poseidon16 over blocks of 15 elements starting
 * from `TAG_SERIES`. An empty series digests to `TAG_SERIES`.
 */
export async function seriesDigest(readings: readonly (number | bigint)[], field = 'readings'): Promise<bigint> {
  const elements = packReadings(readings, field);
  let h = TAG_SERIES;
  for (let b = 0; b * ELEMENTS_PER_BLOCK < elements.length; b++) {
    const block = Array.from({ length: ELEMENTS_PER_BLOCK }, (_, k) => elements[b * ELEMENTS_PER_BLOCK + k] ?? 0n);
    h = await poseidon([h, ...block]);
  }
  return h;
}

/**
 * The period statement the meter signs (statement v2): `Poseidon8(TAG_PERIOD, meterId,
 * periodStart, intervalSeconds, intervalCount, nonActualCount, importDigest, exportDigest)`, where
 * `nonActualCount` is the number of intervals whose quality is not `actual`.
 */
export async function periodStatement(period: MeterPeriod): Promise<bigint> {
  const p = parseMeterPeriod(period);
  const [importDigest, exportDigest] = await Promise.all([seriesDigest(p.imports, 'period.imports'), seriesDigest(p.exports, 'period.exports')]);
  return poseidon([
    TAG_PERIOD,
    p.meterId,
    BigInt(p.periodStart),
    BigInt(p.intervalSeconds),
    BigInt(p.imports.length),
    BigInt(nonActualCount(p.quality)),
    importDigest,
    exportDigest,
  ]);
}
