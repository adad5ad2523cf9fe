import type { SnarkLogger } from './log.js';
type Curve = {
    terminate(): Promise<void>;
};
/** BN254 ("bn128" in snarkjs), the curve Ethereum's pairing precompile supports. */
export declare function bn128(): Promise<Curve>;
/**
 * Stop ffjavascript's worker threads. snarkjs caches one multi-threaded curve
 * in a global; until it is terminated the Node process cannot exit.
 */
export declare function terminateCurves(): Promise<void>;
export declare const ptauNew: (power: number, out: string, log: SnarkLogger) => Promise<unknown>;
export declare const ptauContribute: (inp: string, out: string, name: string, entropy: string, log: SnarkLogger) => Promise<unknown>;
export declare const ptauBeacon: (inp: string, out: string, name: string, beaconHex: string, iterExp: number, log: SnarkLogger) => Promise<unknown>;
export declare const ptauPreparePhase2: (inp: string, out: string, log: SnarkLogger) => Promise<unknown>;
export declare const ptauVerify: (file: string, log: SnarkLogger) => Promise<boolean>;
export declare const zkeyNew: (r1cs: string, ptau: string, out: string, log: SnarkLogger) => Promise<unknown>;
export declare const zkeyContribute: (inp: string, out: string, name: string, entropy: string, log: SnarkLogger) => Promise<unknown>;
export declare const zkeyVerifyFromR1cs: (r1cs: string, ptau: string, zkey: string, log: SnarkLogger) => Promise<boolean>;
export declare const zkeyExportVerificationKey: (zkey: string, log?: SnarkLogger) => Promise<Record<string, unknown>>;
export declare const zkeyExportSolidityVerifier: (zkey: string, templates: {
    groth16: string;
}, log?: SnarkLogger) => Promise<string>;
export {};
