/**
 * Implementation of the `wattproof ceremony` commands (see ./ceremony.ts for their help).
 * @packageDocumentation
 */
import { join, resolve } from 'node:path';
import { CeremonyError, PtauError } from '../../../core/src/errors.js';
import { defaultBuildDir } from '../../../prover/src/artifacts/index.js';
import { manifestCircuit, readManifest, type ManifestCircuit } from '../../../prover/src/artifacts/manifest.js';
import {
  acceptContribution,
  applyBeacon,
  ceremonyPtau,
  collectingLogger,
  contributeFile,
  contributeInCeremony,
  exportCeremony,
  formatHash,
  initCeremony,
  readTranscript,
  requiredPtauPower,
  TRANSCRIPT_FILE,
  transcriptText,
  verifyCeremony,
  type CeremonyVerification,
  type Transcript,
} from '../../../circuits/build/ceremony/index.js';
import { terminateCurves } from '../../../circuits/build/snark.js';
import { flag, need, str, type RunContext } from '../command.js';
import { writeText } from '../files.js';
import { NegativeResult, UsageError, type Output } from '../output.js';

const INSECURE_LINE = 'INSECURE: this ceremony uses a development powers of tau: whoever made it can forge proofs. For tests only.';

function warnInsecure(out: Output, insecure: boolean): void {
  if (insecure) out.warn(INSECURE_LINE);
}

async function buildEntry(circuit: string): Promise<{ entry: ManifestCircuit; buildDir: string }> {
  const buildDir = defaultBuildDir();
  const manifest = await readManifest(buildDir).catch(() => undefined);
  const entry = manifest === undefined ? undefined : manifestCircuit(manifest, circuit);
  if (entry === undefined) throw new CeremonyError(`circuit ${circuit} is not built in ${buildDir}: run "npm run build -- --only ${circuit}" (or give --r1cs)`);
  return { entry, buildDir };
}

async function r1csFor(values: RunContext['values'], circuit: string): Promise<string> {
  const given = str(values, 'r1cs');
  if (given !== undefined) return resolve(given);
  const { entry, buildDir } = await buildEntry(circuit);
  return join(buildDir, entry.files.r1cs.path);
}

/** The ptau a verify/accept/export of an existing ceremony uses: must be the transcript's. */
async function ptauOf(values: RunContext['values'], t: Transcript) {
  const insecure = flag(values, 'insecure-dev-ptau');
  if (t.insecure && !insecure) {
    throw new PtauError(
      `the ceremony of ${t.circuit} was started from a development powers of tau (${t.ptau.file}): it is INSECURE; give --insecure-dev-ptau to check it anyway`,
    );
  }
  return ceremonyPtau(str(values, 'ptau') ?? (process.env.WATTPROOF_PTAU || undefined), t.ptau.power, insecure, collectingLogger());
}

function dirOf(values: RunContext['values'], command: string): string {
  return resolve(need(values, 'dir', command));
}

async function saveTranscript(dir: string, t: Transcript): Promise<void> {
  await writeText(join(dir, TRANSCRIPT_FILE), transcriptText(t));
}

/** `ceremony init` */
export async function init({ values, out }: RunContext): Promise<void> {
  const circuit = need(values, 'circuit', 'ceremony init');
  const dir = dirOf(values, 'ceremony init');
  const r1cs = await r1csFor(values, circuit);
  const insecure = flag(values, 'insecure-dev-ptau');
  const log = collectingLogger();
  try {
    const { readR1csHeader } = await import('../../../circuits/build/binfile.js');
    const h = await readR1csHeader(r1cs).catch((e: Error) => {
      throw new CeremonyError(`${r1cs}: not a readable r1cs (${e.message})`);
    });
    const power = requiredPtauPower(h.nConstraints, h.nPubInputs + h.nPubOutputs);
    const ptau = await ceremonyPtau(str(values, 'ptau') ?? (process.env.WATTPROOF_PTAU || undefined), power, insecure, log);
    out.progress(`ceremony of ${circuit}: zkey new from ${r1cs} and ${ptau.path} (2^${ptau.power}) …`);
    const sourceHash = str(values, 'r1cs') === undefined ? (await buildEntry(circuit)).entry.inputs.sourceHash : undefined;
    const t = await initCeremony({ dir, circuit, r1cs, ptau, log, ...(sourceHash === undefined ? {} : { sourceHash }) });
    await saveTranscript(dir, t);
    warnInsecure(out, t.insecure);
    out.line(`ceremony of ${circuit} started in ${dir}${t.insecure ? ' (INSECURE: development powers of tau)' : ''}`);
    out.line(`  r1cs sha256      ${t.r1cs.sha256} (${t.r1cs.constraints} constraints)`);
    out.line(`  ptau blake2b-512 ${formatHash(t.ptau.blake2b)}${t.ptau.published ? ` (= published ${t.ptau.published})` : ''}`);
    out.line(`  circuit hash     ${formatHash(t.circuitHash)}`);
    out.line(`  first zkey       ${t.initial.file}  sha256 ${t.initial.sha256}`);
    out.line('Publish these; then send the latest zkey to the first participant.');
    out.result({ dir, transcript: t });
  } finally {
    await terminateCurves();
  }
}

/** `ceremony contribute` */
export async function contribute({ values, out }: RunContext): Promise<void> {
  const name = need(values, 'name', 'ceremony contribute');
  const text = str(values, 'text');
  const dirText = str(values, 'dir');
  const inFile = str(values, 'in');
  const outFile = str(values, 'out');
  const log = collectingLogger();
  try {
    if (dirText !== undefined) {
      if (inFile !== undefined || outFile !== undefined)
        throw new UsageError('ceremony contribute: give --dir, or --in and --out, not both', 'ceremony contribute');
      const dir = resolve(dirText);
      out.progress(`contributing as ${name} (fresh entropy from the OS) …`);
      const { transcript, result, entry } = await contributeInCeremony(dir, name, text, log);
      await saveTranscript(dir, transcript);
      warnInsecure(out, transcript.insecure);
      out.line(`contribution #${entry.index} by ${name}: ${entry.output.file} (${result.seconds.toFixed(1)} s)`);
      out.line(`contribution hash (publish it):\n  ${formatHash(result.contributionHash)}`);
      out.result({
        index: entry.index,
        name,
        contributionHash: result.contributionHash,
        input: entry.input,
        output: entry.output,
        seconds: result.seconds,
        insecure: transcript.insecure,
      });
      return;
    }
    if (inFile === undefined || outFile === undefined)
      throw new UsageError('ceremony contribute: give --dir DIR, or --in ZKEY --out ZKEY', 'ceremony contribute');
    out.progress(`contributing as ${name} to ${inFile} (fresh entropy from the OS) …`);
    const result = await contributeFile(resolve(inFile), resolve(outFile), name, text, log);
    out.line(`wrote ${outFile} (${result.seconds.toFixed(1)} s); send it to the coordinator`);
    out.line(`contribution hash (publish it):\n  ${formatHash(result.contributionHash)}`);
    out.result({
      name,
      contributionHash: result.contributionHash,
      inputSha256: result.inputSha256,
      outputSha256: result.outputSha256,
      output: resolve(outFile),
      seconds: result.seconds,
    });
  } finally {
    await terminateCurves();
  }
}

/** `ceremony accept` */
export async function accept({ values, out }: RunContext): Promise<void> {
  const dir = dirOf(values, 'ceremony accept');
  const zkey = resolve(need(values, 'zkey', 'ceremony accept'));
  try {
    const t = await readTranscript(dir);
    const ptau = await ptauOf(values, t);
    out.progress(`checking ${zkey} against ${t.circuit}'s latest zkey and verifying it …`);
    const { transcript, entry, seconds } = await acceptContribution(dir, zkey, ptau, collectingLogger(), str(values, 'hash'));
    await saveTranscript(dir, transcript);
    warnInsecure(out, transcript.insecure);
    out.line(`accepted contribution #${entry.index} by ${entry.name || '(unnamed)'} as ${entry.output.file} (verified in ${seconds.toFixed(1)} s)`);
    out.line(`contribution hash:\n  ${formatHash(entry.contributionHash)}`);
    out.result({ ...entry, insecure: transcript.insecure });
  } finally {
    await terminateCurves();
  }
}

function printVerification(out: Output, v: CeremonyVerification): void {
  out.line(
    `ceremony of ${v.circuit}: ${v.ok ? 'VERIFIED' : 'NOT VERIFIED'}${v.insecure ? ' (INSECURE: development powers of tau)' : ''} in ${v.seconds.toFixed(1)} s`,
  );
  out.line(`  ptau      ${v.ptau.file} (${v.ptau.source}${v.ptau.published ? `, = published ${v.ptau.published}` : ''}, 2^${v.ptau.power})`);
  out.line(`  circuit   ${formatHash(v.circuitHash)}`);
  out.line(`  zkey      ${v.zkey.file}  sha256 ${v.zkey.sha256}${v.finalized ? ' (final)' : ' (not finalized: no beacon yet)'}`);
  for (const c of v.contributions) {
    out.line(
      `  #${c.index} ${c.kind === 'beacon' ? 'beacon' : 'contribution'} ${c.name}${c.beacon ? ` (beacon ${c.beacon.hash}, 2^${c.beacon.iterationsExp} iterations)` : ''}`,
    );
    out.line(`      ${formatHash(c.contributionHash)}`);
  }
  for (const p of v.problems) out.line(`  PROBLEM: ${p}`);
}

/** `ceremony verify` */
export async function verify({ values, out }: RunContext): Promise<void> {
  const dir = dirOf(values, 'ceremony verify');
  try {
    const t = await readTranscript(dir);
    const ptau = await ptauOf(values, t);
    const r1cs = await r1csFor(values, t.circuit);
    out.progress(`verifying the ceremony of ${t.circuit} from ${r1cs} and ${ptau.path} …`);
    const v = await verifyCeremony({ dir, r1cs, ptau, all: flag(values, 'all'), log: collectingLogger() });
    warnInsecure(out, v.insecure);
    printVerification(out, v);
    out.result(v);
    if (!v.ok) throw new NegativeResult(`the ceremony does not verify: ${v.problems.join('; ')}`);
  } finally {
    await terminateCurves();
  }
}

/** `ceremony beacon` and `ceremony finalize` */
export async function beacon({ values, out }: RunContext): Promise<void> {
  const dir = dirOf(values, 'ceremony beacon');
  const hex = need(values, 'beacon', 'ceremony beacon');
  const expText = str(values, 'iterations-exp') ?? '10';
  if (!/^\d+$/.test(expText)) throw new UsageError(`ceremony beacon: --iterations-exp must be an integer 10..63, not '${expText}'`, 'ceremony beacon');
  try {
    out.progress('applying the random beacon …');
    const { transcript, entry } = await applyBeacon(dir, hex, Number(expText), str(values, 'name') ?? 'public random beacon', collectingLogger());
    await saveTranscript(dir, transcript);
    warnInsecure(out, transcript.insecure);
    out.line(`beacon applied: final zkey ${entry.output.file} (sha256 ${entry.output.sha256}); the ceremony is closed`);
    out.line(`beacon contribution hash:\n  ${formatHash(entry.contributionHash)}`);
    out.result({ ...entry, final: transcript.final, insecure: transcript.insecure });
  } finally {
    await terminateCurves();
  }
}

/** `ceremony export` */
export async function exportCeremonyCmd({ values, out }: RunContext): Promise<void> {
  const dir = dirOf(values, 'ceremony export');
  const outDir = resolve(need(values, 'out-dir', 'ceremony export'));
  try {
    const t = await readTranscript(dir);
    const ptau = await ptauOf(values, t);
    const { entry, buildDir } = await buildEntry(t.circuit);
    const r1cs = str(values, 'r1cs') === undefined ? join(buildDir, entry.files.r1cs.path) : resolve(str(values, 'r1cs')!);
    out.progress(`verifying the ceremony of ${t.circuit} before export …`);
    const v = await verifyCeremony({ dir, r1cs, ptau, log: collectingLogger() });
    if (!v.ok) {
      printVerification(out, v);
      throw new NegativeResult(`the ceremony does not verify; nothing exported: ${v.problems.join('; ')}`);
    }
    const r = await exportCeremony({ dir, verification: v, r1cs, wasm: join(buildDir, entry.files.wasm.path), buildEntry: entry, outDir });
    warnInsecure(out, t.insecure);
    out.line(`exported the ceremony of ${t.circuit} to ${outDir}${t.insecure ? ' (INSECURE: development powers of tau)' : ''}`);
    out.line(`  manifest          ${r.manifest}`);
    out.line(`  verification key  ${r.vkey}`);
    out.line(`  Solidity verifier ${r.verifierSol} (contract ${r.entry.verifier.contract})`);
    out.line(`  batch verifier    ${r.batchVerifierSol} (what Settlement deploys with)`);
    out.line(`  final zkey sha256 ${r.entry.files.zkey.sha256}`);
    out.line(`Use it with WATTPROOF_BUILD_DIR=${outDir}; deploy the verifier, then "wattproof deploy --verifier ADDRESS".`);
    out.result({ outDir, manifest: r.manifest, entry: r.entry, verifier: r.verifierSol, batchVerifier: r.batchVerifierSol, insecure: t.insecure });
  } finally {
    await terminateCurves();
  }
}
