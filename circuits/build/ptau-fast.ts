/**
 * Fast development powers of tau: the file `snarkjs powersoftau new`, one
 * `contribute` and `prepare phase2` would produce, minutes faster.
 *
 * `prepare phase2` spends its time in inverse FFTs over curve points (every
 * butterfly a full scalar multiplication). Here the one contributor samples
 * tau, alpha and beta itself, so every point of every section is a known
 * scalar times a generator: the Lagrange sections are the same inverse FFT
 * done over Fr on the scalars (linearity), then one fixed-base
 * multiplication per point. The contribution record (public keys with their
 * proofs of knowledge, partial response hash, next challenge) is built with
 * snarkjs's own contribute code paths, so `snarkjs powersoftau verify` checks
 * it like any other. The secrets are zeroed at the end; the build asks for a
 * copy in the per-machine cache (`secretsPath`) so that its development phase 2
 * can compute proving keys from them (phase2-fast.ts).
 *
 * INSECURE, FOR DEVELOPMENT: one party knew tau.
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { AFFINE_BYTES, FixedBaseMultiplier, type GroupName } from './ptau-fast-msm.js';
import { snarkjsInternals, type Curve, type SnarkjsInternals } from './ptau-fast-snarkjs.js';

/** Largest power supported: Lagrange sections go up to 2^(power+1) ≤ 2^28 (Fr's 2-adicity). */
export const MAX_FAST_PTAU_POWER = 27;

const FR_BYTES = 32;
const HASH_CHUNK_POINTS = 1 << 16;

/**
 * The secrets of a development ceremony, kept beside it in the per-machine
 * cache (never in the repo). A development setup is insecure by definition;
 * knowing tau lets the phase 2 evaluate the circuit's polynomials at tau in
 * the scalar field instead of combining hundreds of thousands of points.
 * Scalars are decimal strings, standard (not Montgomery) form.
 */
export interface DevPtauSecrets {
  $comment: string;
  /** Power of the ceremony these belong to. */
  power: number;
  tau: string;
  alpha: string;
  beta: string;
}

const DEV_SECRETS_COMMENT =
  'INSECURE, FOR DEVELOPMENT: the toxic waste of the wattproof development powers of tau beside this file. Anyone holding it can forge proofs for circuits set up with that file.';

/** Name recorded in the contribution section. */
export const FAST_DEV_CONTRIBUTION_NAME = 'wattproof fast development contribution (INSECURE)';

/**
 * Write a development powers-of-tau file of `power`, prepared for Groth16
 * phase 2 (sections 1-7 as `snarkjs powersoftau contribute` writes them,
 * sections 12-15 as `snarkjs powersoftau prepare phase2` writes them), with
 * one contribution from fresh OS randomness that is discarded afterwards.
 *
 * @param power - 1..27; the file fits circuits of up to 2^power constraints
 * @param outPath - written in place (removed again on failure); callers
 *   wanting atomicity pass a temporary name and rename
 * @param log - optional progress lines
 * @param options - `secretsPath`: also write the contribution's tau, alpha and
 *   beta there (mode 0600; see {@link DevPtauSecrets}), so that a development
 *   phase 2 can compute its proving key directly (phase2-fast.ts). Without it
 *   the secrets never leave memory.
 */
export async function createFastDevPtau(power: number, outPath: string, log?: (msg: string) => void, options: { secretsPath?: string } = {}): Promise<void> {
  if (!Number.isInteger(power) || power < 1 || power > MAX_FAST_PTAU_POWER) {
    throw new RangeError(`fast ptau: power must be an integer from 1 to ${MAX_FAST_PTAU_POWER}, got ${power}`);
  }
  const say = log ?? (() => {});
  const S = await snarkjsInternals();
  // Single-thread curve: not snarkjs's global multi-threaded one, which other
  // code in this process may be using (and which would keep it alive).
  const curve: Curve = await S.bn128SingleThread();
  const Fr = curve.Fr;
  const N = 2 ** power;
  const started = Date.now();
  const secrets: Uint8Array[] = [];
  let pool: FixedBaseMultiplier | undefined;
  let fd: { close(): Promise<void> } | undefined;
  let ok = false;
  try {
    const firstChallenge: Uint8Array = S.calculateFirstChallengeHash(curve, power);
    // As in snarkjs contribute: a ChaCha stream drives createPTauKey; the seed is pure OS entropy.
    const seedBytes = randomBytes(32);
    const seed = Array.from({ length: 8 }, (_, i) => seedBytes.readUInt32BE(i * 4));
    seedBytes.fill(0);
    const key = S.createPTauKey(curve, firstChallenge, new S.ChaCha(seed));
    seed.fill(0);
    const tau: Uint8Array = key.tau.prvKey;
    const alpha: Uint8Array = key.alpha.prvKey;
    const beta: Uint8Array = key.beta.prvKey;
    secrets.push(tau, alpha, beta);
    if (options.secretsPath !== undefined) {
      const record: DevPtauSecrets = {
        $comment: DEV_SECRETS_COMMENT,
        power,
        tau: String(Fr.toObject(tau)),
        alpha: String(Fr.toObject(alpha)),
        beta: String(Fr.toObject(beta)),
      };
      await writeFile(options.secretsPath, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
    }

    // Montgomery-form scalars of sections 2, 4, 5: tau^i, alpha·tau^i, beta·tau^i.
    const tauPowers = geometric(Fr, Fr.one, tau, 2 * N - 1);
    const alphaPowers = geometric(Fr, alpha, tau, N);
    const betaPowers = geometric(Fr, beta, tau, N);
    secrets.push(tauPowers, alphaPowers, betaPowers);

    const bases = { G1: affineBytes(curve, 'G1', curve.G1.g), G2: affineBytes(curve, 'G2', curve.G2.g) };
    pool = await FixedBaseMultiplier.start(curve.tm.code, bases, { G1: 12 * N, G2: 3 * N });
    const mul = async (group: GroupName, montScalars: Uint8Array): Promise<Uint8Array> => {
      const std: Uint8Array = await Fr.batchFromMontgomery(montScalars);
      try {
        return await pool!.mul(group, std);
      } finally {
        std.fill(0);
      }
    };

    say(`fast ptau 2^${power}: powers of tau (sections 2-6)`);
    const tauG1 = await mul('G1', tauPowers);
    const tauG2 = await mul('G2', tauPowers.subarray(0, N * FR_BYTES));
    const alphaTauG1 = await mul('G1', alphaPowers);
    const betaTauG1 = await mul('G1', betaPowers);
    const betaG2 = await mul('G2', beta);
    const powerSections: Array<[number, GroupName, Uint8Array]> = [
      [2, 'G1', tauG1],
      [3, 'G2', tauG2],
      [4, 'G1', alphaTauG1],
      [5, 'G1', betaTauG1],
      [6, 'G2', betaG2],
    ];

    const contribution = await contributionRecord(S, curve, key, firstChallenge, powerSections);
    for (const k of [key.tau, key.alpha, key.beta]) delete k.prvKey; // the record keeps public keys only

    const file = await S.createBinFile(outPath, 'ptau', 1, 11);
    fd = file;
    await S.writePTauHeader(file, curve, power);
    for (const [id, , buff] of powerSections) await writeSection(S, file, id, [buff]);
    await S.writeContributions(file, curve, [contribution]);
    powerSections.length = 0;

    // Sections 12-15: prepare phase2's lagrangeEvaluations (an inverse FFT
    // for every size 2^p, p = 0..power, plus 2^(power+1) for tauG1 with the
    // missing top power as zero), applied to scalars instead of points.
    const lagrange: Array<[number, GroupName, Uint8Array, string]> = [
      [12, 'G1', tauPowers, 'tauG1'],
      [13, 'G2', tauPowers, 'tauG2'],
      [14, 'G1', alphaPowers, 'alphaTauG1'],
      [15, 'G1', betaPowers, 'betaTauG1'],
    ];
    for (const [id, group, powers, name] of lagrange) {
      say(`fast ptau 2^${power}: Lagrange basis ${name} (section ${id})`);
      await S.startWriteSection(file, id);
      const top = id === 12 ? power + 1 : power;
      // Overlap: the next size's Fr FFT runs while the workers multiply this one.
      const unit = (p: number) => {
        const pr = lagrangeScalars(Fr, powers, p, power).then((s) => mul(group, s).finally(() => s.fill(0)));
        pr.catch(() => {}); // awaited below; a failure must not also surface as unhandled
        return pr;
      };
      let next = unit(0);
      for (let p = 0; p <= top; p++) {
        const current = next;
        if (p < top) next = unit(p + 1);
        await file.write(await current);
      }
      await S.endWriteSection(file);
    }
    await file.close();
    fd = undefined;
    ok = true;
    say(`fast ptau 2^${power}: written ${outPath} in ${((Date.now() - started) / 1000).toFixed(1)}s (INSECURE, FOR DEVELOPMENT)`);
  } finally {
    for (const s of secrets) s.fill(0);
    await pool?.close();
    if (fd) await fd.close().catch(() => {});
    if (!ok) await rm(outPath, { force: true });
  }
}

/** first·inc^i for i < n, Montgomery form, concatenated. */
function geometric(Fr: Curve, first: Uint8Array, inc: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(n * FR_BYTES);
  let t: Uint8Array = Fr.e(first);
  for (let i = 0; i < n; i++) {
    out.set(t, i * FR_BYTES);
    t = Fr.mul(t, inc);
  }
  t.fill(0);
  return out;
}

/**
 * Montgomery scalars of Lagrange block 2^p: the inverse FFT of the first 2^p
 * powers (for p = power+1 the 2^(p)-th power does not exist; snarkjs uses
 * the zero point there, so the scalar is zero).
 */
async function lagrangeScalars(Fr: Curve, powers: Uint8Array, p: number, power: number): Promise<Uint8Array> {
  const n = 2 ** p;
  let coeffs: Uint8Array;
  if (p === power + 1) {
    coeffs = new Uint8Array(n * FR_BYTES);
    coeffs.set(powers.subarray(0, (n - 1) * FR_BYTES));
  } else {
    coeffs = powers.slice(0, n * FR_BYTES);
  }
  try {
    return await Fr.ifft(coeffs);
  } finally {
    coeffs.fill(0);
  }
}

function affineBytes(curve: Curve, group: GroupName, point: unknown): Uint8Array {
  const out = new Uint8Array(AFFINE_BYTES[group]);
  curve[group].toRprLEM(out, 0, point);
  return out;
}

async function writeSection(S: SnarkjsInternals, fd: unknown, id: number, parts: Uint8Array[]): Promise<void> {
  await S.startWriteSection(fd, id);
  for (const part of parts) await (fd as { write(b: Uint8Array): Promise<void> }).write(part);
  await S.endWriteSection(fd);
}

/**
 * The contribution section entry exactly as snarkjs contribute builds it:
 * first points of each section, public key, the blake2b state after hashing
 * the previous challenge and the compressed sections (partialHash), and the
 * next challenge (hash of the response hash and the uncompressed sections).
 */
async function contributionRecord(
  S: SnarkjsInternals,
  curve: Curve,
  key: unknown,
  challenge: Uint8Array,
  sections: Array<[number, GroupName, Uint8Array]>,
): Promise<Record<string, unknown>> {
  const responseHasher = S.blake2b.create({ dkLen: 64 });
  responseHasher.update(challenge);
  await hashSections(curve, sections, 'batchLEMtoC', responseHasher);
  const partialHash = S.toPartialHash(responseHasher);
  const pubKey = new Uint8Array(curve.F1.n8 * 2 * 6 + curve.F2.n8 * 2 * 3);
  S.toPtauPubKeyRpr(pubKey, 0, curve, key, false);
  responseHasher.update(pubKey);
  const responseHash = responseHasher.digest();

  const nextHasher = S.blake2b.create({ dkLen: 64 });
  nextHasher.update(responseHash);
  await hashSections(curve, sections, 'batchLEMtoU', nextHasher);

  const point = (id: number, index: number) => {
    const [, group, buff] = sections.find(([sid]) => sid === id)!;
    return curve[group].fromRprLEM(buff, index * AFFINE_BYTES[group]);
  };
  return {
    name: FAST_DEV_CONTRIBUTION_NAME,
    type: 0,
    key,
    tauG1: point(2, 1),
    tauG2: point(3, 1),
    alphaG1: point(4, 0),
    betaG1: point(5, 0),
    betaG2: point(6, 0),
    partialHash,
    nextChallenge: nextHasher.digest(),
  };
}

async function hashSections(
  curve: Curve,
  sections: Array<[number, GroupName, Uint8Array]>,
  convert: 'batchLEMtoC' | 'batchLEMtoU',
  hasher: { update(b: Uint8Array): unknown },
): Promise<void> {
  for (const [, group, buff] of sections) {
    const sG = AFFINE_BYTES[group];
    for (let i = 0; i < buff.byteLength; i += HASH_CHUNK_POINTS * sG) {
      const chunk = buff.subarray(i, Math.min(buff.byteLength, i + HASH_CHUNK_POINTS * sG));
      hasher.update(await curve[group][convert](chunk));
    }
  }
}
