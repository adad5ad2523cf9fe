interface CircomlibPoseidon {
    (inputs: unknown[]): Uint8Array;
    F: {
        toObject(e: Uint8Array): bigint;
    };
}
/** The shared circomlibjs Poseidon instance (built once: building compiles wasm). */
export declare function getPoseidon(): Promise<CircomlibPoseidon>;
/**
 * `PoseidonK(inputs)` with K = inputs.length (1..16), as circomlib's template computes it.
 * Inputs must be canonical field elements: reducing silently would let two different
 * inputs hash alike.
 */
export declare function poseidon(inputs: readonly bigint[]): Promise<bigint>;
export {};
