import { batchVerifierContractName } from '../../prover/src/batch-verifier.js';
/** Where generated verifiers go, relative to the repo root (git-ignored). */
export declare const GENERATED_CONTRACTS_DIR = "contracts/generated";
/** Contract name of a circuit's verifier: `bill_1d_30m` -> `Bill1d30mVerifier`. */
export declare function verifierContractName(circuit: string): string;
/**
 * Render the verifier for `zkeyPath` as Solidity source, with the contract
 * renamed and a do-not-edit header naming its provenance.
 */
export declare function renderVerifier(circuit: string, zkeyPath: string, zkeySha256: string): Promise<string>;
/** Write the verifier (normally contracts/generated/<Pascal>Verifier.sol) atomically. */
export declare function writeVerifier(path: string, circuit: string, zkeyPath: string, zkeySha256: string): Promise<void>;
/** Contract name of a circuit's batch verifier: `bill_1d_30m` -> `Bill1d30mBatchVerifier`. */
export { batchVerifierContractName };
/**
 * Write the batch verifier of a bill circuit (normally contracts/generated/<Pascal>BatchVerifier.sol),
 * rendered from its verification key by prover/src/batch-verifier.ts, atomically (not rewritten when
 * unchanged). Writes nothing for a circuit without the five public signals of a bill.
 */
export declare function writeBatchVerifier(path: string, circuit: string, vkeyPath: string, zkeySha256: string): Promise<'written' | 'unchanged' | 'not-a-bill'>;
