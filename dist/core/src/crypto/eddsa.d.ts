/** A BabyJubJub point in affine coordinates (the meter's public key `(Ax, Ay)`). */
export interface MeterPublicKey {
    x: bigint;
    y: bigint;
}
/** An EdDSA-Poseidon signature: the point `R8` and the scalar `S`. */
export interface StatementSignature {
    R8x: bigint;
    R8y: bigint;
    S: bigint;
}
/** Length in bytes of a meter private key. */
export declare const METER_KEY_BYTES = 32;
/** A fresh random meter private key (32 bytes from the platform CSPRNG). */
export declare function generateMeterKey(): Uint8Array;
/** Hex form of a private key, for key files. */
export declare function meterKeyToHex(priv: Uint8Array): string;
/** Parses a private key from hex (64 hex digits, optional `0x`). */
export declare function meterKeyFromHex(hex: string, field?: string): Uint8Array;
/** The public key `(Ax, Ay)` of a meter private key. */
export declare function meterPublicKey(priv: Uint8Array): Promise<MeterPublicKey>;
/** The meter's key hash, `Poseidon2(Ax, Ay)` (public signal 0). */
export declare function keyHash(pub: MeterPublicKey): Promise<bigint>;
/** Signs a statement (a field element) with EdDSA-Poseidon. */
export declare function signStatement(priv: Uint8Array, statement: bigint): Promise<StatementSignature>;
/**
 * True iff `signature` is a valid EdDSA-Poseidon signature of `statement` under `pub`, with every
 * value canonical (so the circuit's verifier accepts the same triple). Never throws on bad values.
 */
export declare function verifyStatementSignature(pub: MeterPublicKey, statement: bigint, signature: StatementSignature): Promise<boolean>;
