/**
 * Child process of the bench: proves one circuit's bill `warmup + runs` times and reports the
 * timings and the process's peak resident memory. Run in its own process so that the peak RSS
 * (which counts ffjavascript's worker threads, they share the process) is this circuit's alone.
 *
 *   node --import tsx bench/prove-child.ts JOB.json
 *
 * JOB.json: {@link ProveJob}. Writes progress to stderr and one line `BENCH_RESULT <json>`
 * ({@link ProveResult}) to stdout.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import * as snarkjs from 'snarkjs';

/** What the parent asks the child to measure. */
export interface ProveJob {
  label: string;
  wasm: string;
  zkey: string;
  vkey: string;
  input: string;
  warmup: number;
  runs: number;
  /** Off-chain verifications to time (after the proofs). */
  verifyRuns: number;
}

/** One measured proof. */
export interface RunTiming {
  witnessMs: number;
  proveMs: number;
  /** CPU time (user + system, all threads) of witness and proof; far below wall x cores means other load. */
  cpuMs: number;
}

/** What the child reports. */
export interface ProveResult {
  label: string;
  /** Peak RSS (KiB) after loading node, snarkjs and the artifacts, before the first proof. */
  rssBeforeProvingKiB: number;
  /** Peak RSS (KiB) of the whole child: loading plus every proof. */
  maxRssKiB: number;
  /** The warm-up runs (first proof in a fresh process: includes curve and worker start-up). */
  warmup: RunTiming[];
  runs: RunTiming[];
  verifyMs: number[];
  verified: boolean;
  publicSignals: string[];
  proof: unknown;
}

async function main(): Promise<void> {
  const jobPath = process.argv[2];
  if (!jobPath) throw new Error('usage: prove-child.ts JOB.json');
  const job = JSON.parse(await readFile(jobPath, 'utf8')) as ProveJob;
  const log = (m: string) => process.stderr.write(`    [${job.label}] ${m}\n`);
  // Artifacts are held in memory, as a wallet holds a downloaded proving key: disk reads are not proving time.
  const [wasm, zkey, vkey, input] = await Promise.all([
    readFile(job.wasm),
    readFile(job.zkey),
    readFile(job.vkey, 'utf8').then((s) => JSON.parse(s) as unknown),
    readFile(job.input, 'utf8').then((s) => JSON.parse(s) as Record<string, unknown>),
  ]);
  const rssBeforeProvingKiB = process.resourceUsage().maxRSS;

  let last: { proof: unknown; publicSignals: string[] } | undefined;
  const once = async (): Promise<RunTiming> => {
    const wtns = { type: 'mem' };
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await snarkjs.wtns.calculate(input, new Uint8Array(wasm), wtns);
    const t1 = performance.now();
    last = (await snarkjs.groth16.prove(new Uint8Array(zkey), wtns)) as { proof: unknown; publicSignals: string[] };
    const t2 = performance.now();
    const c = process.cpuUsage(c0);
    return { witnessMs: t1 - t0, proveMs: t2 - t1, cpuMs: (c.user + c.system) / 1000 };
  };
  const fmt = (r: RunTiming) => `witness ${r.witnessMs.toFixed(0)} ms + proof ${r.proveMs.toFixed(0)} ms (cpu ${r.cpuMs.toFixed(0)} ms)`;

  const warmup: RunTiming[] = [];
  for (let i = 0; i < job.warmup; i++) {
    warmup.push(await once());
    log(`warm-up ${i + 1}/${job.warmup}: ${fmt(warmup.at(-1)!)}`);
  }
  const runs: RunTiming[] = [];
  for (let i = 0; i < job.runs; i++) {
    runs.push(await once());
    log(`run ${i + 1}/${job.runs}: ${fmt(runs.at(-1)!)}`);
  }
  const verifyMs: number[] = [];
  let verified = true;
  for (let i = 0; i < job.verifyRuns; i++) {
    const t0 = performance.now();
    const ok = (await snarkjs.groth16.verify(vkey, last!.publicSignals, last!.proof)) === true;
    verifyMs.push(performance.now() - t0);
    verified &&= ok;
  }
  const result: ProveResult = {
    label: job.label,
    rssBeforeProvingKiB,
    maxRssKiB: process.resourceUsage().maxRSS,
    warmup,
    runs,
    verifyMs,
    verified,
    publicSignals: last!.publicSignals,
    proof: last!.proof,
  };
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
  // ffjavascript keeps worker threads alive until its curve is terminated.
  const g = globalThis as { curve_bn128?: { terminate(): Promise<void> } | null };
  if (g.curve_bn128) await g.curve_bn128.terminate();
}

main().catch((e: unknown) => {
  process.stderr.write(`prove-child: ${(e as Error).message ?? String(e)}\n`);
  process.exit(1);
});
