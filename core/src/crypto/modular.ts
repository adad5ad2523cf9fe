/**
 * Modular arithmetic shared by the BabyJubJub code (EdDSA over the base field, the threshold split
 * over the subgroup order).
 * @packageDocumentation
 */

/** The inverse of `a` modulo the prime `p` (Fermat: a^(p-2)); `a` must not be 0 mod p. */
export function invertModPrime(a: bigint, p: bigint): bigint {
  let result = 1n;
  let base = ((a % p) + p) % p;
  let e = p - 2n;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % p;
    base = (base * base) % p;
    e >>= 1n;
  }
  return result;
}
