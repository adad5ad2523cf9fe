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
import { median, runProveChild } from './measure.js';

const root = resolve(import.meta.dirname, '..');
const PAIRS = {
  '31d': { plain: 'bill_31d_60m', disclose: 'bill_31d_60m_disclose', intervalsPerDay: 24 as const, days: 31, layout: 1 as const },
  '1d': { plain: 'bill_1d_30m', disclose: 'bill_1d_30m_disclose', intervalsPerDay: 48 as const, days: 1, layout: 1 as const },
  '31dh': { plain: 'bill_31d_60m', disclose: 'bill_31d_60m_disclose_hourly', intervalsPerDay: 24 as const, days: 31, layout: 2 as const },
  '1dh': { plain: 'bill_1d_30m', disclose: 'bill_1d_30m_disclose_hourly', intervalsPerDay: 48 as const, days: 1, layout: 2 as const },
};

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const runs = Number(arg('--runs', '3'));
  const warmup = Number(arg('--warmup', '1'));
  const pairs = arg('--pairs', '31d,1d').split(',') as Array<keyof typeof PAIRS>;
  const manifest = JSON.parse(await readFile(join(root, 'build', 'manifest.json'), 'utf8')) as { circuits: Record<string, { constraints?: number }> };
  const work = join(root, 'build', 'bench-disclosure');
  await mkdir(work, { recursive: true });
  const regulator = generateDisclosureKey();
  const out: Record<string, unknown> = {};
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
        process.stderr.write(`${name}: ${(t.witnessMs + t.proveMs).toFixed(0)} ms wall, ${t.cpuMs.toFixed(0)} ms CPU (load ${load.toFixed(1)})\n`);
      }
    }
    const fig = (kind: 'plain' | 'disclose') => ({
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
    };
  }
  console.log(JSON.stringify(out, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
