/**
 * Fast development Groth16 phase 2: the zkey `snarkjs zkey new` followed by
 * one `zkey contribute` (or `zkey beacon`) would write, computed directly
 * from the development ceremony's secrets.
 *
 * `zkey new` combines ptau points: every proving-key point is a multi-scalar
 * product of Lagrange-basis points with the r1cs coefficients, and the
 * contribution then multiplies the C and H sections by 1/delta. When tau,
 * alpha and beta are known (ptau-fast.ts keeps them beside the development
 * ceremony), each point is instead a known scalar times a generator: the QAP
 * polynomials are evaluated at tau in the scalar field (the Lagrange basis by
 * an inverse FFT over Fr, exactly as the ceremony's Lagrange sections are
 * made), and each point costs one fixed-base multiplication
 * (ptau-fast-msm.ts). The file layout, the circuit hash (csHash) and the
 * contribution record follow snarkjs 0.7.6 byte for byte
 * (test/foundation/phase2-fast.test.ts compares against `zkey new` +
 * `zkey beacon`), so `snarkjs zkey verify` checks the result like any other.
 *
 * INSECURE, FOR DEVELOPMENT: whoever holds the secrets can forge proofs. A
 * real ceremony file (circuits/build/ptau.ts `checkRealPtau`) and the
 * multi-party phase 2 (circuits/build/ceremony) never come here.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rm } from 'node:fs/promises';
import { PtauError } from '../../core/src/errors.js';
import { readSections } from './binfile.js';
import { AFFINE_BYTES, FixedBaseMultiplier, type GroupName } from './ptau-fast-msm.js';
import type { DevPtauSecrets } from './ptau-fast.js';
import { snarkjsInternals, type Curve } from './ptau-fast-snarkjs.js';

const FR_BYTES = 32;
const HASH_CHUNK_POINTS = 1 << 15;

/** Name of the development contribution snarkjs's `zkey contribute` would have recorded. */
export const DEV_PHASE2_CONTRIBUTION_NAME = 'wattproof development phase 2 (INSECURE)';

/**
 * Where the one phase-2 contribution's delta comes from.
 * - `random`: fresh OS randomness, recorded as a `zkey contribute` (type 0) contribution;
 * - `beacon`: `snarkjs zkey beacon`'s derivation from a public hash (type 1), which
 *   makes the whole zkey deterministic (the byte-equality test uses it);
 * - `none`: no contribution: exactly the initial zkey `snarkjs zkey new` writes (delta = 1,
 *   its section order), e.g. the start of a multi-party phase 2 on a development ceremony.
 */
export type Phase2Contribution =
  | { kind: 'none' }
  | { kind: 'random'; name?: string }
  | { kind: 'beacon'; name: string; beaconHash: string; numIterationsExp: number };

/** What one fast phase 2 did. */
export interface FastPhase2Result {
  /** blake2b-512 of the circuit (the zkey's csHash), hex. */
  circuitHash: string;
  /** The contribution hash snarkjs prints for the same contribution, hex (absent for `none`). */
  contributionHash?: string;
  seconds: number;
}

interface R1cs {
  nVars: number;
  nPublic: number;
  nConstraints: number;
  /** [matrix 0|1|2, constraint, signal, coefficient] in file order. */
  terms: { m: Uint8Array; c: Uint32Array; s: Uint32Array; coef: bigint[] };
}

/**
 * Write the Groth16 proving key of `r1csPath` for the development ceremony
 * `ptauPath` whose secrets are `secrets`, with one phase-2 contribution.
 *
 * @throws PtauError when the secrets are not those of the ceremony (its tau,
 *   alpha and beta points are checked), or the ceremony is too small or not
 *   prepared for phase 2
 */
export async function createFastDevZkey(
  r1csPath: string,
  ptauPath: string,
  secrets: DevPtauSecrets,
  zkeyPath: string,
  contribution: Phase2Contribution = { kind: 'random' },
  log: (msg: string) => void = () => {},
): Promise<FastPhase2Result> {
  const started = Date.now();
  const S = await snarkjsInternals();
  // Single-thread curve, as in ptau-fast.ts: the pool below does the heavy work.
  const curve: Curve = await S.bn128SingleThread();
  const Fr = curve.Fr;
  const r: bigint = curve.r;

  const r1cs = parseR1cs(await readFile(r1csPath), r1csPath, r);
  const ptau = await readPtauAnchors(ptauPath, curve);
  if (ptau.power !== secrets.power) {
    throw new PtauError(`development secrets are for a 2^${secrets.power} ceremony but ${ptauPath} has power ${ptau.power}; delete both and build again`);
  }
  const nPoly = r1cs.nConstraints + r1cs.nPublic + 1;
  const cirPower = Math.ceil(Math.log2(nPoly));
  if (cirPower > ptau.power) {
    throw new PtauError(`circuit ${r1csPath} needs 2^${cirPower} powers of tau; ${ptauPath} has 2^${ptau.power}`);
  }
  const m = 2 ** cirPower;
  const N = 2 ** ptau.power;
  const tau = scalar(secrets.tau, r, 'tau');
  const alpha = scalar(secrets.alpha, r, 'alpha');
  const beta = scalar(secrets.beta, r, 'beta');

  // The contribution's key comes first from its stream (as in snarkjs), so C and H can be
  // divided by delta in the same pass as everything else.
  const rng =
    contribution.kind === 'none'
      ? undefined
      : contribution.kind === 'beacon'
        ? await S.rngFromBeaconParams(hexBytes(contribution.beaconHash), contribution.numIterationsExp)
        : (() => {
            const seed = randomBytes(32);
            const words = Array.from({ length: 8 }, (_, i) => seed.readUInt32BE(i * 4));
            seed.fill(0);
            return new S.ChaCha(words);
          })();
  const deltaM: Uint8Array | undefined = rng === undefined ? undefined : Fr.fromRng(rng);
  const deltaInv = deltaM === undefined ? 1n : BigInt(Fr.toObject(Fr.inv(deltaM)));

  log(`fast phase 2: evaluating ${r1cs.nConstraints} constraints at tau (domain 2^${cirPower})`);
  // Lagrange basis of the domain at tau (section 12 block 2^cirPower), and of the doubled
  // domain for H (block 2^(cirPower+1); the ceremony has no tau^(2N-1), so it is zero there).
  const L = await lagrangeAtTau(Fr, tau, m, 2 * N - 1);
  const L2 = await lagrangeAtTau(Fr, tau, 2 * m, 2 * N - 1);

  const { nVars, nPublic, nConstraints, terms } = r1cs;
  const A: bigint[] = new Array(nVars).fill(0n);
  const B: bigint[] = new Array(nVars).fill(0n);
  const Cc: bigint[] = new Array(nVars).fill(0n);
  const acc = [A, B, Cc] as const;
  // Indices below are in range by construction (parseR1cs checks signals and constraints).
  for (let i = 0; i < terms.coef.length; i++) {
    const row = acc[terms.m[i]! as 0 | 1 | 2];
    const s = terms.s[i]!;
    row[s] = row[s]! + terms.coef[i]! * L[terms.c[i]!]!;
  }
  // snarkjs's extra constraints binding each public signal (and ONE): A gets L_{nC+s}.
  for (let s = 0; s <= nPublic; s++) A[s] = A[s]! + L[nConstraints + s]!;
  const K: bigint[] = new Array(nVars);
  for (let s = 0; s < nVars; s++) {
    A[s] = A[s]! % r;
    B[s] = B[s]! % r;
    K[s] = (beta * A[s]! + alpha * B[s]! + Cc[s]!) % r;
  }

  // Scalars of every G1 point, in one buffer: header checks, IC, C before and after
  // delta, A, B1, H.
  const g1: Array<[string, bigint[]]> = [
    ['check', [tau, alpha, beta]],
    ['IC', K.slice(0, nPublic + 1)],
    ['Cpre', K.slice(nPublic + 1)],
    // (without a contribution C is Cpre: not multiplied twice)
    ...(deltaM === undefined ? [] : ([['C', K.slice(nPublic + 1).map((k) => (k * deltaInv) % r)]] as Array<[string, bigint[]]>)),
    ['A', A],
    ['B1', B],
    ['H', Array.from({ length: m }, (_, i) => (L2[2 * i + 1]! * deltaInv) % r)],
  ];
  const g2: Array<[string, bigint[]]> = [
    ['check', [beta]],
    ['B2', B],
  ];
  const count = (parts: Array<[string, bigint[]]>) => parts.reduce((n, [, v]) => n + v.length, 0);
  const bases = { G1: affineBytes(curve, 'G1', curve.G1.g), G2: affineBytes(curve, 'G2', curve.G2.g) };
  const lap = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  log(`fast phase 2: [${lap()}] ${count(g1)} G1 and ${count(g2)} G2 fixed-base products`);
  // The process's pool: a build's phase 2 runs once per circuit, and its window tables are the same each time.
  const pool = await FixedBaseMultiplier.shared(curve.tm.code, bases);
  pool.plan({ G1: count(g1), G2: count(g2) });
  const [P1, P2] = await Promise.all([multiplyAll(pool, 'G1', g1), multiplyAll(pool, 'G2', g2)]);
  log(`fast phase 2: [${lap()}] products done; hashing the circuit`);
  const at = (buf: Uint8Array, group: GroupName, i: number) => buf.subarray(i * AFFINE_BYTES[group], (i + 1) * AFFINE_BYTES[group]);
  const check1 = P1.get('check')!;
  const mismatch: string[] = [];
  if (!eq(at(check1, 'G1', 0), ptau.tauG1)) mismatch.push('tau');
  if (!eq(at(check1, 'G1', 1), ptau.alpha1)) mismatch.push('alpha');
  if (!eq(at(check1, 'G1', 2), ptau.beta1) || !eq(P2.get('check')!, ptau.beta2)) mismatch.push('beta');
  if (mismatch.length > 0) {
    throw new PtauError(
      `the development secrets do not belong to ${ptauPath} (${mismatch.join(', ')} differ); delete the ceremony and its .secrets.json and build again`,
    );
  }

  // Circuit hash, as zkey new computes it over the initial (delta = 1) key.
  const g1Bytes = affineBytes(curve, 'G1', curve.G1.g);
  const g2Bytes = affineBytes(curve, 'G2', curve.G2.g);
  const cs = S.blake2b.create({ dkLen: 64 });
  cs.update(await curve.G1.batchLEMtoU(ptau.alpha1));
  cs.update(await curve.G1.batchLEMtoU(ptau.beta1));
  cs.update(await curve.G2.batchLEMtoU(ptau.beta2));
  cs.update(await curve.G2.batchLEMtoU(g2Bytes)); // gamma2
  cs.update(await curve.G1.batchLEMtoU(g1Bytes)); // delta1
  cs.update(await curve.G2.batchLEMtoU(g2Bytes)); // delta2
  cs.update(u32be(nPublic + 1));
  cs.update(await curve.G1.batchLEMtoU(P1.get('IC')!));
  // The H points the circuit hash covers, (tau^(m+i) - tau^i)·G1 for i < m-1: differences of the
  // ceremony's own powers, as zkey new takes them (cheaper than multiplying).
  cs.update(u32be(m - 1));
  for (let i = 0; i < m - 1; i += HASH_CHUNK_POINTS) {
    const n = Math.min(m - 1 - i, HASH_CHUNK_POINTS);
    cs.update(await powerDifferences(curve, ptauPath, i, n, m));
  }
  for (const [group, name, n] of [
    ['G1', 'Cpre', nVars - nPublic - 1],
    ['G1', 'A', nVars],
    ['G1', 'B1', nVars],
    ['G2', 'B2', nVars],
  ] as Array<[GroupName, string, number]>) {
    cs.update(u32be(n));
    const buf = (group === 'G1' ? P1 : P2).get(name)!;
    const step = HASH_CHUNK_POINTS * AFFINE_BYTES[group];
    for (let i = 0; i < buf.byteLength; i += step) cs.update(await curve[group].batchLEMtoU(buf.subarray(i, i + step)));
  }
  const csHash = cs.digest();
  const header = (delta1: Uint8Array, delta2: Uint8Array) => [
    u32le(32),
    bigLE(curve.q, 32),
    u32le(32),
    bigLE(r, 32),
    u32le(nVars),
    u32le(nPublic),
    u32le(m),
    ptau.alpha1,
    ptau.beta1,
    ptau.beta2,
    g2Bytes,
    delta1,
    delta2,
  ];
  const w = new SectionWriter();
  w.section(1, [u32le(1)]); // Groth16

  if (rng === undefined || deltaM === undefined) {
    // zkey new's own section order.
    w.section(2, header(g1Bytes, g2Bytes));
    w.section(4, [coefficientSection(r1cs, r)]);
    w.section(3, [P1.get('IC')!]);
    w.section(9, [P1.get('H')!]);
    w.section(8, [P1.get('Cpre')!]);
    w.section(5, [P1.get('A')!]);
    w.section(6, [P1.get('B1')!]);
    w.section(7, [P2.get('B2')!]);
    w.section(10, [csHash, u32le(0)]);
    await w.writeTo(zkeyPath);
    const seconds = (Date.now() - started) / 1000;
    log(`fast phase 2: wrote the initial zkey ${zkeyPath} in ${seconds.toFixed(1)}s (INSECURE, FOR DEVELOPMENT)`);
    return { circuitHash: hex(csHash), seconds };
  }

  // The contribution record, drawn from the stream exactly as zkey contribute / beacon do.
  const G1 = curve.G1;
  const G2 = curve.G2;
  const g1_s = G1.toAffine(G1.fromRng(rng));
  const g1_sx = G1.toAffine(G1.timesFr(g1_s, deltaM));
  const transcriptHasher = S.blake2b.create({ dkLen: 64 });
  transcriptHasher.update(csHash);
  transcriptHasher.update(uncompressed(curve, 'G1', g1_s));
  transcriptHasher.update(uncompressed(curve, 'G1', g1_sx));
  const transcript = transcriptHasher.digest();
  const g2_spx = G2.toAffine(G2.timesFr(S.hashToG2(curve, transcript), deltaM));
  const delta1 = G1.timesFr(G1.fromRprLEM(g1Bytes, 0), deltaM);
  const delta2 = G2.timesFr(G2.fromRprLEM(g2Bytes, 0), deltaM);
  deltaM.fill(0);

  const contributionHasher = S.blake2b.create({ dkLen: 64 });
  for (const [g, p] of [
    ['G1', delta1],
    ['G1', g1_s],
    ['G1', g1_sx],
    ['G2', g2_spx],
  ] as Array<[GroupName, unknown]>) {
    contributionHasher.update(uncompressed(curve, g, p));
  }
  contributionHasher.update(transcript);

  // The file: sections 1-10 in the order zkey contribute writes them.
  w.section(2, header(lem(curve, 'G1', delta1), lem(curve, 'G2', delta2)));
  w.section(3, [P1.get('IC')!]);
  w.section(4, [coefficientSection(r1cs, r)]);
  w.section(5, [P1.get('A')!]);
  w.section(6, [P1.get('B1')!]);
  w.section(7, [P2.get('B2')!]);
  w.section(8, [P1.get('C')!]);
  w.section(9, [P1.get('H')!]);
  const params: number[] = [];
  const name = contribution.kind === 'random' ? (contribution.name ?? DEV_PHASE2_CONTRIBUTION_NAME) : contribution.kind === 'beacon' ? contribution.name : '';
  const nameBytes = new TextEncoder().encode(name.substring(0, 64));
  params.push(1, nameBytes.byteLength, ...nameBytes);
  if (contribution.kind === 'beacon') {
    const h = hexBytes(contribution.beaconHash);
    params.push(2, contribution.numIterationsExp, 3, h.byteLength, ...h);
  }
  w.section(10, [
    csHash,
    u32le(1),
    lem(curve, 'G1', delta1),
    lem(curve, 'G1', g1_s),
    lem(curve, 'G1', g1_sx),
    lem(curve, 'G2', g2_spx),
    transcript,
    u32le(contribution.kind === 'beacon' ? 1 : 0),
    u32le(params.length),
    new Uint8Array(params),
  ]);
  await w.writeTo(zkeyPath);

  const seconds = (Date.now() - started) / 1000;
  log(`fast phase 2: wrote ${zkeyPath} in ${seconds.toFixed(1)}s (INSECURE, FOR DEVELOPMENT)`);
  return { circuitHash: hex(csHash), contributionHash: hex(contributionHasher.digest()), seconds };
}

/** Read a `.secrets.json` written by createFastDevPtau; a clear error when it is malformed. */
export async function readDevPtauSecrets(path: string): Promise<DevPtauSecrets> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new PtauError(`development ceremony secrets ${path} are unreadable (${(e as Error).message}); delete the ceremony and its secrets and build again`);
  }
  const p = parsed as Partial<DevPtauSecrets>;
  const ok =
    typeof p === 'object' && p !== null && Number.isInteger(p.power) && [p.tau, p.alpha, p.beta].every((v) => typeof v === 'string' && /^[0-9]{1,80}$/.test(v));
  if (!ok) throw new PtauError(`development ceremony secrets ${path} are malformed (want power, tau, alpha, beta as decimal strings)`);
  return p as DevPtauSecrets;
}

// ---------------------------------------------------------------------------------------------

function parseR1cs(buf: Buffer, path: string, r: bigint): R1cs {
  if (buf.toString('latin1', 0, 4) !== 'r1cs') throw new Error(`${path}: not an .r1cs file`);
  const nSections = buf.readUInt32LE(8);
  const sections = new Map<number, { offset: number; size: number }>();
  let pos = 12;
  for (let i = 0; i < nSections; i++) {
    const type = buf.readUInt32LE(pos);
    const size = Number(buf.readBigUInt64LE(pos + 4));
    if (!sections.has(type)) sections.set(type, { offset: pos + 12, size });
    pos += 12 + size;
  }
  const head = sections.get(1);
  const body = sections.get(2);
  if (!head || !body) throw new Error(`${path}: r1cs without header or constraints section`);
  let p = head.offset;
  const n8 = buf.readUInt32LE(p);
  if (n8 !== FR_BYTES || readLE(buf, p + 4) !== r) throw new Error(`${path}: r1cs is not over the BN254 scalar field`);
  p += 4 + n8;
  const nVars = buf.readUInt32LE(p);
  const nPublic = buf.readUInt32LE(p + 4) + buf.readUInt32LE(p + 8);
  const nConstraints = buf.readUInt32LE(p + 24);

  let nTerms = 0;
  p = body.offset;
  for (let c = 0; c < nConstraints; c++) {
    for (let k = 0; k < 3; k++) {
      const n = buf.readUInt32LE(p);
      nTerms += n;
      p += 4 + n * (4 + FR_BYTES);
    }
  }
  const terms = { m: new Uint8Array(nTerms), c: new Uint32Array(nTerms), s: new Uint32Array(nTerms), coef: new Array<bigint>(nTerms) };
  let t = 0;
  p = body.offset;
  for (let c = 0; c < nConstraints; c++) {
    for (let k = 0; k < 3; k++) {
      const n = buf.readUInt32LE(p);
      p += 4;
      for (let i = 0; i < n; i++, t++) {
        terms.m[t] = k;
        terms.c[t] = c;
        const sig = buf.readUInt32LE(p);
        if (sig >= nVars) throw new Error(`${path}: constraint ${c} refers to signal ${sig} of ${nVars}`);
        terms.s[t] = sig;
        terms.coef[t] = readLE(buf, p + 4);
        p += 4 + FR_BYTES;
      }
    }
  }
  return { nVars, nPublic, nConstraints, terms };
}

/**
 * Section 4, zkey new's copy of the A and B matrices (C is implied): per term
 * (matrix, constraint, signal, coefficient·R² mod r), then A's entries of the
 * public-input constraints.
 */
function coefficientSection(r1cs: R1cs, r: bigint): Uint8Array {
  const R = mod(1n << 256n, r);
  const R2 = (R * R) % r;
  const { terms, nConstraints, nPublic } = r1cs;
  let n = nPublic + 1;
  for (let i = 0; i < terms.m.length; i++) if (terms.m[i] !== 2) n++;
  const out = Buffer.alloc(4 + n * (12 + FR_BYTES));
  out.writeUInt32LE(n, 0);
  let p = 4;
  const put = (mat: number, c: number, s: number, v: bigint) => {
    out.writeUInt32LE(mat, p);
    out.writeUInt32LE(c, p + 4);
    out.writeUInt32LE(s, p + 8);
    writeLE(out, p + 12, (v * R2) % r);
    p += 12 + FR_BYTES;
  };
  for (let i = 0; i < terms.m.length; i++) if (terms.m[i] !== 2) put(terms.m[i]!, terms.c[i]!, terms.s[i]!, terms.coef[i]!);
  for (let s = 0; s <= nPublic; s++) put(0, nConstraints + s, s, 1n);
  return out;
}

/**
 * L_i(tau) for the domain of size `n`: the inverse FFT of tau^0..tau^(n-1) (the
 * same scalars prepare phase2 turns into section 12), with tau^k for k ≥ `have`
 * taken as zero, as the ceremony file does.
 */
async function lagrangeAtTau(Fr: Curve, tau: bigint, n: number, have: number): Promise<bigint[]> {
  const buf = new Uint8Array(n * FR_BYTES);
  const tauM = Fr.e(tau);
  let t = Fr.one;
  for (let i = 0; i < Math.min(n, have); i++) {
    buf.set(t, i * FR_BYTES);
    t = Fr.mul(t, tauM);
  }
  const std: Uint8Array = await Fr.batchFromMontgomery(await Fr.ifft(buf));
  buf.fill(0);
  const view = Buffer.from(std.buffer, std.byteOffset, std.byteLength);
  const out = Array.from({ length: n }, (_, i) => readLE(view, i * FR_BYTES));
  std.fill(0);
  return out;
}

async function multiplyAll(pool: FixedBaseMultiplier, group: GroupName, parts: Array<[string, bigint[]]>): Promise<Map<string, Uint8Array>> {
  const total = parts.reduce((n, [, v]) => n + v.length, 0);
  // A plain Uint8Array: the pool copies chunks with slice() before transferring them, which
  // on a Buffer would be a view of (and would detach) this very memory.
  const scalars = new Uint8Array(total * FR_BYTES);
  const view = Buffer.from(scalars.buffer);
  let i = 0;
  for (const [, values] of parts) for (const v of values) writeLE(view, FR_BYTES * i++, v);
  const points = await pool.mul(group, scalars);
  scalars.fill(0);
  const out = new Map<string, Uint8Array>();
  let at = 0;
  for (const [name, values] of parts) {
    out.set(name, points.subarray(at * AFFINE_BYTES[group], (at + values.length) * AFFINE_BYTES[group]));
    at += values.length;
  }
  return out;
}

/**
 * (tauG1[m+i] - tauG1[i]) for i in [from, from+n), uncompressed, from section 2 of the ceremony,
 * with the wasm subtraction and batch affine conversion zkey new uses (hashHPoints).
 */
async function powerDifferences(curve: Curve, ptauPath: string, from: number, n: number, m: number): Promise<Uint8Array> {
  const sG1 = AFFINE_BYTES.G1;
  const f = await readSections(ptauPath, 'ptau');
  let hi: Buffer;
  let lo: Buffer;
  try {
    const s2 = f.sections.find((x) => x.type === 2);
    if (!s2) throw new PtauError(`${ptauPath}: section 2 missing`);
    hi = await f.read(s2.offset + (from + m) * sG1, n * sG1);
    lo = await f.read(s2.offset + from * sG1, n * sG1);
  } finally {
    await f.close();
  }
  const sGmid = curve.G1.F.n8 * 3;
  const task: unknown[] = [
    { cmd: 'ALLOCSET', var: 0, buff: new Uint8Array(hi) },
    { cmd: 'ALLOCSET', var: 1, buff: new Uint8Array(lo) },
    { cmd: 'ALLOC', var: 2, len: n * sGmid },
  ];
  for (let i = 0; i < n; i++) {
    task.push({
      cmd: 'CALL',
      fnName: 'g1m_subAffine',
      params: [
        { var: 0, offset: i * sG1 },
        { var: 1, offset: i * sG1 },
        { var: 2, offset: i * sGmid },
      ],
    });
  }
  task.push({ cmd: 'CALL', fnName: 'g1m_batchToAffine', params: [{ var: 2 }, { val: n }, { var: 2 }] });
  task.push({ cmd: 'CALL', fnName: 'g1m_batchLEMtoU', params: [{ var: 2 }, { val: n }, { var: 2 }] });
  task.push({ cmd: 'GET', out: 0, var: 2, len: n * sG1 });
  const [out] = (await curve.tm.queueAction(task)) as [Uint8Array];
  return out;
}

/** The ceremony's first points: what zkey new copies into the header, and what the secrets must reproduce. */
async function readPtauAnchors(
  path: string,
  curve: Curve,
): Promise<{ power: number; tauG1: Uint8Array; alpha1: Uint8Array; beta1: Uint8Array; beta2: Uint8Array }> {
  const f = await readSections(path, 'ptau');
  try {
    const sec = (id: number) => {
      const s = f.sections.find((x) => x.type === id);
      if (!s) throw new PtauError(`${path}: section ${id} missing (not a powers-of-tau file prepared for phase 2)`);
      return s;
    };
    if (!f.sections.some((s) => s.type === 12)) throw new PtauError(`${path} is not prepared for phase 2`);
    const h = sec(1);
    const n8 = (await f.read(h.offset, 4)).readUInt32LE(0);
    const power = (await f.read(h.offset + 4 + n8, 4)).readUInt32LE(0);
    const sG1 = curve.G1.F.n8 * 2;
    const sG2 = curve.G2.F.n8 * 2;
    return {
      power,
      tauG1: new Uint8Array(await f.read(sec(2).offset + sG1, sG1)),
      alpha1: new Uint8Array(await f.read(sec(4).offset, sG1)),
      beta1: new Uint8Array(await f.read(sec(5).offset, sG1)),
      beta2: new Uint8Array(await f.read(sec(6).offset, sG2)),
    };
  } finally {
    await f.close();
  }
}

/** The iden3 binary container: magic, version, section count, then (type, u64 size, body) per section. */
class SectionWriter {
  private readonly parts: Uint8Array[] = [];
  private n = 0;
  section(type: number, body: Uint8Array[]): void {
    const head = Buffer.alloc(12);
    head.writeUInt32LE(type, 0);
    head.writeBigUInt64LE(BigInt(body.reduce((s, b) => s + b.byteLength, 0)), 4);
    this.parts.push(head, ...body);
    this.n++;
  }
  async writeTo(path: string): Promise<void> {
    const head = Buffer.alloc(12);
    head.write('zkey', 0, 'latin1');
    head.writeUInt32LE(1, 4);
    head.writeUInt32LE(this.n, 8);
    const fh = await open(path, 'w');
    let ok = false;
    try {
      await fh.writev([head, ...this.parts]);
      ok = true;
    } finally {
      await fh.close();
      if (!ok) await rm(path, { force: true });
    }
  }
}

function scalar(dec: string, r: bigint, what: string): bigint {
  const v = BigInt(dec);
  if (v <= 0n || v >= r) throw new PtauError(`development secret ${what} is not a non-zero element of the scalar field`);
  return v;
}

const mod = (a: bigint, r: bigint) => ((a % r) + r) % r;

function readLE(buf: Buffer, at: number): bigint {
  return buf.readBigUInt64LE(at) | (buf.readBigUInt64LE(at + 8) << 64n) | (buf.readBigUInt64LE(at + 16) << 128n) | (buf.readBigUInt64LE(at + 24) << 192n);
}

function writeLE(buf: Buffer, at: number, v: bigint): void {
  const M = (1n << 64n) - 1n;
  buf.writeBigUInt64LE(v & M, at);
  buf.writeBigUInt64LE((v >> 64n) & M, at + 8);
  buf.writeBigUInt64LE((v >> 128n) & M, at + 16);
  buf.writeBigUInt64LE((v >> 192n) & M, at + 24);
}

function bigLE(v: bigint, n: number): Uint8Array {
  const b = Buffer.alloc(n);
  writeLE(b, 0, v);
  return b;
}

const u32le = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v, 0);
  return b;
};
const u32be = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(v, 0);
  return b;
};

function affineBytes(curve: Curve, group: GroupName, point: unknown): Uint8Array {
  return lem(curve, group, point);
}

function lem(curve: Curve, group: GroupName, point: unknown): Uint8Array {
  const out = new Uint8Array(AFFINE_BYTES[group]);
  curve[group].toRprLEM(out, 0, point);
  return out;
}

function uncompressed(curve: Curve, group: GroupName, point: unknown): Uint8Array {
  const out = new Uint8Array(AFFINE_BYTES[group]);
  curve[group].toRprUncompressed(out, 0, point);
  return out;
}

function eq(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

function hexBytes(h: string): Uint8Array {
  if (!/^([0-9a-fA-F]{2})+$/.test(h)) throw new Error(`beacon hash must be an even-length hex string, got ${JSON.stringify(h)}`);
  return new Uint8Array(Buffer.from(h, 'hex'));
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
