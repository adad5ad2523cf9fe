// What a broken or hostile meter might sign: the statement (v3) of spec §3 written out here on
// purpose (not the SDK's signPeriod, which refuses such readings), signed with a test key.
import { signStatement, type StatementSignature } from '../../core/src/crypto/eddsa.js';
import { poseidon } from '../../core/src/crypto/poseidon.js';
import { TAG_PERIOD, TAG_SERIES, TAG_SLOTS } from '../../core/src/crypto/tags.js';

async function digest(readings: bigint[]): Promise<bigint> {
  const elems: bigint[] = [];
  readings.forEach((v, i) => {
    elems[Math.floor(i / 12)] = (elems[Math.floor(i / 12)] ?? 0n) + (v << BigInt(21 * (i % 12)));
  });
  return chain(TAG_SERIES, elems);
}

async function chain(tag: bigint, elems: bigint[]): Promise<bigint> {
  let h = tag;
  for (let b = 0; b * 15 < elems.length; b++) h = await poseidon([h, ...Array.from({ length: 15 }, (_, k) => elems[15 * b + k] ?? 0n)]);
  return h;
}

/** Per-slot sums of `readings` with `perDay` slots (spec §3), as written: no bound checked. */
export function rawSlotSums(readings: bigint[], perDay: number): bigint[] {
  const sums = new Array<bigint>(perDay).fill(0n);
  readings.forEach((v, i) => {
    sums[i % perDay]! += v;
  });
  return sums;
}

/**
 * The slot-sums digest of `sums` (7 per element at a 32-bit stride, absorbed from TAG_SLOTS by
 * Poseidons as wide as each block's elements: slots v2), as written.
 */
export async function rawSlotsDigest(sums: bigint[]): Promise<bigint> {
  const elems: bigint[] = [];
  sums.forEach((v, q) => {
    elems[Math.floor(q / 7)] = (elems[Math.floor(q / 7)] ?? 0n) + (v << BigInt(32 * (q % 7)));
  });
  let h = TAG_SLOTS;
  for (let b = 0; b * 15 < elems.length; b++) h = await poseidon([h, ...elems.slice(15 * b, 15 * b + 15)]);
  return h;
}

/**
 * Signs the statement of `imports` and `exports` (any values, even ones the SDK refuses) with `key`;
 * `exportSlotSums` (default: the per-slot sums of `exports`) lets the meter sign sums that do not
 * match its exports.
 */
export async function signRaw(
  key: Uint8Array,
  p: { meterId: bigint; periodStart: bigint | number; intervalSeconds: number },
  imports: bigint[],
  exports: bigint[],
  nonActualCount = 0n,
  exportSlotSums: bigint[] = rawSlotSums(exports, 86400 / p.intervalSeconds),
): Promise<StatementSignature> {
  const statement = await poseidon([
    TAG_PERIOD,
    p.meterId,
    BigInt(p.periodStart),
    BigInt(p.intervalSeconds),
    BigInt(imports.length),
    nonActualCount,
    await digest(imports),
    await digest(exports),
    await rawSlotsDigest(exportSlotSums),
  ]);
  return signStatement(key, statement);
}
