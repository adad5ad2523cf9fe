/**
 * Groth16 proving and verifying (snarkjs), and the conversion of a proof to
 * the argument layout of the generated Solidity verifiers.
 */
import { ProofError } from '../../core/src/errors.js';
import * as snarkjs from 'snarkjs';
/** Witness generation failed: the input does not satisfy the circuit. */
export class ProvingError extends ProofError {
    name = 'ProvingError';
}
/**
 * Compute the witness for `input` and prove it.
 * @param input - circuit input signals by name (bigint, number or decimal string; arrays for array signals)
 * @throws ProvingError when the input does not satisfy the circuit (circom's assert message included)
 */
export async function fullProve(input, a) {
    try {
        const { proof, publicSignals } = await snarkjs.groth16.fullProve(input, a.wasm, a.zkey);
        return { proof: proof, publicSignals: publicSignals };
    }
    catch (e) {
        const msg = e.message ?? String(e);
        throw new ProvingError(`cannot prove circuit ${a.name}: ${msg.split('\n')[0]}`, { cause: e });
    }
}
/** Check a proof against a verification key off-chain. */
export async function verify(vkey, proof, publicSignals) {
    // snarkjs logs to console only when given a logger; it returns false (never throws) on a bad proof,
    // but throws on malformed input, which is also "not valid".
    try {
        return (await snarkjs.groth16.verify(vkey, publicSignals, proof)) === true;
    }
    catch {
        return false;
    }
}
/**
 * Convert to the generated verifier's arguments. G2 coordinates are swapped
 * within each pair (Fp2 elements as (imaginary, real), the order the EVM's
 * pairing precompile expects), exactly as snarkjs's exportSolidityCallData does.
 */
export function toSolidityArgs(proof, publicSignals) {
    const n = (s) => BigInt(s);
    return {
        a: [n(proof.pi_a[0]), n(proof.pi_a[1])],
        b: [
            [n(proof.pi_b[0][1]), n(proof.pi_b[0][0])],
            [n(proof.pi_b[1][1]), n(proof.pi_b[1][0])],
        ],
        c: [n(proof.pi_c[0]), n(proof.pi_c[1])],
        signals: publicSignals.map(n),
    };
}
export { shutdownProver } from './shutdown.js';
//# sourceMappingURL=groth16.js.map