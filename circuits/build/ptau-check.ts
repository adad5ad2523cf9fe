/**
 * Checks a fast development powers of tau (ptau-fast.ts) against the secrets it was made from:
 * every point of sections 2-6 and of the Lagrange sections 12-15 must be the scalar the secrets
 * give times the generator. Each section is checked at once by a random linear combination:
 * with coefficients c_i drawn after the file is written, sum c_i P_i = (sum c_i e_i) G holds for a
 * file with any wrong point only with probability 2^-64 (G1 and G2 have prime order), and costs
 * one multi-scalar product with 64-bit scalars instead of one full product per point.
 *
 * Why not `snarkjs powersoftau verify`: on a fresh machine it was the longest step of the first
 * `npm run demo` after the circuit compile (100 s of 2^15 at load 12), because it cannot know the
 * secrets and so checks pairings and redoes the Lagrange transforms over curve points. Knowing
 * the secrets, this check is complete for the sections a phase 2 reads and computes the Lagrange
 * values by their closed form L_i(tau) = w^i (tau^n - 1) / (n (tau - w^i)), independently of the
 * inverse FFT that made them. It does not re-check the contribution record (section 7), which
 * snarkjs's own contribute code builds (test/foundation/ptau-fast.test.ts: snarkjs verify accepts
 * the fast files and `prepare phase2` gives the same bytes). `WATTPROOF_DEV_PTAU_VERIFY=snarkjs`
 * runs snarkjs's verify as well.
 *
 * INSECURE, FOR DEVELOPMENT: only a development ceremony has its secrets on disk.
 */
import { randomBytes } from 'node:crypto';
import { PtauError } from '../../core/src/errors.js';
import { readSections } from './binfile.js';
import { AFFINE_BYTES, type GroupName } from './ptau-fast-msm.js';
import type { DevPtauSecrets } from './ptau-fast.js';
import { snarkjsInternals, type Curve } from './ptau-fast-snarkjs.js';

/** Bytes of each random coefficient (64 bits). */
const COEF_BYTES = 8;

/** Options of {@link checkDevPtau}. */
export interface PtauCheckOptions {
  /** Progress lines. */
  log?: (msg: string) => void;
}

/**
 * Throws a PtauError naming the first section whose points are not the secrets' (or a header that
 * is not the secrets' power); resolves when every point of sections 2-6 and 12-15 is right.
 */
export async function checkDevPtau(path: string, secrets: DevPtauSecrets, options: PtauCheckOptions = {}): Promise<void> {
  const say = options.log ?? (() => {});
  const S = await snarkjsInternals();
  const curve: Curve = await S.bn128SingleThread();
  const r: bigint = curve.r;
  const tau = BigInt(secrets.tau) % r;
  const alpha = BigInt(secrets.alpha) % r;
  const beta = BigInt(secrets.beta) % r;
  const f = await readSections(path, 'ptau');
  try {
    const section = (id: number) => {
      const s = f.sections.find((x) => x.type === id);
      if (!s) throw new PtauError(`${path}: section ${id} is missing (not a prepared powers-of-tau file)`);
      return s;
    };
    const h = section(1);
    const n8 = (await f.read(h.offset, 4)).readUInt32LE(0);
    const power = (await f.read(h.offset + 4 + n8, 4)).readUInt32LE(0);
    if (power !== secrets.power) throw new PtauError(`${path} has power ${power} but its secrets are for 2^${secrets.power}`);
    const N = 2 ** power;

    // tau^i for i < 2N - 1 (section 2 needs them all; the others the first N).
    const tauPow: bigint[] = new Array(2 * N - 1);
    tauPow[0] = 1n;
    for (let i = 1; i < 2 * N - 1; i++) tauPow[i] = (tauPow[i - 1]! * tau) % r;

    // Lagrange values of block 2^p (p <= power + 1), in section order.
    const lagrange = (p: number): bigint[] => lagrangeAt(curve, r, tau, tauPow, p, power);
    const blocks = (top: number, scale: bigint): bigint[] => {
      const out: bigint[] = [];
      for (let p = 0; p <= top; p++) for (const v of lagrange(p)) out.push((v * scale) % r);
      return out;
    };

    const checks: Array<[number, GroupName, string, () => bigint[]]> = [
      [2, 'G1', 'tauG1', () => tauPow],
      [3, 'G2', 'tauG2', () => tauPow.slice(0, N)],
      [4, 'G1', 'alphaTauG1', () => tauPow.slice(0, N).map((t) => (t * alpha) % r)],
      [5, 'G1', 'betaTauG1', () => tauPow.slice(0, N).map((t) => (t * beta) % r)],
      [6, 'G2', 'betaG2', () => [beta]],
      [12, 'G1', 'Lagrange tauG1', () => blocks(power + 1, 1n)],
      [13, 'G2', 'Lagrange tauG2', () => blocks(power, 1n)],
      [14, 'G1', 'Lagrange alphaTauG1', () => blocks(power, alpha)],
      [15, 'G1', 'Lagrange betaTauG1', () => blocks(power, beta)],
    ];
    for (const [id, group, name, scalarsOf] of checks) {
      const s = section(id);
      const scalars = scalarsOf();
      const sG = AFFINE_BYTES[group];
      if (s.size !== scalars.length * sG) {
        throw new PtauError(`${path}: section ${id} (${name}) holds ${s.size / sG} points, expected ${scalars.length}`);
      }
      const points = new Uint8Array(await f.read(s.offset, s.size));
      // Coefficients from fresh OS randomness, drawn after the file was written.
      const coefs = randomBytes(scalars.length * COEF_BYTES);
      let expected = 0n;
      for (let i = 0; i < scalars.length; i++) expected += coefs.readBigUInt64LE(i * COEF_BYTES) * scalars[i]!;
      expected %= r;
      const G = curve[group];
      const combined = await G.multiExpAffine(points, new Uint8Array(coefs.buffer, coefs.byteOffset, coefs.byteLength));
      const want = G.timesFr(G.g, curve.Fr.e(expected));
      if (!G.eq(combined, want)) {
        throw new PtauError(`${path}: section ${id} (${name}) does not hold the ceremony's powers; delete the file and its .secrets.json and build again`);
      }
      say(`ptau check: section ${id} (${name}, ${scalars.length} points) matches the secrets`);
    }
  } finally {
    await f.close();
  }
}

/**
 * L_i(tau) for the 2^p-point domain (generator w = Fr.w[p]): w^i (tau^n - 1) / (n (tau - w^i)), or,
 * when tau is a domain point, 1 at that point and 0 elsewhere. The block 2^(power+1) of section 12
 * is the inverse FFT of the powers with the missing tau^(2N-1) as zero (as snarkjs's prepare phase2
 * writes it), which subtracts tau^(n-1) w^i / n from each value.
 */
function lagrangeAt(curve: Curve, r: bigint, tau: bigint, tauPow: bigint[], p: number, power: number): bigint[] {
  const n = 2 ** p;
  const w = BigInt(curve.Fr.toObject(curve.Fr.w[p]));
  const wPow: bigint[] = new Array(n);
  wPow[0] = 1n;
  for (let i = 1; i < n; i++) wPow[i] = (wPow[i - 1]! * w) % r;
  const tauN = modPow(tau, BigInt(n), r);
  const nInv = modInv(BigInt(n), r);
  const out: bigint[] = new Array(n);
  const atPoint = wPow.indexOf(tau);
  if (atPoint >= 0) {
    for (let i = 0; i < n; i++) out[i] = i === atPoint ? 1n : 0n;
  } else {
    // Batch inversion of (tau - w^i).
    const diffs = wPow.map((x) => (tau - x + r) % r);
    const prefix: bigint[] = new Array(n);
    let acc = 1n;
    for (let i = 0; i < n; i++) {
      prefix[i] = acc;
      acc = (acc * diffs[i]!) % r;
    }
    let inv = modInv(acc, r);
    const factor = (((tauN - 1n + r) % r) * nInv) % r;
    for (let i = n - 1; i >= 0; i--) {
      const invDiff = (inv * prefix[i]!) % r;
      inv = (inv * diffs[i]!) % r;
      out[i] = (((wPow[i]! * factor) % r) * invDiff) % r;
    }
  }
  if (p === power + 1) {
    const top = (tauPow[n - 2]! * tau) % r; // the missing tau^(n-1)
    const c = (top * nInv) % r;
    for (let i = 0; i < n; i++) out[i] = (out[i]! - ((c * wPow[i]!) % r) + r) % r;
  }
  return out;
}

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let result = 1n;
  let base = b % m;
  for (let k = e; k > 0n; k >>= 1n) {
    if (k & 1n) result = (result * base) % m;
    base = (base * base) % m;
  }
  return result;
}

function modInv(a: bigint, m: bigint): bigint {
  let [oldR, rr] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (rr !== 0n) {
    const q = oldR / rr;
    [oldR, rr] = [rr, oldR - q * rr];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new RangeError('not invertible');
  return ((oldS % m) + m) % m;
}
