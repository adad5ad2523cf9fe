import type { Provider } from 'ethers';
/**
 * Compiler settings of the generated verifiers. They mirror hardhat.config.cjs (solc from the
 * pinned `solc` package, optimizer on with 200 runs, EVM cancun); a test asserts they agree.
 */
export declare const VERIFIER_COMPILER: {
    readonly optimizer: {
        readonly enabled: true;
        readonly runs: 200;
    };
    readonly evmVersion: "cancun";
};
/** Version of the pinned solc-js package, e.g. `0.8.28+commit.7893614a`. */
export declare function solcVersion(): string;
/** Strips the CBOR metadata that solc appends to runtime code (its length is the last 2 bytes). */
export declare function stripMetadata(code: string): string;
/** The Solidity verifier snarkjs generates for `vkey` (its `exportSolidityVerifier`, from the key instead of a zkey). */
export declare function renderVerifierSource(vkey: Record<string, unknown>): Promise<string>;
/**
 * Which generated verifier: `batch` is the one Settlement is deployed with (prover/src/batch-verifier.ts,
 * rendered by the build beside snarkjs's), `snarkjs` snarkjs's own (deployments before batch settlement).
 */
export type VerifierTemplate = 'batch' | 'snarkjs';
/**
 * Runtime bytecode (metadata stripped) of the verifier generated from `vkey` with `template`, compiled
 * with solc-js and {@link VERIFIER_COMPILER}. Cached per key and template.
 */
export declare function expectedVerifierCode(vkey: Record<string, unknown>, template?: VerifierTemplate): Promise<string>;
/** The verifier check's outcome. */
export interface VerifierCheck {
    address: string;
    /** True when the deployed code is the verifier of the key. */
    matches: boolean;
    /** Why not, when it does not match. */
    reason?: string;
    /** keccak-free fingerprint of the deployed code (sha256 of the stripped runtime code). */
    codeSha256: string;
    /** Which generated verifier it is, when it matches. */
    template?: VerifierTemplate;
}
/**
 * Compares the code at `address` with the verifiers generated from `vkey`: the batch verifier (what
 * Settlement is deployed with), then snarkjs's.
 */
export declare function checkVerifierCode(provider: Provider, address: string, vkey: Record<string, unknown>): Promise<VerifierCheck>;
