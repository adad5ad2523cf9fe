/**
 * Solidity source of a bill circuit's batch verifier, rendered from its Groth16 verification key.
 *
 * The contract keeps the key as constants (like snarkjs's verifier), so that anyone can regenerate
 * it from the published key, compile it with the pinned solc and compare bytecode (the audit does).
 * It checks one proof, or many proofs of the same key with one multi-pairing over a random linear
 * combination (coefficients derived from keccak of every proof and signal in the call). Signal 4
 * (the settlement domain) is folded into a base point `IC0 + domain * IC5` that the caller computes
 * once with `foldDomain` (the Settlement contract, at deployment), which saves one scalar
 * multiplication per settlement. Pure string rendering: the build pipeline writes the file and the
 * audit re-renders it.
 * @packageDocumentation
 */
/** A snarkjs Groth16 verification key (the fields the verifier needs). */
export interface Groth16VerificationKey {
    nPublic: number;
    vk_alpha_1: readonly (string | bigint)[];
    vk_beta_2: readonly (readonly (string | bigint)[])[];
    vk_gamma_2: readonly (readonly (string | bigint)[])[];
    vk_delta_2: readonly (readonly (string | bigint)[])[];
    IC: readonly (readonly (string | bigint)[])[];
}
/** The batch verifier serves bill circuits: exactly five public signals, the last the domain. */
export declare const BATCH_VERIFIER_SIGNALS = 5;
/** Contract name of a circuit's batch verifier: `bill_1d_30m` -> `Bill1d30mBatchVerifier`. */
export declare function batchVerifierContractName(circuit: string): string;
/**
 * Render the batch verifier for `vkey` as Solidity source.
 * @param header - comment lines placed after the SPDX line (provenance); default none
 */
export declare function renderBatchVerifierSource(vkey: Groth16VerificationKey, contractName: string, header?: readonly string[]): string;
