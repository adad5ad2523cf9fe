export { ArtifactError } from './error.js';
export { MANIFEST_FILE, manifestCircuit, readManifest } from './manifest.js';
export type { Manifest, ManifestCircuit, ManifestFile } from './manifest.js';
/** Everything needed to prove and verify for one circuit. */
export interface CircuitArtifacts {
    name: string;
    /** Witness calculator (circom's `<name>.wasm`). */
    wasm: Uint8Array;
    /** Groth16 proving key. */
    zkey: Uint8Array;
    /** Groth16 verification key (snarkjs JSON). */
    vkey: unknown;
    /** The circuit's size parameters from instances.json (e.g. intervalsPerDay). */
    params: Record<string, number>;
}
/** The repo's build directory: `$WATTPROOF_BUILD_DIR`, else `<repo>/build`. */
export declare function defaultBuildDir(): string;
/**
 * Load the wasm, zkey and verification key of circuit `name`, each checked
 * against the sha256 recorded in `<buildDir>/manifest.json`.
 *
 * @throws ArtifactError when the manifest, the circuit's entry, or any file is
 *   missing or its sha256 differs; the message names the file.
 */
export declare function loadCircuitArtifacts(name: string, opts?: {
    buildDir?: string;
}): Promise<CircuitArtifacts>;
