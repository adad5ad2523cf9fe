/**
 * A fast, sound development powers-of-tau ceremony.
 *
 * `snarkjs powersoftau prepare phase2` derives the Lagrange sections from the
 * tau powers by inverse FFTs over elliptic-curve points, which takes minutes to
 * hours on small machines. A party that has just sampled tau itself can instead
 * evaluate each Lagrange basis polynomial at tau in the scalar field and
 * multiply the generator once per point. This module does exactly the
 * contribution `snarkjs powersoftau contribute` does (same key derivation, same
 * transcript, same file layout), with its own random key, then writes the
 * prepared sections directly and lets the key go out of scope. The result is
 * a file `snarkjs powersoftau verify` accepts, byte-compatible with what
 * new + contribute + prepare phase2 would give for that key.
 *
 * It is still a single-party ceremony: INSECURE, FOR DEVELOPMENT.
 *
 * Adapted from snarkjs (GPL-3.0) src/powersoftau_contribute.js and
 * src/powersoftau_preparephase2.js; it calls snarkjs internals that the
 * package does not export, so it is pinned to snarkjs 0.7.x (checked below).
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildLog } from './log.js';
import { bn128, ptauNew } from './snark.js';

const require = createRequire(import.meta.url);

/* eslint-disable @typescript-eslint/no-explicit-any -- snarkjs internals are untyped */
type Any = any;

interface Internals {
  utils: Any;
  keyPair: Any;
  misc: Any;
  binFileUtils: Any;
  blake2b: Any;
  ChaCha: Any;
}

async function loadInternals(): Promise<Internals> {
  const snarkjsDir = join(dirname(require.resolve('snarkjs')), '..');
  const version = (JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(snarkjsDir, 'package.json'), 'utf8'))) as { version: string }).version;
  if (!/^0\.7\./.test(version)) throw new Error(`the fast development ceremony supports snarkjs 0.7.x, found ${version}`);
  const src = (f: string) => pathToFileURL(join(snarkjsDir, 'src', f)).href;
  const [utils, keyPair, misc] = await Promise.all([import(src('powersoftau_utils.js')), import(src('keypair.js')), import(src('misc.js'))]);
  // Resolve these from snarkjs's own position so that they are the copies it uses.
  const fromSnarkjs = createRequire(join(snarkjsDir, 'src', 'misc.js'));
  const binFileUtils = await import(pathToFileURL(fromSnarkjs.resolve('@iden3/binfileutils').replace(/build[\\/]main\.cjs$/, 'src/binfileutils.js')).href);
  const { blake2b } = fromSnarkjs('@noble/hashes/blake2b') as { blake2b: Any };
  const { ChaCha } = (await import(pathToFileURL(fromSnarkjs.resolve('ffjavascript').replace(/build[\\/]main\.cjs$/, 'main.js')).href)) as { ChaCha: Any };
  return { utils, keyPair, misc, binFileUtils, blake2b, ChaCha };
}

/** BN254 scalar field order. */
const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

const mod = (a: bigint) => ((a % R) + R) % R;

function powMod(b: bigint, e: bigint): bigint {
  let r = 1n;
  b = mod(b);
  while (e > 0n) {
    if (e & 1n) r = (r * b) % R;
    b = (b * b) % R;
    e >>= 1n;
  }
  return r;
}

/** Montgomery batch inversion. */
function batchInverse(xs: bigint[]): bigint[] {
  const prefix = new Array<bigint>(xs.length);
  let acc = 1n;
  for (let i = 0; i < xs.length; i++) {
    prefix[i] = acc;
    acc = (acc * xs[i]!) % R;
  }
  let inv = powMod(acc, R - 2n);
  const out = new Array<bigint>(xs.length);
  for (let i = xs.length - 1; i >= 0; i--) {
    out[i] = (inv * prefix[i]!) % R;
    inv = (inv * xs[i]!) % R;
  }
  return out;
}

/**
 * Scalars of the points snarkjs's `lagrangeEvaluations` produces from
 * `[tau^0, …, tau^(n-1)]` (an inverse FFT over the n-th roots of unity `w`):
 * `L_i(tau) = w^i (tau^n - 1) / (n (tau - w^i))`. With `truncated`, the input's
 * last power is zero (snarkjs's extra tauG1 level has 2n-1 powers), which
 * subtracts `tau^(n-1) w^i / n`.
 */
function lagrangeScalars(tau: bigint, n: number, w: bigint, truncated: boolean): bigint[] {
  const N = BigInt(n);
  const nInv = powMod(N, R - 2n);
  const tauN = powMod(tau, N);
  const roots = new Array<bigint>(n);
  let wi = 1n;
  for (let i = 0; i < n; i++) {
    roots[i] = wi;
    wi = (wi * w) % R;
  }
  const dens = batchInverse(roots.map((r) => mod(tau - r)));
  const c = mod((tauN - 1n) * nInv);
  const tail = truncated ? (powMod(tau, N - 1n) * nInv) % R : 0n;
  return roots.map((r, i) => mod(((c * r) % R) * dens[i]! - ((tail * r) % R)));
}

/** Window width of the fixed-base comb: 32 windows of 8 bits cover a 254-bit scalar. */
const WINDOW = 8;
const WINDOWS = 32;

/**
 * Fixed-base table for the generator: entry (j, d) = d * 2^(8j) * G, affine,
 * Montgomery form, for d = 1..255 (d = 0 is skipped when multiplying).
 */
function generatorTable(curve: Any, group: 'G1' | 'G2'): Uint8Array {
  const G = curve[group];
  const sIn = G.F.n8 * 2;
  const table = new Uint8Array(WINDOWS * 256 * sIn);
  let base = G.g;
  for (let j = 0; j < WINDOWS; j++) {
    let acc = G.zero;
    for (let d = 1; d < 256; d++) {
      acc = G.add(acc, base);
      table.set(G.toAffine(acc), (j * 256 + d) * sIn);
    }
    for (let k = 0; k < WINDOW; k++) base = G.double(base);
  }
  return table;
}

/**
 * Multiply the generator by each scalar (times `factor`) with the comb table:
 * at most 32 mixed additions per point instead of a full double-and-add,
 * run on snarkjs's worker threads. Returns affine points in the file's
 * representation (Montgomery, little-endian).
 */
async function generatorTimes(curve: Any, group: 'G1' | 'G2', table: Uint8Array, scalars: bigint[], factor: bigint): Promise<Uint8Array> {
  const G = curve[group];
  const prefix = group === 'G1' ? 'g1m' : 'g2m';
  const sIn = G.F.n8 * 2;
  const sMid = G.F.n8 * 3;
  const out = new Uint8Array(scalars.length * sIn);
  const chunk = 1024;
  const tasks: Array<Promise<Uint8Array[]>> = [];
  for (let start = 0; start < scalars.length; start += chunk) {
    const n = Math.min(chunk, scalars.length - start);
    const task: Any[] = [
      { cmd: 'ALLOCSET', var: 0, buff: table },
      { cmd: 'ALLOC', var: 1, len: n * sMid },
    ];
    for (let i = 0; i < n; i++) {
      const acc = { var: 1, offset: i * sMid };
      task.push({ cmd: 'CALL', fnName: `${prefix}_zero`, params: [acc] });
      let k = mod(scalars[start + i]! * factor);
      for (let j = 0; k > 0n; j++, k >>= 8n) {
        const d = Number(k & 0xffn);
        if (d !== 0) task.push({ cmd: 'CALL', fnName: `${prefix}_addMixed`, params: [acc, { var: 0, offset: (j * 256 + d) * sIn }, acc] });
      }
    }
    task.push({ cmd: 'CALL', fnName: `${prefix}_batchToAffine`, params: [{ var: 1 }, { val: n }, { var: 1 }] });
    task.push({ cmd: 'GET', out: 0, var: 1, len: n * sIn });
    tasks.push(curve.tm.queueAction(task));
  }
  const results = await Promise.all(tasks);
  let pos = 0;
  for (const [buf] of results) {
    out.set(buf!, pos);
    pos += buf!.byteLength;
  }
  return out;
}

/**
 * Create a prepared development ptau of `power` at `outPath`, using
 * `workDir` for the intermediate empty accumulator.
 */
export async function fastDevCeremony(power: number, outPath: string, workDir: string, log: BuildLog): Promise<void> {
  const { utils, keyPair, misc, binFileUtils, blake2b, ChaCha } = await loadInternals();
  const curve: Any = await bn128();
  const Fr = curve.Fr;

  const newPath = join(workDir, 'pot_0000.ptau');
  let done = log.step(`ptau ${power}: new accumulator`);
  await ptauNew(power, newPath, log);
  done();
  done = log.step(`ptau ${power}: development contribution (fresh random key)`);

  const { fd: fdOld, sections } = await binFileUtils.readBinFile(newPath, 'ptau', 1);
  const lastChallengeHash = utils.calculateFirstChallengeHash(curve, power);

  // The contribution's secret key, from fresh OS randomness (as snarkjs's getRandomRng).
  const seedBytes = randomBytes(32);
  const seed = Array.from({ length: 8 }, (_, i) => seedBytes.readUInt32BE(i * 4));
  const key = keyPair.createPTauKey(curve, lastChallengeHash, new ChaCha(seed));
  seedBytes.fill(0);
  const contribution: Any = { name: 'wattproof development contribution (INSECURE)', type: 0, key };

  const responseHasher = blake2b.create({ dkLen: 64 });
  responseHasher.update(lastChallengeHash);

  const fdNew = await binFileUtils.createBinFile(outPath, 'ptau', 1, 11);
  await utils.writePTauHeader(fdNew, curve, power);
  const startSections: number[] = [];

  async function processSection(sectionId: number, group: 'G1' | 'G2', nPoints: number, first: Any, inc: Any, name: string): Promise<Any[]> {
    const res: Any[] = [];
    fdOld.pos = sections[sectionId][0].p;
    await binFileUtils.startWriteSection(fdNew, sectionId);
    startSections[sectionId] = fdNew.pos;
    const G = curve[group];
    const sG = G.F.n8 * 2;
    const chunkSize = Math.floor((1 << 20) / sG);
    let t = first;
    for (let i = 0; i < nPoints; i += chunkSize) {
      log.debug(`contribution: ${name}: ${i}/${nPoints}`);
      const n = Math.min(nPoints - i, chunkSize);
      const buffIn = await fdOld.read(n * sG);
      const buffOutLEM = await G.batchApplyKey(buffIn, t, inc);
      const promiseWrite = fdNew.write(buffOutLEM);
      const buffOutC = await G.batchLEMtoC(buffOutLEM);
      responseHasher.update(buffOutC);
      await promiseWrite;
      if (i === 0) for (let j = 0; j < Math.min(2, nPoints); j++) res.push(G.fromRprLEM(buffOutLEM, j * sG));
      t = Fr.mul(t, Fr.exp(inc, n));
    }
    await binFileUtils.endWriteSection(fdNew);
    return res;
  }

  const n = 2 ** power;
  let firstPoints = await processSection(2, 'G1', n * 2 - 1, Fr.e(1), key.tau.prvKey, 'tauG1');
  contribution.tauG1 = firstPoints[1];
  firstPoints = await processSection(3, 'G2', n, Fr.e(1), key.tau.prvKey, 'tauG2');
  contribution.tauG2 = firstPoints[1];
  firstPoints = await processSection(4, 'G1', n, key.alpha.prvKey, key.tau.prvKey, 'alphaTauG1');
  contribution.alphaG1 = firstPoints[0];
  firstPoints = await processSection(5, 'G1', n, key.beta.prvKey, key.tau.prvKey, 'betaTauG1');
  contribution.betaG1 = firstPoints[0];
  firstPoints = await processSection(6, 'G2', 1, key.beta.prvKey, key.tau.prvKey, 'betaTauG2');
  contribution.betaG2 = firstPoints[0];

  contribution.partialHash = misc.toPartialHash(responseHasher);
  const buffKey = new Uint8Array(curve.F1.n8 * 2 * 6 + curve.F2.n8 * 2 * 3);
  utils.toPtauPubKeyRpr(buffKey, 0, curve, key, false);
  responseHasher.update(new Uint8Array(buffKey));
  const hashResponse = responseHasher.digest();

  const nextChallengeHasher = blake2b.create({ dkLen: 64 });
  nextChallengeHasher.update(hashResponse);
  for (const [group, id, count] of [
    ['G1', 2, n * 2 - 1],
    ['G2', 3, n],
    ['G1', 4, n],
    ['G1', 5, n],
    ['G2', 6, 1],
  ] as const) {
    const G = curve[group];
    const sG = G.F.n8 * 2;
    const perChunk = Math.floor((1 << 24) / sG);
    const oldPos = fdNew.pos;
    fdNew.pos = startSections[id]!;
    for (let i = 0; i < count; i += perChunk) {
      const m = Math.min(count - i, perChunk);
      nextChallengeHasher.update(await G.batchLEMtoU(await fdNew.read(m * sG)));
    }
    fdNew.pos = oldPos;
  }
  contribution.nextChallenge = nextChallengeHasher.digest();
  await utils.writeContributions(fdNew, curve, [contribution]);
  await fdOld.close();

  done();

  // Prepared sections, evaluated at the secret directly.
  done = log.step(`ptau ${power}: Lagrange sections from the secret (replaces prepare phase2)`);
  const tau: bigint = Fr.toObject(key.tau.prvKey);
  const alpha: bigint = Fr.toObject(key.alpha.prvKey);
  const beta: bigint = Fr.toObject(key.beta.prvKey);
  const levels = (extra: boolean) => [...Array.from({ length: power + 1 }, (_, p) => ({ p, truncated: false })), ...(extra ? [{ p: power + 1, truncated: true }] : [])];
  const scalarsFor = (p: number, truncated: boolean) => lagrangeScalars(tau, 2 ** p, Fr.toObject(Fr.w[p]) as bigint, truncated);
  const tables = { G1: generatorTable(curve, 'G1'), G2: generatorTable(curve, 'G2') };
  for (const [id, group, factor, name, extra] of [
    [12, 'G1', 1n, 'tauG1', true],
    [13, 'G2', 1n, 'tauG2', false],
    [14, 'G1', alpha, 'alphaTauG1', false],
    [15, 'G1', beta, 'betaTauG1', false],
  ] as const) {
    await binFileUtils.startWriteSection(fdNew, id);
    for (const { p, truncated } of levels(extra)) {
      log.debug(`lagrange ${name}: 2^${p}`);
      await fdNew.write(await generatorTimes(curve, group, tables[group], scalarsFor(p, truncated), factor));
    }
    await binFileUtils.endWriteSection(fdNew);
  }
  await fdNew.close();
  done();
  log.info(misc.formatHash(hashResponse, 'contribution response hash:').replace(/\s+/g, ' '));
}
