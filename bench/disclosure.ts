/**
 * What the regulator's disclosure costs in proving (issue 14's target: <= 25% more proving time on the
 * 31-day hourly bill): proves the same bench month with `bill_31d_60m` and `bill_31d_60m_disclose`
 * (and the one-day pair; `31dh` / `1dh`: the hourly layout, docs/disclosure-spec.md §8), alternating the
 * two circuits run by run so that both see the same machine load, each in a fresh child process
 * (bench/prove-child.ts).
 *
 *   npx tsx scripts/build.ts --only bill_31d_60m,bill_31d_60m_disclose,bill_1d_30m,bill_1d_30m_disclose
 *   npx tsx bench/disclosure.ts [--runs N] [--warmup N] [--pairs 31d,1d,31dh,1dh]
 *
 * Prints a JSON summary: per circuit, constraints, median proving wall and CPU time, and the load
 * average beside them (the load of other work inflates wall time; CPU time is steadier).
 * @packageDocumentation
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { deriveEphemeralSecret, disclosureNonce } from '../core/src/bill/disclosure.js';
import { generateDisclosureKey } from '../core/src/crypto/disclosure.js';
import { buildBillInput } from '../prover/src/bill-input.js';
import { BENCH_DOMAIN, benchPeriod, benchTariff } from './fixtures.js';
import { scriptArgs } from '../circuits/build/script-args.js';
import { median, runProveChild } from './measure.js';

const root = resolve(import.meta.dirname, '..');
const PAIRS = {
  '31d': { plain: 'bill_31d_60m', disclose: 'bill_31d_60m_disclose', intervalsPerDay: 24 as const, days: 31, layout: 1 as const },
  '1d': { plain: 'bill_1d_30m', disclose: 'bill_1d_30m_disclose', intervalsPerDay: 48 as const, days: 1, layout: 1 as const },
  '31dh': { plain: 'bill_31d_60m', disclose: 'bill_31d_60m_disclose_hourly', intervalsPerDay: 24 as const, days: 31, layout: 2 as const },
  '1dh': { plain: 'bill_1d_30m', disclose: 'bill_1d_30m_disclose_hourly', intervalsPerDay: 48 as const, days: 1, layout: 2 as const },
};

/** A pair's key: `31d`, `1d`, `31dh`, `1dh` (h: the hourly layout). */
export type DisclosurePair = keyof typeof PAIRS;

/** One circuit of a pair: medians over the runs, and each run's figures with the load beside it. */
export interface DisclosureSide {
  circuit: string;
  constraints: number | undefined;
  medianWallMs: number;
  medianCpuMs: number;
  wallMs: number[];
  cpuMs: number[];
  loadAverage1m: number[];
}

/** The same month proven without and with disclosure, alternating run by run. */
export interface DisclosurePairFigures {
  plain: DisclosureSide;
  disclose: DisclosureSide;
  /** e.g. "13.3%" */
  wallIncrease: string;
  cpuIncrease: string;
  /** the CPU increase in percent, one decimal (the figure issue 14's 25% target is checked on) */
  cpuIncreasePercent: number;
}

/** Which pairs are built (both circuits of the pair in build/manifest.json). */
export async function builtDisclosurePairs(): Promise<DisclosurePair[]> {
  const manifest = JSON.parse(await readFile(join(root, 'build', 'manifest.json'), 'utf8')) as { circuits: Record<string, unknown> };
  return (Object.keys(PAIRS) as DisclosurePair[]).filter((k) => manifest.circuits[PAIRS[k].plain] && manifest.circuits[PAIRS[k].disclose]);
}

/**
 * Proves each pair `runs` times per circuit (after `warmup` runs in each child), each proof in a fresh
 * child process, the two circuits alternating so that both see the same load.
 */
export async function disclosureFigures(
  opts: { runs: number; warmup: number; pairs: DisclosurePair[] },
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<Partial<Record<DisclosurePair, DisclosurePairFigures>>> {
  const { runs, warmup, pairs } = opts;
  const manifest = JSON.parse(await readFile(join(root, 'build', 'manifest.json'), 'utf8')) as { circuits: Record<string, { constraints?: number }> };
  const work = join(root, 'build', 'bench-disclosure');
  await mkdir(work, { recursive: true });
  const regulator = generateDisclosureKey();
  const out: Partial<Record<DisclosurePair, DisclosurePairFigures>> = {};
  for (const key of pairs) {
    const pair = PAIRS[key];
    const tariff = benchTariff(pair.intervalsPerDay);
    const signed = await benchPeriod(pair.intervalsPerDay, pair.days);
    const e = await deriveEphemeralSecret(7n, disclosureNonce(signed.meterId, signed.periodStart));
    const base = { intervalsPerDay: pair.intervalsPerDay, maxDays: pair.days, domain: BENCH_DOMAIN };
    const inputs = {
      plain: await buildBillInput(tariff, signed, base),
      disclose: await buildBillInput(tariff, signed, {
        ...base,
        disclose: true,
        disclosureLayout: pair.layout,
        disclosure: { regulatorKey: regulator.publicKey, ephemeralSecret: e },
      }),
    };
    const samples: Record<'plain' | 'disclose', { wall: number[]; cpu: number[]; load: number[] }> = {
      plain: { wall: [], cpu: [], load: [] },
      disclose: { wall: [], cpu: [], load: [] },
    };
    for (let r = 0; r < runs; r++) {
      for (const kind of r % 2 === 0 ? (['plain', 'disclose'] as const) : (['disclose', 'plain'] as const)) {
        const name = pair[kind];
        const dir = join(root, 'build', 'circuits', name);
        const inputPath = join(work, `${name}.input.json`);
        await writeFile(inputPath, JSON.stringify(inputs[kind]));
        const load = loadavg()[0]!;
        const res = await runProveChild(root, work, {
          label: name,
          wasm: join(dir, `${name}_js`, `${name}.wasm`),
          zkey: join(dir, `${name}.zkey`),
          vkey: join(dir, 'vkey.json'),
          input: inputPath,
          warmup,
          runs: 1,
          verifyRuns: 0,
        });
        const t = res.runs[0]!;
        samples[kind].wall.push(t.witnessMs + t.proveMs);
        samples[kind].cpu.push(t.cpuMs);
        samples[kind].load.push(load);
        log(`${name}: ${(t.witnessMs + t.proveMs).toFixed(0)} ms wall, ${t.cpuMs.toFixed(0)} ms CPU (load ${load.toFixed(1)})`);
      }
    }
    const fig = (kind: 'plain' | 'disclose'): DisclosureSide => ({
      circuit: pair[kind],
      constraints: manifest.circuits[pair[kind]]?.constraints,
      medianWallMs: Math.round(median(samples[kind].wall)),
      medianCpuMs: Math.round(median(samples[kind].cpu)),
      wallMs: samples[kind].wall.map(Math.round),
      cpuMs: samples[kind].cpu.map(Math.round),
      loadAverage1m: samples[kind].load.map((l) => Number(l.toFixed(1))),
    });
    const p = fig('plain');
    const d = fig('disclose');
    out[key] = {
      plain: p,
      disclose: d,
      wallIncrease: `${((d.medianWallMs / p.medianWallMs - 1) * 100).toFixed(1)}%`,
      cpuIncrease: `${((d.medianCpuMs / p.medianCpuMs - 1) * 100).toFixed(1)}%`,
      cpuIncreasePercent: Math.round((d.medianCpuMs / p.medianCpuMs - 1) * 1000) / 10,
    };
  }
  return out;
}

async function main(): Promise<void> {
  const values = scriptArgs('usage: npx tsx bench/disclosure.ts [--runs 3] [--warmup 1] [--pairs 31d,1d,31dh,1dh]', {
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    pairs: { type: 'string', default: '31d,1d' },
  });
  const pairs = values.pairs.split(',') as DisclosurePair[];
  const unknown = pairs.filter((k) => !(k in PAIRS));
  if (unknown.length > 0) throw new Error(`--pairs: unknown ${unknown.join(', ')} (known: ${Object.keys(PAIRS).join(', ')})`);
  const out = await disclosureFigures({ runs: Number(values.runs), warmup: Number(values.warmup), pairs });
  console.log(JSON.stringify(out, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((e: unknown) => {
    console.error((e as Error).message ?? e);
    process.exit(1);
  });
