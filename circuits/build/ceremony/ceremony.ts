/**
 * A multi-party Groth16 phase 2 for one circuit instance, run by a coordinator with participants
 * on other machines (files pass between them; no server).
 *
 *   init        r1cs + a public powers of tau (published hash checked) -> <circuit>_0000.zkey
 *   contribute  latest zkey + fresh OS entropy (+ the participant's text) -> next zkey
 *   accept      a zkey a participant made elsewhere (CLI or browser page): must extend the latest by
 *               exactly one contribution on the same circuit, and verify
 *   beacon      a public random beacon (e.g. a future block hash) -> the final zkey
 *   verify      the whole chain from the r1cs and the ptau to the latest zkey
 *   export      verification key, Solidity verifier, a build directory with a manifest entry
 *
 * The transcript (transcript.ts) records every step. The secret of a contribution lives only in
 * snarkjs's memory during `contribute`: it is never written, logged or returned.
 * @packageDocumentation
 */
import { randomBytes, createHash } from 'node:crypto';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CeremonyError, PtauError } from '../../../core/src/errors.js';
import { readPtauHeader, readR1csHeader } from '../binfile.js';
import { exists, hashFile, produceAtomically, sha256File, tempPathFor } from '../fs-util.js';
import type { SnarkLogger } from '../log.js';
import { checkRealPtau, devPtau, type PtauFile } from '../ptau.js';
import { HERMEZ_PTAU_BLAKE2B } from '../ptau-hashes.js';
import { createFastDevZkey, readDevPtauSecrets } from '../phase2-fast.js';
import { phase2MethodFor } from '../phase2.js';
import { zkeyBeacon, zkeyContributeHash, zkeyNew, zkeyVerifyFromInit, zkeyVerifyFromR1cs } from '../snark.js';
import { latestZkey, readTranscript, zkeyFileName, type Transcript, type TranscriptContribution } from './transcript.js';
import { readZkeyInfo, type ZkeyContribution, type ZkeyInfo } from './zkey-info.js';

/** A logger that drops everything (snarkjs's progress), keeping errors for messages. */
export function collectingLogger(sink: string[] = []): SnarkLogger & { errors: string[]; step(t: string): () => void; child(p: string): never } {
  return {
    errors: sink,
    log: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (m) => void sink.push(String(m)),
    step: () => () => undefined,
    child: () => {
      throw new Error('not a build log');
    },
  };
}

/** Smallest power p with 2^p >= what `zkey new` needs (constraints + public inputs + 1). */
export function requiredPtauPower(constraints: number, publicSignals: number): number {
  return Math.max(1, Math.ceil(Math.log2(constraints + publicSignals + 1)));
}

/**
 * The powers of tau of a ceremony: a public (Hermez) file whose blake2b-512 matches its published
 * hash, or, only with `insecureDevPtau`, a local development file (the cached one when no path
 * is given), which makes the whole ceremony INSECURE.
 * @throws PtauError for a missing, too small, unprepared or unknown file
 */
export async function ceremonyPtau(
  path: string | undefined,
  minPower: number,
  insecureDevPtau: boolean,
  log: SnarkLogger,
): Promise<PtauFile & { published?: string }> {
  const buildLog = { ...log, step: () => () => undefined, child: () => buildLogUnavailable() };
  if (path === undefined) {
    if (!insecureDevPtau)
      throw new PtauError(
        'a ceremony needs a public powers-of-tau file: give --ptau powersOfTau28_hez_final_NN.ptau (its published hash is checked), or --insecure-dev-ptau for a development ceremony',
      );
    return devPtau(minPower, buildLog);
  }
  try {
    const real = await checkRealPtau(path, minPower, buildLog);
    return { ...real, published: HERMEZ_PTAU_BLAKE2B[real.power]!.file };
  } catch (e) {
    if (!insecureDevPtau || !(e instanceof PtauError) || !(await exists(path))) throw e;
    const header = await readPtauHeader(path);
    if (!header.preparedPhase2) throw e;
    if (header.power < minPower) throw e;
    return { path, power: header.power, blake2b: await hashFile(path, 'blake2b512'), source: 'development' };
  }
}

function buildLogUnavailable(): never {
  throw new Error('child logs are not used here');
}

/**
 * Writes the initial zkey `snarkjs zkey new` writes for `r1cs` and `ptau`. On a development
 * ceremony whose secrets are cached (the build's own, never a public file) it is computed from
 * them (phase2-fast.ts, `none`: the same bytes, test/foundation/phase2-fast.test.ts compares
 * them), seconds instead of the minute `zkey new` takes; `WATTPROOF_DEV_PHASE2=snarkjs` forces
 * snarkjs.
 */
async function initialZkey(r1cs: string, ptau: PtauFile, out: string, log: SnarkLogger): Promise<void> {
  if (phase2MethodFor(ptau) === 'fast') {
    await createFastDevZkey(r1cs, ptau.path, await readDevPtauSecrets(ptau.devSecrets!), out, { kind: 'none' });
  } else {
    await zkeyNew(r1cs, ptau.path, out, log);
  }
}

/**
 * snarkjs's `zkey verify` from the r1cs: it is `zkey new` into memory, then the check from that
 * initial zkey. On a development ceremony with its secrets the initial zkey is computed directly
 * ({@link initialZkey}: byte for byte what `zkey new` writes, from the ptau whose blake2b the
 * caller has checked against the transcript), then snarkjs's own check from it runs unchanged.
 */
async function verifyFromR1cs(r1cs: string, ptau: PtauFile, zkey: string, log: SnarkLogger): Promise<boolean> {
  if (phase2MethodFor(ptau) !== 'fast') return zkeyVerifyFromR1cs(r1cs, ptau.path, zkey, log);
  const init = tempPathFor(`${zkey}.initial`);
  try {
    await initialZkey(r1cs, ptau, init, log);
    return await zkeyVerifyFromInit(init, ptau.path, zkey, log);
  } finally {
    await rm(init, { force: true });
  }
}

/** Options of {@link initCeremony}. */
export interface InitOptions {
  dir: string;
  circuit: string;
  r1cs: string;
  /** The ptau, already checked by {@link ceremonyPtau}. */
  ptau: PtauFile & { published?: string };
  sourceHash?: string;
  log: SnarkLogger;
}

/** Starts a ceremony: `zkey new` into `<dir>/<circuit>_0000.zkey`; returns the transcript to write. */
export async function initCeremony(o: InitOptions): Promise<Transcript> {
  if (await exists(join(o.dir, 'transcript.json'))) throw new CeremonyError(`${o.dir} already holds a ceremony (transcript.json); use a new directory`);
  const header = await readR1csHeader(o.r1cs).catch((e: Error) => {
    throw new CeremonyError(`${o.r1cs}: not a readable r1cs (${e.message})`);
  });
  const publicSignals = header.nPubInputs + header.nPubOutputs;
  const need = requiredPtauPower(header.nConstraints, publicSignals);
  if (o.ptau.power < need)
    throw new PtauError(`${o.ptau.path} has power ${o.ptau.power}; ${o.circuit} (${header.nConstraints} constraints) needs at least ${need}`);
  await mkdir(o.dir, { recursive: true });
  const file = zkeyFileName(o.circuit, 0);
  const out = join(o.dir, file);
  await produceAtomically(out, (tmp) => initialZkey(o.r1cs, o.ptau, tmp, o.log));
  const info = await readZkeyInfo(out);
  return {
    version: 1,
    $comment: 'wattproof trusted-setup ceremony transcript: re-verify with `wattproof ceremony verify --ceremony <this directory>`',
    circuit: o.circuit,
    insecure: o.ptau.source === 'development',
    r1cs: {
      sha256: await sha256File(o.r1cs),
      constraints: header.nConstraints,
      publicSignals,
      ...(o.sourceHash === undefined ? {} : { sourceHash: o.sourceHash }),
    },
    ptau: {
      file: basename(o.ptau.path),
      power: o.ptau.power,
      blake2b: o.ptau.blake2b,
      source: o.ptau.source,
      ...(o.ptau.published === undefined ? {} : { published: o.ptau.published }),
    },
    circuitHash: info.circuitHash,
    initial: { file, sha256: await sha256File(out) },
    contributions: [],
  };
}

async function checkedLatest(dir: string, t: Transcript): Promise<{ path: string; file: string; info: ZkeyInfo }> {
  if (t.final !== undefined) throw new CeremonyError(`the ceremony in ${dir} is finalized (beacon applied to ${t.final.file}); no contribution can follow`);
  const latest = latestZkey(t);
  const path = join(dir, latest.file);
  if (!(await exists(path))) throw new CeremonyError(`${path} is missing: the transcript's latest zkey must be in the ceremony directory`);
  const sha = await sha256File(path);
  if (sha !== latest.sha256) {
    throw new CeremonyError(
      `${path} has sha256 ${sha}, but the transcript recorded ${latest.sha256}: it changed after it was recorded; restore it before contributing`,
    );
  }
  return { path, file: latest.file, info: await readZkeyInfo(path) };
}

/** Entropy for one contribution: 64 bytes from the OS CSPRNG, then the participant's text. Never stored. */
function freshEntropy(text: string | undefined): string {
  const os = randomBytes(64).toString('hex');
  if (text === undefined || text === '') return os;
  // The text is hashed in so that its content does not matter beyond adding unpredictability.
  return `${os}${createHash('sha512').update(text, 'utf8').digest('hex')}`;
}

/** Result of a contribution (what the participant publishes is `contributionHash`). */
export interface ContributionResult {
  contributionHash: string;
  inputSha256: string;
  outputSha256: string;
  outputFile: string;
  seconds: number;
}

/**
 * One contribution from `inFile` to `outFile` (written atomically) with fresh entropy.
 * The entropy exists only inside this call.
 */
export async function contributeFile(inFile: string, outFile: string, name: string, text: string | undefined, log: SnarkLogger): Promise<ContributionResult> {
  const started = performance.now();
  const inputSha256 = await sha256File(inFile);
  let hash: Uint8Array | undefined;
  await produceAtomically(outFile, async (tmp) => {
    hash = await zkeyContributeHash(inFile, tmp, name, freshEntropy(text), log);
  });
  if (!(hash instanceof Uint8Array)) throw new CeremonyError(`snarkjs did not contribute to ${inFile} (is it a Groth16 zkey?)`);
  return {
    contributionHash: Buffer.from(hash).toString('hex'),
    inputSha256,
    outputSha256: await sha256File(outFile),
    outputFile: outFile,
    seconds: (performance.now() - started) / 1000,
  };
}

/** `contribute` inside a ceremony directory: the next zkey and the transcript entry. */
export async function contributeInCeremony(
  dir: string,
  name: string,
  text: string | undefined,
  log: SnarkLogger,
): Promise<{ transcript: Transcript; result: ContributionResult; entry: TranscriptContribution }> {
  if (name.trim() === '') throw new CeremonyError('a contribution needs a participant name (--name)');
  const t = await readTranscript(dir);
  const latest = await checkedLatest(dir, t);
  const index = t.contributions.length + 1;
  const file = zkeyFileName(t.circuit, index);
  const result = await contributeFile(latest.path, join(dir, file), name, text, log);
  const entry: TranscriptContribution = {
    index,
    name,
    kind: 'contribution',
    contributionHash: result.contributionHash,
    input: { file: latest.file, sha256: result.inputSha256 },
    output: { file, sha256: result.outputSha256 },
    recordedAt: new Date().toISOString(),
    via: 'cli',
  };
  return { transcript: { ...t, contributions: [...t.contributions, entry] }, result, entry };
}

/**
 * Accepts a zkey made elsewhere (another machine's CLI, the browser page): it must be for this
 * circuit, carry every recorded contribution unchanged plus exactly one new one, and pass
 * snarkjs's verification from the initial zkey and the ptau.
 */
export async function acceptContribution(
  dir: string,
  zkeyPath: string,
  ptau: PtauFile,
  log: SnarkLogger,
  expectHash?: string,
): Promise<{ transcript: Transcript; entry: TranscriptContribution; seconds: number }> {
  const started = performance.now();
  const t = await readTranscript(dir);
  const latest = await checkedLatest(dir, t);
  if (ptau.blake2b !== t.ptau.blake2b) throw new CeremonyError(wrongPtauMessage(ptau, t));
  let info: ZkeyInfo;
  try {
    info = await readZkeyInfo(zkeyPath);
  } catch (e) {
    throw new CeremonyError(`${zkeyPath}: not a Groth16 zkey (${(e as Error).message})`);
  }
  if (info.circuitHash !== t.circuitHash) {
    throw new CeremonyError(
      `${zkeyPath} is a zkey of a different circuit (circuit hash ${info.circuitHash.slice(0, 16)}…, this ceremony's ${t.circuit} is ${t.circuitHash.slice(0, 16)}…): the participant contributed to the wrong file`,
    );
  }
  const prev = latest.info.contributions;
  const mismatch = prev.findIndex((c, i) => info.contributions[i]?.contributionHash !== c.contributionHash);
  if (mismatch >= 0 || info.contributions.length !== prev.length + 1) {
    throw new CeremonyError(
      `${zkeyPath} does not extend the latest zkey ${latest.file} by one contribution: it has ${info.contributions.length} contribution(s) (${describeChain(info.contributions)}), the latest has ${prev.length} (${describeChain(prev)}); the participant must contribute to ${latest.file}`,
    );
  }
  const added = info.contributions.at(-1)!;
  if (added.kind !== 'contribution')
    throw new CeremonyError(`${zkeyPath}: its last step is a beacon; only the coordinator applies the beacon (wattproof ceremony beacon)`);
  if (expectHash !== undefined && expectHash.replace(/\s+/g, '').toLowerCase() !== added.contributionHash) {
    throw new CeremonyError(`${zkeyPath}: its contribution hash is ${added.contributionHash}, not the ${expectHash} the participant published`);
  }
  const errors: string[] = [];
  const ok = await withConsoleCaptured(errors, () => zkeyVerifyFromInit(join(dir, t.initial.file), ptau.path, zkeyPath, collectingLogger(errors)));
  if (!ok) throw new CeremonyError(`${zkeyPath} fails verification against ${t.initial.file} and the ptau: ${explainSnarkFailure(errors)}`);
  const index = t.contributions.length + 1;
  const file = zkeyFileName(t.circuit, index);
  const dest = join(dir, file);
  await produceAtomically(dest, (tmp) => copyFile(zkeyPath, tmp));
  const entry: TranscriptContribution = {
    index,
    name: added.name,
    kind: 'contribution',
    contributionHash: added.contributionHash,
    input: { file: latest.file, sha256: await sha256File(join(dir, latest.file)) },
    output: { file, sha256: await sha256File(dest) },
    recordedAt: new Date().toISOString(),
    via: 'accepted-file',
  };
  void log;
  return { transcript: { ...t, contributions: [...t.contributions, entry] }, entry, seconds: (performance.now() - started) / 1000 };
}

/** Applies the public random beacon and finalizes the ceremony. */
export async function applyBeacon(
  dir: string,
  beaconHex: string,
  iterationsExp: number,
  name: string,
  log: SnarkLogger,
): Promise<{ transcript: Transcript; entry: TranscriptContribution }> {
  const hex = beaconHex.replace(/^0x/i, '').toLowerCase();
  if (!/^[0-9a-f]+$/.test(hex) || hex.length % 2 !== 0 || hex.length > 510)
    throw new CeremonyError(`the beacon must be an even number of hex digits (a block hash: 0x + 64), not '${beaconHex}'`);
  if (!Number.isInteger(iterationsExp) || iterationsExp < 10 || iterationsExp > 63)
    throw new CeremonyError(`--iterations-exp must be 10..63 (2^N hash iterations), not ${iterationsExp}`);
  const t = await readTranscript(dir);
  const latest = await checkedLatest(dir, t);
  if (t.contributions.length === 0) throw new CeremonyError('no contribution yet: the beacon closes a ceremony, it cannot be its only randomness');
  const index = t.contributions.length + 1;
  const file = zkeyFileName(t.circuit, index);
  const dest = join(dir, file);
  const errors: string[] = [];
  let hash: Uint8Array | false = false;
  await produceAtomically(dest, async (tmp) => {
    hash = await zkeyBeacon(latest.path, tmp, name, hex, iterationsExp, { ...log, error: (m) => void errors.push(m) });
    if (hash === false) throw new CeremonyError(`snarkjs refused the beacon: ${errors.join('; ') || 'unknown reason'}`);
  });
  const sha = await sha256File(dest);
  const entry: TranscriptContribution = {
    index,
    name,
    kind: 'beacon',
    contributionHash: Buffer.from(hash as unknown as Uint8Array).toString('hex'),
    input: { file: latest.file, sha256: await sha256File(latest.path) },
    output: { file, sha256: sha },
    recordedAt: new Date().toISOString(),
    via: 'cli',
    beacon: { hash: hex, iterationsExp },
  };
  return {
    transcript: { ...t, contributions: [...t.contributions, entry], final: { file, sha256: sha, recordedAt: entry.recordedAt } },
    entry,
  };
}

function describeChain(cs: readonly ZkeyContribution[]): string {
  return cs.length === 0 ? 'none' : cs.map((c) => `#${c.index} ${c.name || '(unnamed)'} ${c.contributionHash.slice(0, 12)}…`).join(', ');
}

function wrongPtauMessage(ptau: PtauFile, t: Transcript): string {
  return `wrong powers of tau: ${ptau.path} has blake2b-512 ${ptau.blake2b.slice(0, 32)}…, but this ceremony was initialised with ${t.ptau.file} (blake2b-512 ${t.ptau.blake2b.slice(0, 32)}…)`;
}

/** snarkjs prints some of its verification failures with console.log; this collects them too. */
async function withConsoleCaptured<T>(sink: string[], fn: () => Promise<T>): Promise<T> {
  const orig = console.log;
  console.log = (...args: unknown[]) => void sink.push(args.map(String).join(' '));
  try {
    return await fn();
  } finally {
    console.log = orig;
  }
}

/** A sentence for snarkjs's terse verification failures. */
export function explainSnarkFailure(errors: readonly string[]): string {
  const text = errors.join('; ');
  const explained: [RegExp, string][] = [
    [/INVALID\((\d+)\): Inconsistent transcript/, 'contribution #$1 has an inconsistent transcript (its public key was altered)'],
    [/INVALID\((\d+)\): public key G1 and G2/, 'contribution #$1 has an invalid public key (altered)'],
    [/INVALID\((\d+)\): deltaAfter does not/, 'contribution #$1: its delta does not follow from its public key (altered)'],
    [/INVALID\((\d+)\): Key of the beacon/, 'contribution #$1 claims to be the beacon but its key is not derived from the beacon value'],
    [/Circuit does not match/, 'the zkey is for a different circuit'],
    [/Different circuit parameters/, 'the zkey is for a circuit of a different shape'],
    [
      /IC section is not identical|Coeffs section|A section is not identical|B1 section|B2 section/,
      'the circuit sections differ from the ones the r1cs and ptau give (a different circuit or ptau, or altered)',
    ],
    [/Invalid alpha1|Invalid beta1|Invalid beta2|Invalid gamma2/, 'alpha/beta/gamma differ from the ptau (a different ptau, or altered)'],
    [/Invalid delta1|Invalid delta2/, 'delta does not match the contributions recorded in the file (altered)'],
    [/L section does not match/, 'the L section does not follow from the contributions (the key was altered)'],
    [/H section does not match/, 'the H section does not follow from the contributions (the key was altered)'],
  ];
  for (const [re, sentence] of explained) {
    const m = re.exec(text);
    if (m) return `${m[1] === undefined ? sentence : sentence.replace('$1', m[1])} [snarkjs: ${m[0]}]`;
  }
  return text === '' ? 'snarkjs rejected it without a reason' : `snarkjs: ${text}`;
}

/** One contribution as `verify` reports it. */
export interface VerifiedContribution {
  index: number;
  name: string;
  kind: 'contribution' | 'beacon';
  contributionHash: string;
  file: string;
  beacon?: { hash: string; iterationsExp: number };
}

/** What `verify` found. */
export interface CeremonyVerification {
  ok: boolean;
  circuit: string;
  insecure: boolean;
  /** The zkey verified (the final one when finalized, else the latest). */
  zkey: { file: string; sha256: string };
  finalized: boolean;
  circuitHash: string;
  ptau: Transcript['ptau'];
  contributions: VerifiedContribution[];
  /** Each problem found, as a sentence; empty when ok. */
  problems: string[];
  /**
   * snarkjs's check of the latest zkey from the r1cs and the ptau: `run` by this call, or
   * `remembered` (it accepted the same bytes earlier in this process); absent when an earlier
   * problem stopped the verification before it.
   */
  cryptographicCheck?: 'run' | 'remembered';
  seconds: number;
}

/**
 * The chains whose latest zkey snarkjs's check accepted in this process, each by the way it was
 * checked and the content it was checked from: `<fast|snarkjs>:<r1cs sha256>:<ptau blake2b-512>:<zkey
 * sha256>`, hashed from the files by the {@link verifyCeremony} call that adds or finds it (the
 * ptau's by {@link ceremonyPtau} just before it). `ceremony export` verifies the chain
 * before writing anything; after a `verify` of the same bytes in the same process (a coordinator
 * scripting its steps, the library) that check is seconds of CPU spent again for the same answer.
 * Only successes are kept, and only in memory: a file on disk could be written by anyone, and a
 * changed byte in any of the three files is another key.
 */
const acceptedChains = new Set<string>();

/** Options of {@link verifyCeremony}. */
export interface VerifyOptions {
  dir: string;
  r1cs: string;
  /** The ptau (already hash-checked by {@link ceremonyPtau}). */
  ptau: PtauFile;
  /** Verify every intermediate zkey too (default: only when the final check fails, to say which one). */
  all?: boolean;
  log: SnarkLogger;
}

/**
 * Re-verifies a ceremony from its r1cs and ptau to its latest zkey: the files chain by sha256
 * as the transcript says, every zkey is for this circuit, the zkey's own contribution list is
 * the transcript's (none skipped, none added), and snarkjs's `zkey verify` accepts the latest
 * zkey from the r1cs and the ptau. Never throws for a failed check: it reports it.
 */
export async function verifyCeremony(o: VerifyOptions): Promise<CeremonyVerification> {
  const started = performance.now();
  const t = await readTranscript(o.dir);
  const problems: string[] = [];
  const latest = latestZkey(t);
  const report: CeremonyVerification = {
    ok: false,
    circuit: t.circuit,
    insecure: t.insecure,
    zkey: { file: latest.file, sha256: latest.sha256 },
    finalized: t.final !== undefined,
    circuitHash: t.circuitHash,
    ptau: t.ptau,
    contributions: [],
    problems,
    seconds: 0,
  };
  const done = () => {
    report.ok = problems.length === 0;
    report.seconds = (performance.now() - started) / 1000;
    return report;
  };

  // 1. The inputs: the circuit and the powers of tau the ceremony was started from.
  const r1csSha = await sha256File(o.r1cs);
  if (r1csSha !== t.r1cs.sha256) {
    problems.push(
      `wrong circuit: ${o.r1cs} has sha256 ${r1csSha.slice(0, 16)}…, but this ceremony is for ${t.circuit} with r1cs sha256 ${t.r1cs.sha256.slice(0, 16)}… (compile the same circuit source: npm run build -- --only ${t.circuit})`,
    );
  }
  if (o.ptau.blake2b !== t.ptau.blake2b) problems.push(wrongPtauMessage(o.ptau, t));
  if (problems.length > 0) return done();

  // 2. The transcript's own chain: each step starts from the previous step's output.
  let prev = t.initial;
  for (const c of t.contributions) {
    if (c.index !== t.contributions.indexOf(c) + 1)
      problems.push(`transcript: contribution ${c.name} is numbered ${c.index}, not ${t.contributions.indexOf(c) + 1}`);
    if (c.input.sha256 !== prev.sha256 || c.input.file !== prev.file) {
      problems.push(
        `skipped contribution: #${c.index} (${c.name}) started from ${c.input.file} (sha256 ${c.input.sha256.slice(0, 16)}…), not from the previous step's output ${prev.file} (sha256 ${prev.sha256.slice(0, 16)}…)`,
      );
    }
    if (c.kind === 'beacon' && c !== t.contributions.at(-1)) problems.push(`transcript: the beacon #${c.index} is not the last step`);
    prev = c.output;
  }
  if (t.final !== undefined && (t.final.sha256 !== latest.sha256 || t.final.file !== latest.file))
    problems.push(`transcript: the final zkey ${t.final.file} is not the beacon's output ${latest.file}`);

  // 3. Every zkey file present: its bytes are the recorded ones, and it is for this circuit.
  const files = [
    { label: 'the initial zkey', ref: t.initial, c: undefined as TranscriptContribution | undefined },
    ...t.contributions.map((c) => ({ label: `contribution #${c.index} (${c.name})`, ref: c.output, c })),
  ];
  const infos = new Map<string, ZkeyInfo>();
  for (const f of files) {
    const path = join(o.dir, f.ref.file);
    if (!(await exists(path))) {
      if (f.ref === latest) problems.push(`${f.ref.file}, the output of ${f.label}, is missing from ${o.dir}`);
      continue;
    }
    const sha = await sha256File(path);
    if (sha !== f.ref.sha256) {
      problems.push(
        `tampered: ${f.ref.file}, the output of ${f.label}, has sha256 ${sha.slice(0, 16)}…, but the transcript recorded ${f.ref.sha256.slice(0, 16)}…: the file was changed after it was recorded`,
      );
    }
    let info: ZkeyInfo;
    try {
      info = await readZkeyInfo(path);
    } catch (e) {
      problems.push(`tampered: ${f.ref.file}, the output of ${f.label}, is not a readable zkey (${(e as Error).message})`);
      continue;
    }
    infos.set(f.ref.file, info);
    if (info.circuitHash !== t.circuitHash) {
      problems.push(
        `wrong circuit: ${f.ref.file}, the output of ${f.label}, is a zkey of another circuit (circuit hash ${info.circuitHash.slice(0, 16)}…; ${t.circuit}'s is ${t.circuitHash.slice(0, 16)}…)`,
      );
    }
  }

  // 4. The latest zkey's own record of its contributions against the transcript.
  const info = infos.get(latest.file);
  if (info !== undefined && info.circuitHash === t.circuitHash) {
    const inZkey = info.contributions;
    const byHash = new Map(inZkey.map((c) => [c.contributionHash, c]));
    for (const c of t.contributions) {
      const z = inZkey[c.index - 1];
      if (z?.contributionHash === c.contributionHash) continue;
      if (!byHash.has(c.contributionHash)) {
        problems.push(
          `skipped contribution: #${c.index} (${c.name}, hash ${c.contributionHash.slice(0, 16)}…) is in the transcript but not in ${latest.file}, whose contributions are ${describeChain(inZkey)}`,
        );
      } else {
        problems.push(
          `contribution #${c.index} (${c.name}) is at position ${byHash.get(c.contributionHash)!.index} in ${latest.file}: the order differs from the transcript's`,
        );
      }
    }
    const recorded = new Set(t.contributions.map((c) => c.contributionHash));
    for (const z of inZkey) {
      if (!recorded.has(z.contributionHash))
        problems.push(
          `${latest.file} holds contribution #${z.index} (${z.name || 'unnamed'}, hash ${z.contributionHash.slice(0, 16)}…) that the transcript does not list`,
        );
    }
    for (const c of t.contributions) {
      if (c.kind === 'beacon' && c.beacon !== undefined) {
        const z = inZkey[c.index - 1];
        if (z?.kind !== 'beacon' || z.beacon?.hash !== c.beacon.hash || z.beacon.iterationsExp !== c.beacon.iterationsExp) {
          problems.push(
            `beacon #${c.index}: the zkey's beacon (${z?.beacon?.hash ?? 'none'}, 2^${z?.beacon?.iterationsExp ?? '?'}) is not the transcript's (${c.beacon.hash}, 2^${c.beacon.iterationsExp})`,
          );
        }
      }
    }
    report.contributions = t.contributions.map((c) => ({
      index: c.index,
      name: c.name,
      kind: c.kind,
      contributionHash: c.contributionHash,
      file: c.output.file,
      ...(c.beacon === undefined ? {} : { beacon: c.beacon }),
    }));
  }
  if (problems.length > 0) return done();

  // 5. The cryptography: snarkjs recomputes the initial zkey from the r1cs and the ptau and checks
  //    every contribution and every section of the latest zkey against it.
  //    Steps 1 and 3 hashed the r1cs and the latest zkey just now and found the recorded bytes.
  const latestPath = join(o.dir, latest.file);
  const chainKey = `${phase2MethodFor(o.ptau)}:${r1csSha}:${o.ptau.blake2b}:${latest.sha256}`;
  const errors: string[] = [];
  report.cryptographicCheck = acceptedChains.has(chainKey) ? 'remembered' : 'run';
  const ok =
    report.cryptographicCheck === 'remembered' ||
    (await withConsoleCaptured(errors, () => verifyFromR1cs(o.r1cs, o.ptau, latestPath, collectingLogger(errors))));
  if (ok) acceptedChains.add(chainKey);
  if (!ok) problems.push(`${latest.file} fails snarkjs's verification from the r1cs and the ptau: ${explainSnarkFailure(errors)}`);
  if (!ok || o.all === true) {
    // Say which step broke: verify each output from the initial zkey (made by `zkey new` from the
    // r1cs and the ptau, which are checked above; if every step verifies from it, it is the initial
    // zkey itself that is not the r1cs and ptau's).
    const initPath = join(o.dir, t.initial.file);
    let located = false;
    for (const c of t.contributions) {
      if (c.output.file === latest.file && ok) continue;
      const e2: string[] = [];
      const good = await withConsoleCaptured(e2, () => zkeyVerifyFromInit(initPath, o.ptau.path, join(o.dir, c.output.file), collectingLogger(e2)));
      if (!good) {
        problems.push(`tampered contribution: #${c.index} (${c.name}) is the first step that fails: ${explainSnarkFailure(e2)}`);
        located = true;
        break;
      }
    }
    if (!ok && !located)
      problems.push(
        `the initial zkey ${t.initial.file} is not the one the r1cs and the ptau give (every step verifies from it, the chain does not from the r1cs)`,
      );
  }
  return done();
}
