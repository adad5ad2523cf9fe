import type { BillPublicSignals } from './bill-input.js';
import { type SolidityProofArgs } from './groth16.js';
import type { PlainProof } from './prove-core.js';
/** Bill circuits have exactly these public signals (spec §7). */
export declare const BILL_SIGNAL_COUNT = 5;
/**
 * Checks that `proof` is a well-formed Groth16 BN254 proof in snarkjs's plain form.
 * @throws ProofError naming the first bad field, e.g. `proof.pi_b[1][0]`
 */
export declare function assertPlainProof(proof: unknown, root?: string): asserts proof is PlainProof;
/**
 * Checks that `publicSignals` are the 5 bill signals, decimal strings below the scalar field.
 * @throws ProofError naming the first bad entry, e.g. `publicSignals[3]`
 */
export declare function assertBillSignals(publicSignals: unknown, root?: string): asserts publicSignals is BillPublicSignals;
/** What {@link verifyBill} checks. */
export interface VerifyBillOptions {
    proof: PlainProof;
    publicSignals: readonly string[];
    /** The circuit's Groth16 verification key (snarkjs JSON, e.g. build/circuits/<name>/vkey.json). */
    vkey: unknown;
}
/**
 * Verifies a bill proof off-chain with the circuit's verification key.
 * @returns true iff the proof is valid for these public signals under `vkey`
 * @throws ProofError naming the field when the proof, the signals or the key are malformed
 *   (a well-formed but wrong proof is not an error: it returns false)
 */
export declare function verifyBill({ proof, publicSignals, vkey }: VerifyBillOptions): Promise<boolean>;
/** The public facts of a bill proof, decoded from its signals (spec §7). */
export interface DecodedBillSignals {
    /** Poseidon2 of the meter's public key. */
    keyHash: bigint;
    tariffCommitment: bigint;
    meterId: bigint;
    /** Unix seconds. */
    periodStart: number;
    intervalCount: number;
    intervalSeconds: number;
    /** Token smallest units charged (tax included). */
    charge: bigint;
    /** Token smallest units credited for export. */
    credit: bigint;
    chainId: bigint;
    /** Settlement contract address, lowercase hex. */
    contract: string;
}
/**
 * Decodes the five public signals of a bill proof.
 * @throws ProofError naming the signal when one is malformed or not a packed value
 */
export declare function decodeBillSignals(publicSignals: readonly string[]): DecodedBillSignals;
/** {@link toSettlementArgs}'s result: the signals are exactly the five of a bill. */
export interface BillSolidityArgs extends SolidityProofArgs {
    signals: [bigint, bigint, bigint, bigint, bigint];
}
/**
 * A bill proof as the arguments of the generated verifier's `verifyProof(a, b, c, signals)` and
 * of `Settlement.settle(a, b, c, signals)` (G2 coordinates swapped as the EVM expects).
 * @throws ProofError naming the field when the proof or the signals are malformed
 */
export declare function toSettlementArgs(bill: {
    proof: PlainProof;
    publicSignals: readonly string[];
}): BillSolidityArgs;
