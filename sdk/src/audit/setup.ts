/**
 * Where the deployed verifier's key came from: the trusted-setup ceremony transcript (named by the
 * build manifest's entry, or given by path), its contribution hashes, and whether the published
 * verification key is the one of the ceremony's final zkey. A key from the build's own single
 * development contribution, or from a ceremony on a development powers of tau, is INSECURE.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PublishedKey } from './published.js';

/** One contribution of a ceremony, as the transcript lists it. */
export interface SetupContribution {
  index: number;
  name: string;
  kind: 'contribution' | 'beacon';
  contributionHash: string;
}

/** What the audit says about the verifier's trusted setup. */
export interface SetupReport {
  circuit: string;
  /** `ceremony`: a multi-party phase 2 with a transcript; `development`: the build's single local contribution. */
  origin: 'ceremony' | 'development';
  /** True when nobody should trust proofs against this key (development build or development ptau). */
  insecure: boolean;
  /** Why it is insecure, when it is. */
  insecureReason?: string;
  transcript?: {
    path: string;
    sha256: string;
    ptau: { file: string; source: string; published?: string; blake2b: string };
    contributions: SetupContribution[];
    beacon?: { hash: string; iterationsExp: number };
    finalZkeySha256: string;
  };
  /** True when the published verification key is exported from the ceremony's final zkey (undefined: no zkey to check). */
  keyFromFinalZkey?: boolean;
  /** Problems with the setup record (a transcript that does not match, a key from another zkey). */
  problems: string[];
}

interface TranscriptLike {
  circuit?: string;
  insecure?: boolean;
  ptau?: { file: string; source: string; published?: string; blake2b: string };
  contributions?: (SetupContribution & { beacon?: { hash: string; iterationsExp: number } })[];
  final?: { file: string; sha256: string };
}

const sha256 = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');

/** The same JSON (key order and number spelling aside). */
function sameJson(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(norm)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([k, x]) => [k, norm(x)]),
          )
        : typeof v === 'number' || typeof v === 'bigint'
          ? String(v)
          : v;
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

/**
 * The setup report of a published key.
 * @param transcriptPath - a transcript to check the key against (default: the one the manifest names)
 */
export async function checkSetup(key: PublishedKey, transcriptPath?: string): Promise<SetupReport> {
  const problems: string[] = [];
  const c = key.ceremony;
  const report: SetupReport = {
    circuit: key.circuit,
    origin: c === undefined && transcriptPath === undefined ? 'development' : 'ceremony',
    insecure: key.insecure,
    problems,
  };
  if (report.origin === 'development') {
    report.insecure = true;
    report.insecureReason = "INSECURE: the key comes from the build's single local development contribution (no multi-party ceremony)";
    return report;
  }
  const path = transcriptPath !== undefined ? resolve(transcriptPath) : join(key.buildDir ?? '', c!.transcript.path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    problems.push(`the ceremony transcript ${path} cannot be read`);
    return report;
  }
  const sha = sha256(bytes);
  if (c !== undefined && transcriptPath === undefined && sha !== c.transcript.sha256)
    problems.push(`the transcript ${path} has sha256 ${sha}, not the ${c.transcript.sha256} the manifest recorded`);
  let t: TranscriptLike;
  try {
    t = JSON.parse(bytes.toString('utf8')) as TranscriptLike;
  } catch {
    problems.push(`the transcript ${path} is not JSON`);
    return report;
  }
  const contributions = (t.contributions ?? []).map(({ index, name, kind, contributionHash }) => ({ index, name, kind, contributionHash }));
  const beacon = t.contributions?.find((x) => x.kind === 'beacon')?.beacon;
  report.transcript = {
    path,
    sha256: sha,
    ptau: t.ptau ?? { file: '?', source: '?', blake2b: '' },
    contributions,
    ...(beacon === undefined ? {} : { beacon }),
    finalZkeySha256: t.final?.sha256 ?? '',
  };
  if (t.circuit !== key.circuit) problems.push(`the transcript is for circuit ${t.circuit}, not ${key.circuit}`);
  if (t.final === undefined) problems.push('the transcript has no final zkey: the ceremony was never closed with a beacon');
  if (t.insecure === true || t.ptau?.source === 'development') {
    report.insecure = true;
    report.insecureReason = `INSECURE: the ceremony started from a development powers of tau (${t.ptau?.file ?? '?'})`;
  }
  if (c !== undefined) {
    if (t.final !== undefined && t.final.sha256 !== c.finalZkeySha256)
      problems.push(`the transcript's final zkey (sha256 ${t.final.sha256}) is not the manifest's (${c.finalZkeySha256})`);
    if (!sameJson(contributions, c.contributions)) problems.push("the transcript's contributions are not the ones the manifest lists");
  }
  // Is the published key the final zkey's? (needs the zkey, as the build directory has it)
  if (key.zkeyPath !== undefined && t.final !== undefined) {
    try {
      const zkey = await readFile(key.zkeyPath);
      if (sha256(zkey) !== t.final.sha256) {
        report.keyFromFinalZkey = false;
        problems.push(`the zkey ${key.zkeyPath} is not the ceremony's final zkey (sha256 ${sha256(zkey)}, transcript ${t.final.sha256})`);
      } else {
        // Loaded here, the one use: an audit that never reaches a ceremony's zkey does not load snarkjs.
        const [{ installBn128 }, snarkjs] = await Promise.all([import('../../../prover/src/bn128-curve.js'), import('snarkjs')]);
        await installBn128(); // the key's curve points, on the curve from the checked cached wasm
        const vk = (await snarkjs.zKey.exportVerificationKey({ type: 'mem', data: new Uint8Array(zkey) })) as Record<string, unknown>;
        report.keyFromFinalZkey = sameJson(vk, key.vkey);
        if (!report.keyFromFinalZkey) problems.push("the published verification key is not the one of the ceremony's final zkey");
      }
    } catch (e) {
      problems.push(`the zkey ${key.zkeyPath} cannot be checked: ${(e as Error).message}`);
    }
  }
  return report;
}
