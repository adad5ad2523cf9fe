/**
 * Published blake2b-512 hashes of the prepared (phase 2 ready) Hermez / Polygon zkEVM
 * powers-of-tau files `powersOfTau28_hez_final_NN.ptau` (54 contributions and a beacon).
 * Source: the snarkjs 0.7.6 README ("Prepared (phase2) Ptau files for bn128"), files at
 * https://storage.googleapis.com/zkevm/ptau/. Power 28 is the untruncated file.
 */
export declare const HERMEZ_PTAU_BLAKE2B: Readonly<Record<number, {
    file: string;
    blake2b: string;
}>>;
