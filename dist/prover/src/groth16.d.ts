/**
 * Groth16 proving and verifying (snarkjs), and the conversion of a proof to
 * the argument layout of the generated Solidity verifiers.
 */
import { ProofError } from '../../core/src/errors.js';
import type { CircuitArtifacts } from './artifacts/index.js';
/** A snarkjs Groth16 proof: decimal strings, projective coordinates (z = 1). */
export interface Groth16Proof {
    pi_a: [string, string, string];
    pi_b: [[string, string], [string, string], [string, string]];
    pi_c: [string, string, string];
    protocol: 'groth16';
    curve: 'bn128';
}
/** Arguments of `verifyProof(uint[2] _pA, uint[2][2] _pB, uint[2] _pC, uint[N] _pubSignals)`. */
export interface SolidityProofArgs {
    a: [bigint, bigint];
    b: [[bigint, bigint], [bigint, bigint]];
    c: [bigint, bigint];
    signals: bigint[];
}
/** Witness generation failed: the input does not satisfy the circuit. */
export declare class ProvingError extends ProofError {
    name: string;
}
/**
 * Compute the witness for `input` and prove it.
 * @param input - circuit input signals by name (bigint, number or decimal string; arrays for array signals)
 * @throws ProvingError when the input does not satisfy the circuit (circom's assert message included)
 */
export declare function fullProve(input: Record<string, unknown>, a: CircuitArtifacts): Promise<{
    proof: Groth16Proof;
    publicSignals: string[];
}>;
/** Check a proof against a verification key off-chain. */
export declare function verify(vkey: unknown, proof: Groth16Proof, publicSignals: string[]): Promise<boolean>;
/**
 * Convert to the generated verifier's arguments. G2 coordinates are swapped
 * within each pair (Fp2 elements as (imaginary, real), the order the EVM's
 * pairing precompile expects), exactly as snarkjs's exportSolidityCallData does.
 */
export declare function toSolidityArgs(proof: Groth16Proof, publicSignals: string[]): SolidityProofArgs;
export { shutdownProver } from './shutdown.js';
