/**
 * Export of a finalized ceremony: a build directory the SDK, the prover and the audit read like
 * the build's own (manifest.json with the sha256 of every artifact), holding the ceremony's final
 * zkey, its verification key, the circuit's r1cs and wasm, the Solidity verifier and a copy of
 * the transcript, which the manifest entry names with its contribution hashes.
 * @packageDocumentation
 */
import { copyFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CeremonyError } from '../../../core/src/errors.js';
import { emptyManifest, MANIFEST_FILE, readManifest, type ManifestCircuit } from '../../../prover/src/artifacts/manifest.js';
import { produceAtomically, sha256File, writeFileAtomic } from '../fs-util.js';
import { zkeyExportVerificationKey } from '../snark.js';
import { batchVerifierContractName, renderVerifier, verifierContractName, writeBatchVerifier } from '../verifier.js';
import { readTranscript, TRANSCRIPT_FILE } from './transcript.js';
import type { CeremonyVerification } from './ceremony.js';

/** Options of {@link exportCeremony}. */
export interface ExportOptions {
  /** The ceremony directory. */
  dir: string;
  /** Its verification (must be ok and finalized). */
  verification: CeremonyVerification;
  r1cs: string;
  wasm: string;
  /** The build manifest's entry of the circuit (main file, parameters, source hash). */
  buildEntry: ManifestCircuit;
  /** The build directory to write (created; other circuits already in it are kept). */
  outDir: string;
}

/** What the export wrote. */
export interface ExportResult {
  outDir: string;
  manifest: string;
  entry: ManifestCircuit;
  /** The Solidity verifier (contract `<Pascal>Verifier`). */
  verifierSol: string;
  /** The batch verifier Settlement deploys with (contract `<Pascal>BatchVerifier`), from the same vkey. */
  batchVerifierSol: string;
  vkey: string;
}

async function copyInto(from: string, to: string): Promise<string> {
  await produceAtomically(to, (tmp) => copyFile(from, tmp));
  return sha256File(to);
}

/** Writes the export; refuses a ceremony that did not verify or is not finalized. */
export async function exportCeremony(o: ExportOptions): Promise<ExportResult> {
  const v = o.verification;
  if (!v.ok) throw new CeremonyError(`the ceremony in ${o.dir} does not verify; nothing exported:\n  ${v.problems.join('\n  ')}`);
  if (!v.finalized) throw new CeremonyError(`the ceremony in ${o.dir} is not finalized: apply the beacon first (wattproof ceremony beacon)`);
  const t = await readTranscript(o.dir);
  const name = t.circuit;
  const final = t.final!;
  const finalPath = join(o.dir, final.file);
  if ((await sha256File(finalPath)) !== final.sha256) throw new CeremonyError(`${finalPath} changed after verification; nothing exported`);

  const cdir = join(o.outDir, 'circuits', name);
  const paths = {
    r1cs: join(cdir, `${name}.r1cs`),
    wasm: join(cdir, `${name}_js`, `${name}.wasm`),
    zkey: join(cdir, `${name}.zkey`),
    vkey: join(cdir, 'vkey.json'),
    verifier: join(o.outDir, 'contracts', `${verifierContractName(name)}.sol`),
    // What Settlement deploys with: the batch verifier rendered from the same vkey.
    batchVerifier: join(o.outDir, 'contracts', `${batchVerifierContractName(name)}.sol`),
    transcript: join(o.outDir, 'ceremony', name, TRANSCRIPT_FILE),
  };
  const rel = (p: string) => relative(o.outDir, p);
  const zkeySha = await copyInto(finalPath, paths.zkey);
  const r1csSha = await copyInto(o.r1cs, paths.r1cs);
  if (r1csSha !== t.r1cs.sha256) throw new CeremonyError(`${o.r1cs} is not the ceremony's r1cs`);
  const wasmSha = await copyInto(o.wasm, paths.wasm);
  const transcriptSha = await copyInto(join(o.dir, TRANSCRIPT_FILE), paths.transcript);
  const vkey = await zkeyExportVerificationKey(paths.zkey);
  await writeFileAtomic(paths.vkey, `${JSON.stringify(vkey, null, 2)}\n`);
  const sol = (await renderVerifier(name, paths.zkey, zkeySha)).replace(
    '// Regenerate with `npm run build`; its hash is recorded in build/manifest.json.',
    `// From the multi-party ceremony of transcript sha256 ${transcriptSha}${t.insecure ? ' (INSECURE: development powers of tau)' : ''}.\n// Regenerate with \`wattproof ceremony export\`; its hash is recorded in the export's manifest.json.`,
  );
  await writeFileAtomic(paths.verifier, sol);
  await writeBatchVerifier(paths.batchVerifier, name, paths.vkey, zkeySha);
  const beacon = t.contributions.find((c) => c.kind === 'beacon')?.beacon;
  const entry: ManifestCircuit = {
    name,
    main: o.buildEntry.main,
    params: o.buildEntry.params,
    constraints: t.r1cs.constraints,
    publicSignals: t.r1cs.publicSignals,
    ptau: { power: t.ptau.power, requiredPower: o.buildEntry.ptau.requiredPower, blake2b: t.ptau.blake2b, source: t.ptau.source },
    insecure: t.insecure,
    files: {
      r1cs: { path: rel(paths.r1cs), sha256: r1csSha },
      wasm: { path: rel(paths.wasm), sha256: wasmSha },
      zkey: { path: rel(paths.zkey), sha256: zkeySha },
      vkey: { path: rel(paths.vkey), sha256: await sha256File(paths.vkey) },
    },
    // Relative to the export directory (the build's own entries are relative to the repo root).
    verifier: { path: rel(paths.verifier), sha256: await sha256File(paths.verifier), contract: verifierContractName(name) },
    batchVerifier: { path: rel(paths.batchVerifier), sha256: await sha256File(paths.batchVerifier), contract: batchVerifierContractName(name) },
    inputs: o.buildEntry.inputs,
    ceremony: {
      transcript: { path: rel(paths.transcript), sha256: transcriptSha },
      finalZkeySha256: final.sha256,
      contributions: t.contributions.map((c) => ({ index: c.index, name: c.name, kind: c.kind, contributionHash: c.contributionHash })),
      ...(beacon === undefined ? {} : { beacon }),
    },
  };
  const manifest = (await readManifest(o.outDir)) ?? emptyManifest();
  manifest.$comment = 'GENERATED by wattproof ceremony export — do not edit';
  manifest.circuits[name] = entry;
  const manifestPath = join(o.outDir, MANIFEST_FILE);
  await writeFileAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { outDir: o.outDir, manifest: manifestPath, entry, verifierSol: paths.verifier, batchVerifierSol: paths.batchVerifier, vkey: paths.vkey };
}
