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
/**
 * Reads the verification keys of the built circuits, each checked against the manifest.
 * @param only - limit to these circuits
 * @throws ArtifactError when the manifest or a key is missing or altered.
 */
export async function loadPublishedKeys(opts = {}) {
    const buildDir = resolve(opts.buildDir ?? defaultBuildDir());
    let manifest;
    try {
        manifest = await readManifest(buildDir);
    }
    catch (e) {
        throw new ArtifactError(join(buildDir, 'manifest.json'), e.message);
    }
    if (manifest === undefined) {
        throw new ArtifactError(join(buildDir, 'manifest.json'), 'no build manifest; run `npm run build` (or `wattproof build`)');
    }
    const names = opts.only ?? Object.keys(manifest.circuits);
    const keys = [];
    for (const circuit of names) {
        const entry = manifestCircuit(manifest, circuit);
        if (entry === undefined) {
            throw new ArtifactError(join(buildDir, 'manifest.json'), `circuit ${circuit} is not built (built: ${Object.keys(manifest.circuits).join(', ') || 'none'})`);
        }
        const path = join(buildDir, entry.files.vkey.path);
        let bytes;
        try {
            bytes = await readFile(path);
        }
        catch {
            throw new ArtifactError(path, 'verification key is missing; run `npm run build`');
        }
        const sha = createHash('sha256').update(bytes).digest('hex');
        if (sha !== entry.files.vkey.sha256) {
            throw new ArtifactError(path, `verification key does not match build/manifest.json (sha256 ${sha}, expected ${entry.files.vkey.sha256})`);
        }
        keys.push({
            circuit,
            vkey: JSON.parse(bytes.toString('utf8')),
            sha256: sha,
            params: { ...entry.params },
            publicSignals: entry.publicSignals,
            insecure: entry.insecure,
        });
    }
    return keys;
}
//# sourceMappingURL=published.js.map