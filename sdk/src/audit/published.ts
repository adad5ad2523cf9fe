/**
 * The published verification keys: build/manifest.json names each circuit's vkey.json with its
 * sha256; a key whose hash disagrees is refused, as the prover refuses a tampered zkey.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defaultBuildDir, manifestCircuit, readManifest } from '../../../prover/src/artifacts/index.js';
import { ArtifactError } from '../../../core/src/errors.js';

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
export async function loadPublishedKeys(opts: { buildDir?: string; only?: readonly string[] } = {}): Promise<PublishedKey[]> {
  const buildDir = resolve(opts.buildDir ?? defaultBuildDir());
  let manifest;
  try {
    manifest = await readManifest(buildDir);
  } catch (e) {
    throw new ArtifactError(join(buildDir, 'manifest.json'), (e as Error).message);
  }
  if (manifest === undefined) {
    throw new ArtifactError(join(buildDir, 'manifest.json'), 'no build manifest; run `npm run build` (or `wattproof build`)');
  }
  const names = opts.only ?? Object.keys(manifest.circuits);
  const keys: PublishedKey[] = [];
  for (const circuit of names) {
    const entry = manifestCircuit(manifest, circuit);
    if (entry === undefined) {
      throw new ArtifactError(
        join(buildDir, 'manifest.json'),
        `circuit ${circuit} is not built (built: ${Object.keys(manifest.circuits).join(', ') || 'none'})`,
      );
    }
    const path = join(buildDir, entry.files.vkey.path);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      throw new ArtifactError(path, 'verification key is missing; run `npm run build`');
    }
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (sha !== entry.files.vkey.sha256) {
      throw new ArtifactError(path, `verification key does not match build/manifest.json (sha256 ${sha}, expected ${entry.files.vkey.sha256})`);
    }
    keys.push({
      circuit,
      vkey: JSON.parse(bytes.toString('utf8')) as Record<string, unknown>,
      sha256: sha,
      params: { ...entry.params },
      publicSignals: entry.publicSignals,
      insecure: entry.insecure,
    });
  }
  return keys;
}
