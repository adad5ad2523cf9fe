/** A circuit's published verification key. */
export interface PublishedKey {
    circuit: string;
    /** The snarkjs verification key JSON. */
    vkey: Record<string, unknown>;
    /** sha256 of vkey.json as recorded in the manifest. */
    sha256: string;
    /** Circuit size parameters (intervalsPerDay, maxDays, readingBits). */
    params: Record<string, number>;
    publicSignals: number;
    /** True for development (single-party, local ceremony) keys. */
    insecure: boolean;
}
/**
 * Reads the verification keys of the built circuits, each checked against the manifest.
 * @param only - limit to these circuits
 * @throws ArtifactError when the manifest or a key is missing or altered.
 */
export declare function loadPublishedKeys(opts?: {
    buildDir?: string;
    only?: readonly string[];
}): Promise<PublishedKey[]>;
