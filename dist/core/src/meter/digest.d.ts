import { type MeterPeriod } from './period.js';
/** Readings per packed element. */
export declare const READINGS_PER_ELEMENT = 12;
/** Packed elements per Poseidon16 block (plus the chaining value). */
export declare const ELEMENTS_PER_BLOCK = 15;
/**
 * Bits per reading slot in a packed element: 21, so that the circuit can add a month of packed
 * days and split the sums into per-slot lanes without carries (31 * (2^16 - 1) < 2^21).
 */
export declare const SLOT_BITS = 21n;
/**
 * Packs readings 12 per element: `e[j] = sum_i r[12j+i] * 2^(21 i)`, the last element
 * zero-padded. Returns `ceil(n/12)` elements.
 */
export declare function packReadings(readings: readonly (number | bigint)[], field?: string): bigint[];
/**
 * The series digest of spec §3: pack, then chain Poseidon16 over blocks of 15 elements starting
 * from `TAG_SERIES`. An empty series digests to `TAG_SERIES`.
 */
export declare function seriesDigest(readings: readonly (number | bigint)[], field?: string): Promise<bigint>;
/**
 * The period statement the meter signs: `Poseidon7(TAG_PERIOD, meterId, periodStart,
 * intervalSeconds, intervalCount, importDigest, exportDigest)`.
 */
export declare function periodStatement(period: MeterPeriod): Promise<bigint>;
