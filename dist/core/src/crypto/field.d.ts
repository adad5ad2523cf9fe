/**
 * Field constants and small integer helpers shared by the hashing code.
 * @packageDocumentation
 */
/** The BN254 scalar field modulus (the circuit field). */
export declare const FIELD_P = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
/** Order of the prime-order subgroup of BabyJubJub (EdDSA `S` must be below it). */
export declare const BABYJUB_SUBORDER = 2736030358979909402780800718157159386076813972158567259200215660948447373041n;
/** True if `v` is a canonical field element (`0 <= v < p`). */
export declare function isFieldElement(v: bigint): boolean;
/** Reads a UTF-8 string as a big-endian integer (how the spec's domain tags are defined). */
export declare function tagFromName(name: string): bigint;
/** Lowercase hex of bytes, no prefix. Browser-safe (no Buffer). */
export declare function bytesToHex(bytes: Uint8Array): string;
/** Parses hex (optional `0x`) into bytes; returns undefined if it is not whole-byte hex. */
export declare function hexToBytes(hex: string): Uint8Array | undefined;
