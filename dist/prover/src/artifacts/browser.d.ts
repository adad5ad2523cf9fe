import type { CircuitArtifacts } from './index.js';
export { ArtifactError } from './error.js';
type Fetch = (input: string, init?: RequestInit) => Promise<Response>;
/**
 * Fetch the wasm, zkey and verification key of circuit `name` from a served build directory
 * (`<baseUrl>/manifest.json`, `<baseUrl>/circuits/<name>/...`), each checked against the
 * sha256 recorded in the manifest with WebCrypto.
 *
 * @param baseUrl - URL of the build directory (a trailing slash is optional); relative URLs
 *   resolve against the page's location when there is one
 * @param fetchImpl - the fetch to use (default: the global fetch)
 * @throws ArtifactError naming the URL when the manifest, the circuit's entry or a file is
 *   missing or unreachable, or a file's sha256 differs from the manifest
 */
export declare function loadCircuitArtifactsFromUrl(baseUrl: string | URL, name: string, fetchImpl?: Fetch): Promise<CircuitArtifacts>;
