// What a broken or hostile meter might sign: the statement (v2) of spec §3 written out here on
// purpose (not the SDK's signPeriod, which refuses such readings), signed with a test key.
import { signStatement, type StatementSignature } from '../../core/src/crypto/eddsa.js';
import { poseidon } from '../../core/src/crypto/poseidon.js';
import { TAG_PERIOD, TAG_SERIES } from '../../core/src/crypto/tags.js';

async function digest(readings: bigint[]): Promise<bigint> {
  const elems: bigint[] = [];
  readings.forEach((v, i) => {
    elems[Math.floor(i / 12)] = (elems[Math.floor(i / 12)] ?? 0n) + (v << BigInt(21 * (i % 12)));
  });
  let h = TAG_SERIES;
  for (let b = 0; b * 15 < elems.length; b++) h = await poseidon([h, ...Array.from({ length: 15 }, (_, k) => elems[15 * b + k] ?? 0n)]);
  return h;
}

/** Signs the statement of `imports` and `exports` (any values, even ones the SDK refuses) with `key`. */
export async function signRaw(
  key: Uint8Array,
  p: { meterId: bigint; periodStart: bigint | number; intervalSeconds: number },
  imports: bigint[],
  exports: bigint[],
  nonActualCount = 0n,
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
  ]);
  return signStatement(key, statement);
}
