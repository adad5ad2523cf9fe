/**
 * Field constants and small integer helpers shared by the hashing code.
 * @packageDocumentation
 */
/** The BN254 scalar field modulus (the circuit field). */
export const FIELD_P = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
/** Order of the prime-order subgroup of BabyJubJub (EdDSA `S` must be below it). */
export const BABYJUB_SUBORDER = 2736030358979909402780800718157159386076813972158567259200215660948447373041n;
/** True if `v` is a canonical field element (`0 <= v < p`). */
export function isFieldElement(v) {
    return v >= 0n && v < FIELD_P;
}
/** Reads a UTF-8 string as a big-endian integer (how the spec's domain tags are defined). */
export function tagFromName(name) {
    let v = 0n;
    for (const byte of new TextEncoder().encode(name))
        v = (v << 8n) | BigInt(byte);
    return v;
}
/** Lowercase hex of bytes, no prefix. Browser-safe (no Buffer). */
export function bytesToHex(bytes) {
    let s = '';
    for (const b of bytes)
        s += b.toString(16).padStart(2, '0');
    return s;
}
/** Parses hex (optional `0x`) into bytes; returns undefined if it is not whole-byte hex. */
export function hexToBytes(hex) {
    const h = hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex;
    if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h))
        return undefined;
    const out = new Uint8Array(h.length / 2);
    for (let i = 0; i < out.length; i++)
        out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
    return out;
}
//# sourceMappingURL=field.js.map