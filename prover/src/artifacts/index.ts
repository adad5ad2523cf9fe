/**
 * Loading a circuit's proving artifacts, checked against build/manifest.json.
 *
 * A zkey or wasm that differs from what the build recorded is refused: a
 * corrupted zkey can yield proofs that the on-chain verifier rejects (or, for
 * a swapped one, proofs for another circuit), and a corrupted wasm can compute
 * a wrong witness. Either way the fix is the same: rebuild.
 */
import { packageRoot } from './package-root.js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
// ArtifactError lives in its own module so the browser loader (./browser.ts) can share it without node: imports.
import { ArtifactError, REBUILD } from './error.js';
import { MANIFEST_FILE, manifestCircuit, readManifest, type ManifestFile } from './manifest.js';

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
export function defaultBuildDir(): string {
  const env = process.env.WATTPROOF_BUILD_DIR;
  if (env && env.trim() !== '') return resolve(env);
  return join(packageRoot(), 'build');
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/**
 * The sha256 (hex) of artifact buffers: recorded for each buffer this module returns when it checks
 * it against the manifest, computed once for any other. The proof cache keys statements by the
 * zkey's and the wasm's sha256 (../proof-cache.ts): a ~10 MB zkey is then hashed once, not again for
 * every proof.
 */
const digests = new WeakMap<Uint8Array, string>();

/** The sha256 (hex) of an artifact buffer, remembered per buffer (its bytes must not change). */
export function artifactSha256(bytes: Uint8Array): string {
  let d = digests.get(bytes);
  if (d === undefined) {
    d = createHash('sha256').update(bytes).digest('hex');
    digests.set(bytes, d);
  }
  return d;
}

async function readChecked(buildDir: string, entry: ManifestFile): Promise<Uint8Array> {
  const path = join(buildDir, entry.path);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    throw new ArtifactError(path, `artifact ${shown(path)} is missing; ${REBUILD}`);
  }
  const sha = createHash('sha256').update(data).digest('hex');
  if (sha !== entry.sha256) {
    throw new ArtifactError(
      path,
      `artifact ${shown(path)} does not match build/manifest.json (sha256 ${sha}, expected ${entry.sha256}); it is corrupted or from another build; ${REBUILD}`,
    );
  }
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  digests.set(bytes, sha);
  return bytes;
}

/**
 * Load the wasm, zkey and verification key of circuit `name`, each checked
 * against the sha256 recorded in `<buildDir>/manifest.json`.
 *
 * @throws ArtifactError when the manifest, the circuit's entry, or any file is
 *   missing or its sha256 differs; the message names the file.
 */
export async function loadCircuitArtifacts(name: string, opts?: { buildDir?: string }): Promise<CircuitArtifacts> {
  const buildDir = resolve(opts?.buildDir ?? defaultBuildDir());
  const manifestPath = join(buildDir, MANIFEST_FILE);
  let manifest;
  try {
    manifest = await readManifest(buildDir);
  } catch (e) {
    throw new ArtifactError(manifestPath, `${(e as Error).message}; ${REBUILD}`);
  }
  if (!manifest) throw new ArtifactError(manifestPath, `build manifest ${shown(manifestPath)} is missing; run \`npm run build\``);
  const entry = manifestCircuit(manifest, name);
  if (!entry) {
    const known = Object.keys(manifest.circuits).join(', ') || 'none';
    throw new ArtifactError(manifestPath, `circuit ${name} is not in ${shown(manifestPath)} (built: ${known}); run \`npm run build -- --only ${name}\``);
  }
  const [wasm, zkey, vkeyBytes] = await Promise.all([
    readChecked(buildDir, entry.files.wasm),
    readChecked(buildDir, entry.files.zkey),
    readChecked(buildDir, entry.files.vkey),
  ]);
  const vkey: unknown = JSON.parse(new TextDecoder().decode(vkeyBytes));
  return { name, wasm, zkey, vkey, params: { ...entry.params } };
}
