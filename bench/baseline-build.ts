/**
 * Build the naive baseline circuit (circuits/baseline/naive_bill.circom) for the bench: compile
 * with circom2 into build/bench/naive_bill/, then a Groth16 setup with the cached development
 * powers of tau (foundation's setup modules). Both steps are skipped when their inputs are
 * unchanged, so a second bench run reuses them.
 * @packageDocumentation
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { readR1csHeader, type R1csHeader } from '../circuits/build/binfile.js';
import { CIRCOM_LIBS, includeClosure } from '../circuits/build/circom.js';
import { exists, sha256File, writeFileAtomic } from '../circuits/build/fs-util.js';
import type { BuildLog } from '../circuits/build/log.js';
import { groth16Setup } from '../circuits/build/phase2.js';
import { resolvePtau } from '../circuits/build/ptau.js';

const require = createRequire(import.meta.url);

/** Repo-relative main file of the baseline. */
export const BASELINE_MAIN = 'circuits/baseline/naive_bill.circom';
/** Its compile flags (plain: the baseline is measured, not shipped). */
export const BASELINE_FLAGS = ['--r1cs', '--wasm', '--O2'] as const;

/** Paths of the baseline's build outputs. */
export interface BaselineArtifacts {
  dir: string;
  r1cs: string;
  wasm: string;
  zkey: string;
  vkey: string;
  header: R1csHeader;
  ptauPower: number;
  /** Seconds spent compiling and in setup in this run (0 when cached). */
  compileSeconds: number;
  setupSeconds: number;
}

async function sourceHash(root: string): Promise<string> {
  const h = createHash('sha256');
  h.update(`flags=${BASELINE_FLAGS.join(' ')}\ncircom2=${(require('circom2/package.json') as { version: string }).version}\n`);
  for (const f of await includeClosure(root, BASELINE_MAIN)) {
    h.update(`${relative(root, f)}\n`);
    h.update(await readFile(f));
  }
  return h.digest('hex');
}

function circom(root: string, outDir: string): Promise<{ code: number; output: string }> {
  const cli = require.resolve('circom2/cli.js');
  const args = [cli, BASELINE_MAIN, ...BASELINE_FLAGS, ...CIRCOM_LIBS.flatMap((l) => ['-l', l]), '-o', outDir];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Smallest power of tau `zkey new` accepts: constraints + public inputs + 1 must fit. */
function requiredPower(h: R1csHeader): number {
  return Math.ceil(Math.log2(h.nConstraints + h.nPubInputs + h.nPubOutputs + 1));
}

/**
 * Compile (if the sources changed) and set up (if the r1cs or the ptau changed) the baseline.
 * @param ptauPath - a real ceremony file, else the cached development ceremony is used (and
 *   created if none is large enough, which takes long).
 */
export async function buildBaseline(root: string, log: BuildLog, ptauPath?: string, opts: { compileOnly?: boolean } = {}): Promise<BaselineArtifacts> {
  const dir = join(root, 'build', 'bench', 'naive_bill');
  const a = {
    dir,
    r1cs: join(dir, 'naive_bill.r1cs'),
    wasm: join(dir, 'naive_bill_js', 'naive_bill.wasm'),
    zkey: join(dir, 'naive_bill.zkey'),
    vkey: join(dir, 'vkey.json'),
  };
  const stampPath = join(dir, 'stamp.json');
  const stamp = JSON.parse(await readFile(stampPath, 'utf8').catch(() => '{}')) as { source?: string; setup?: string };

  let compileSeconds = 0;
  const src = await sourceHash(root);
  if (stamp.source !== src || !(await exists(a.r1cs)) || !(await exists(a.wasm))) {
    const t0 = Date.now();
    const done = log.step(`compiling ${BASELINE_MAIN} (circom2 ${BASELINE_FLAGS.join(' ')})`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const res = await circom(root, dir);
    if (res.code !== 0) throw new Error(`circom failed to compile ${BASELINE_MAIN} (exit ${res.code}):\n${res.output.slice(-4000)}`);
    done();
    compileSeconds = (Date.now() - t0) / 1000;
    delete stamp.setup;
    stamp.source = src;
    await writeFileAtomic(stampPath, JSON.stringify(stamp));
  } else {
    log.info('baseline compile up to date');
  }

  const header = await readR1csHeader(a.r1cs);
  log.info(`baseline: ${header.nConstraints} constraints, ${header.nWires} wires`);
  const power = requiredPower(header);
  if (opts.compileOnly) return { ...a, header, ptauPower: power, compileSeconds, setupSeconds: 0 };
  const ptau = await resolvePtau(power, ptauPath, log);
  const setupKey = `${await sha256File(a.r1cs)}:${ptau.blake2b}`;
  let setupSeconds = 0;
  if (stamp.setup !== setupKey || !(await exists(a.zkey)) || !(await exists(a.vkey))) {
    const t0 = Date.now();
    const done = log.step(`baseline groth16 setup (ptau 2^${ptau.power}, INSECURE development phase 2)`);
    await groth16Setup(a.r1cs, ptau, a.zkey, a.vkey, log);
    done();
    setupSeconds = (Date.now() - t0) / 1000;
    stamp.setup = setupKey;
    await writeFileAtomic(stampPath, JSON.stringify(stamp));
  } else {
    log.info('baseline setup up to date');
  }
  return { ...a, header, ptauPower: ptau.power, compileSeconds, setupSeconds };
}
