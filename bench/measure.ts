/**
 * Run one proving measurement in a child process ({@link ./prove-child.ts}) and summarize it.
 * @packageDocumentation
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProveJob, ProveResult, RunTiming } from './prove-child.js';

/** Median, spread and every sample of one quantity, milliseconds. */
export interface Stat {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** {@link Stat} of a sample list, rounded to 0.1 ms. */
export function stat(xs: readonly number[]): Stat {
  return { median: round1(median(xs)), min: round1(Math.min(...xs)), max: round1(Math.max(...xs)), samples: xs.map(round1) };
}

/** The summary of one circuit's proving measurement. */
export interface ProvingFigures {
  runs: number;
  witnessMs: Stat;
  proofMs: Stat;
  /** Witness plus proof, per run. */
  totalMs: Stat;
  /** CPU time of witness plus proof (all threads), per run. */
  cpuMs: Stat;
  /** The first proof in a fresh process (warm-up), witness plus proof: what a wallet's first proof costs. */
  firstProofMs: number | null;
  verifyMs: Stat;
  /** Peak resident memory of the proving process, MiB. */
  peakRssMiB: number;
  /** Peak resident memory before the first proof (node, snarkjs, artifacts in memory), MiB. */
  rssBeforeProvingMiB: number;
  /** 1-minute load average just before this measurement (other work on the machine). */
  loadAverageBefore: number;
}

/** Spawn the child, forward its progress, return its result. */
export async function runProveChild(root: string, workDir: string, job: ProveJob): Promise<ProveResult> {
  const jobPath = join(workDir, `${job.label}.job.json`);
  await writeFile(jobPath, JSON.stringify(job));
  const args = ['--import', 'tsx', join(root, 'bench', 'prove-child.ts'), jobPath];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (code !== 0 || !line) {
        reject(new Error(`proving ${job.label} failed (exit ${code}): ${err.trim().split('\n').slice(-5).join(' | ')}`));
        return;
      }
      resolve(JSON.parse(line.slice('BENCH_RESULT '.length)) as ProveResult);
    });
  });
}

/** Reduce a child's result to medians. */
export function summarize(r: ProveResult, loadAverageBefore: number): ProvingFigures {
  const total = (t: RunTiming) => t.witnessMs + t.proveMs;
  const first = r.warmup[0];
  return {
    runs: r.runs.length,
    witnessMs: stat(r.runs.map((t) => t.witnessMs)),
    proofMs: stat(r.runs.map((t) => t.proveMs)),
    totalMs: stat(r.runs.map(total)),
    cpuMs: stat(r.runs.map((t) => t.cpuMs)),
    firstProofMs: first ? round1(total(first)) : null,
    verifyMs: stat(r.verifyMs),
    peakRssMiB: round1(r.maxRssKiB / 1024),
    rssBeforeProvingMiB: round1(r.rssBeforeProvingKiB / 1024),
    loadAverageBefore: Math.round(loadAverageBefore * 100) / 100,
  };
}
