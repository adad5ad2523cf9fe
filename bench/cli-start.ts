/**
 * How long the compiled `wattproof` binary takes before it has done its job, for `--help`, for
 * `bill compute` (an engine-only command) and for `meter sign` (key, Poseidon, EdDSA), against a bare `node -e 0` measured in the same run as
 * the yardstick. Each figure is the wall time of a whole process, as a user sees it.
 * @packageDocumentation
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeMeterPeriod } from '../core/src/meter/document.js';
import { householdSeries, localMidnightOf } from '../core/src/meter/synthetic.js';
import { stat, type Stat } from './measure.js';

/** What `cliStartFigures` measured (milliseconds of wall time, whole process). */
export interface CliStartFigures {
  status: 'measured' | string;
  /** `node -e 0`: the floor no Node CLI can go below on this machine. */
  nodeBareMs?: Stat;
  helpMs?: Stat;
  billComputeMs?: Stat;
  /**
   * `meter sign` of the month: a command that derives a BabyJubJub key, hashes with Poseidon and
   * signs (issue 15: it built five BN254 wasm curves through circomlibjs's buildEddsa before).
   */
  meterSignMs?: Stat;
  /** Median `--help` over median `node -e 0`. */
  helpOverNode?: number;
}

function timeOnce(args: string[], cwd: string): Promise<number> {
  return new Promise((res, rej) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', rej);
    child.on('close', (code) => {
      if (code !== 0) rej(new Error(`node ${args.join(' ')} exited with ${code}: ${err.trim()}`));
      else res(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  });
}

async function series(args: string[], cwd: string, warmup: number, runs: number): Promise<Stat> {
  for (let i = 0; i < warmup; i++) await timeOnce(args, cwd);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(await timeOnce(args, cwd));
  return stat(ms);
}

/**
 * Measures the compiled CLI (compiling it first with `npm run compile` when `dist/` is missing).
 * @param workDir - scratch directory for the tariff and period files
 */
export async function cliStartFigures(
  root: string,
  workDir: string,
  opts: { warmup: number; runs: number },
  say: (m: string) => void,
): Promise<CliStartFigures> {
  const bin = join(root, 'dist', 'cli', 'src', 'run.js');
  say('compiling the CLI (npm run compile)');
  const compiled = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'compile'], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  if (compiled.status !== 0 || !existsSync(bin))
    return { status: `not measured: npm run compile failed: ${(compiled.stderr || compiled.stdout).trim().split('\n')[0]}` };
  await mkdir(workDir, { recursive: true });
  const tariff = join(workDir, 'cli-tariff.json');
  const period = join(workDir, 'cli-period.json');
  await rm(tariff, { force: true });
  await timeOnce([bin, 'tariff', 'new', '--slots', '24', '--out', tariff], workDir);
  const date = '2026-01-01';
  const days = 31;
  const { imports, exports } = householdSeries({ days, intervalsPerDay: 24, seed: 3, solarKwp: 2, startDate: date });
  await writeFile(period, serializeMeterPeriod({ meterId: 1n, periodStart: localMidnightOf(date, 3600), intervalSeconds: 3600, imports, exports }));
  const nodeBareMs = await series(['-e', '0'], workDir, opts.warmup, opts.runs);
  const helpMs = await series([bin, '--help'], workDir, opts.warmup, opts.runs);
  const billComputeMs = await series([bin, 'bill', 'compute', '--tariff', tariff, '--period', period], workDir, opts.warmup, opts.runs);
  const key = join(workDir, 'cli-meter.key.json');
  await rm(key, { force: true });
  await timeOnce([bin, 'meter', 'keygen', '--meter-id', '1', '--out', key], workDir);
  const signed = join(workDir, 'cli-period.signed.json');
  const meterSignMs = await series([bin, 'meter', 'sign', '--key', key, '--period', period, '--out', signed], workDir, opts.warmup, opts.runs);
  return {
    status: 'measured',
    nodeBareMs,
    helpMs,
    billComputeMs,
    meterSignMs,
    helpOverNode: Math.round((helpMs.median / nodeBareMs.median) * 100) / 100,
  };
}
