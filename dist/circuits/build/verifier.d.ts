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
