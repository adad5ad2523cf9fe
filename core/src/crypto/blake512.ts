/**
 * BLAKE-512 (the SHA-3 finalist, not BLAKE2b), as circomlib's EdDSA derives a BabyJubJub key and
 * a signature's nonce with it (circomlibjs calls the `blake-hash` package's "blake512").
 *
 * Written here, in plain TypeScript over bigint words, so that deriving a meter key or signing does
 * not load circomlibjs's `buildEddsa`, which builds five BN254 wasm curves (~2 s of CPU per
 * process on the 2-core test machine) to use none of them for BabyJubJub point arithmetic.
 * Unsalted (salt = 0) only; messages of at most 2^53 - 1 bytes. Browser-safe (no Buffer).
 * test/sdk/crypto.test.ts checks it against the `blake-hash` package and the BLAKE paper's vectors.
 * @packageDocumentation
 */

const MASK = (1n << 64n) - 1n;

/** The initial value: SHA-512's. */
const IV: readonly bigint[] = [
  0x6a09e667f3bcc908n,
  0xbb67ae8584caa73bn,
  0x3c6ef372fe94f82bn,
  0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n,
  0x9b05688c2b3e6c1fn,
  0x1f83d9abfb41bd6bn,
  0x5be0cd19137e2179n,
];

/** The constants c0..c15: the first digits of pi. */
const C: readonly bigint[] = [
  0x243f6a8885a308d3n,
  0x13198a2e03707344n,
  0xa4093822299f31d0n,
  0x082efa98ec4e6c89n,
  0x452821e638d01377n,
  0xbe5466cf34e90c6cn,
  0xc0ac29b7c97c50ddn,
  0x3f84d5b5b5470917n,
  0x9216d5d98979fb1bn,
  0xd1310ba698dfb5acn,
  0x2ffd72dbd01adfb7n,
  0xb8e1afed6a267e96n,
  0xba7c9045f12c7f99n,
  0x24a19947b3916cf7n,
  0x0801f2e2858efc16n,
  0x636920d871574e69n,
];

/** The ten message permutations; round r uses SIGMA[r mod 10]. */
const SIGMA: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/** (column or diagonal) state indices a, b, c, d of the eight G calls of a round. */
const G_INDICES: readonly (readonly [number, number, number, number])[] = [
  [0, 4, 8, 12],
  [1, 5, 9, 13],
  [2, 6, 10, 14],
  [3, 7, 11, 15],
  [0, 5, 10, 15],
  [1, 6, 11, 12],
  [2, 7, 8, 13],
  [3, 4, 9, 14],
];

const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK;

/** One compression of the 128-byte block at `block[off..]`, counting `bits` message bits so far. */
function compress(h: bigint[], block: Uint8Array, off: number, bits: bigint): void {
  const m: bigint[] = new Array(16);
  for (let i = 0; i < 16; i++) {
    let w = 0n;
    for (let k = 0; k < 8; k++) w = (w << 8n) | BigInt(block[off + 8 * i + k]!);
    m[i] = w;
  }
  const t0 = bits & MASK;
  const t1 = (bits >> 64n) & MASK;
  const v = [...h, C[0]!, C[1]!, C[2]!, C[3]!, t0 ^ C[4]!, t0 ^ C[5]!, t1 ^ C[6]!, t1 ^ C[7]!];
  for (let r = 0; r < 16; r++) {
    const s = SIGMA[r % 10]!;
    for (let i = 0; i < 8; i++) {
      const [a, b, c, d] = G_INDICES[i]!;
      const x = s[2 * i]!;
      const y = s[2 * i + 1]!;
      v[a] = (v[a]! + v[b]! + (m[x]! ^ C[y]!)) & MASK;
      v[d] = rotr(v[d]! ^ v[a]!, 32n);
      v[c] = (v[c]! + v[d]!) & MASK;
      v[b] = rotr(v[b]! ^ v[c]!, 25n);
      v[a] = (v[a]! + v[b]! + (m[y]! ^ C[x]!)) & MASK;
      v[d] = rotr(v[d]! ^ v[a]!, 16n);
      v[c] = (v[c]! + v[d]!) & MASK;
      v[b] = rotr(v[b]! ^ v[c]!, 11n);
    }
  }
  for (let i = 0; i < 8; i++) h[i] = h[i]! ^ v[i]! ^ v[i + 8]!;
}

/** BLAKE-512 of `data`: 64 bytes. */
export function blake512(data: Uint8Array): Uint8Array {
  const len = data.length;
  // Padding: a 1 bit, zeros, a 1 bit, then the 128-bit message length in bits, to a multiple of
  // 128 bytes (when only one pad byte fits, the two 1 bits share it: 0x81).
  const padded = new Uint8Array(Math.ceil((len + 17) / 128) * 128);
  padded.set(data);
  padded[len] = 0x80;
  padded[padded.length - 17] = padded[padded.length - 17]! | 0x01;
  const totalBits = BigInt(len) * 8n;
  for (let k = 0; k < 16; k++) padded[padded.length - 1 - k] = Number((totalBits >> BigInt(8 * k)) & 0xffn);
  const h = [...IV];
  const blocks = padded.length / 128;
  for (let b = 0; b < blocks; b++) {
    // The counter holds the message bits up to the end of this block; a block of padding alone counts 0.
    const end = Math.min(len, (b + 1) * 128);
    const bits = end > b * 128 ? BigInt(end) * 8n : 0n;
    compress(h, padded, 128 * b, bits);
  }
  const out = new Uint8Array(64);
  for (let i = 0; i < 8; i++) for (let k = 0; k < 8; k++) out[8 * i + k] = Number((h[i]! >> BigInt(56 - 8 * k)) & 0xffn);
  return out;
}
