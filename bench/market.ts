/**
 * Market bench (docs/market-spec.md): constraints of every market circuit instance, and the Node
 * proving time of each one whose Groth16 setup is built (`npm run build -- --only NAME`).
 *
 *   npx tsx bench/market.ts [--runs 3]      writes bench/market-results.json and prints a table
 *
 * Inputs are the test fixtures' (a CET day of hourly day-ahead prices with negative hours, a
 * household's import or a solar farm's export). Proving time is wall time of witness + proof,
 * the best of `runs` after one warm-up, on whatever load the machine has (the CPU time is
 * reported beside it: far below wall × cores means other work shared the machine).
 * @packageDocumentation
 */
import { access, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import * as snarkjs from 'snarkjs';
import { readR1csHeader } from '../circuits/build/binfile.js';
import { readMarketInstances } from '../circuits/build/generate-main.js';
import { marketTerms } from '../core/src/market/index.js';
import { DAY0, marketCase, type MarketShape } from '../test/market/cases.js';

const root = resolve(import.meta.dirname, '..');
const buildDir = process.env.WATTPROOF_BUILD_DIR ?? join(root, 'build');
const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

interface MarketBenchRow {
  name: string;
  intervalsPerDay: number;
  maxDays: number;
  days: number;
  constraints: number;
  /** Best witness + proof wall time (ms), undefined when the setup is not built. */
  proveMs?: number;
  cpuMs?: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  const rows: MarketBenchRow[] = [];
  for (const inst of await readMarketInstances(root)) {
    const { intervalsPerDay: I, maxDays, series } = inst.params;
    const dir = (await exists(join(buildDir, 'circuits', inst.name, `${inst.name}.r1cs`)))
      ? join(buildDir, 'circuits', inst.name)
      : join(buildDir, 'witness', inst.name);
    if (!(await exists(join(dir, `${inst.name}.r1cs`)))) {
      process.stderr.write(`${inst.name}: not built, skipped\n`);
      continue;
    }
    const row: MarketBenchRow = {
      name: inst.name,
      intervalsPerDay: I,
      maxDays,
      days: maxDays,
      constraints: (await readR1csHeader(join(dir, `${inst.name}.r1cs`))).nConstraints,
    };
    const zkey = join(dir, `${inst.name}.zkey`);
    if (await exists(zkey)) {
      const shape: MarketShape = { name: inst.name, intervalsPerDay: I as 24 | 48 | 96, maxDays, series: series === 0 ? 'import' : 'export' };
      const terms =
        series === 0
          ? marketTerms(I, {
              kind: 'spot',
              adders: [2500, 4100, 0, 0, 0, 0, 0, 0],
              bands: Array.from({ length: I }, (_, s) => (s * 24 >= 7 * I && s * 24 < 21 * I ? 1 : 0)),
              standingPerDay: 120_000n,
              taxBps: 1900,
            })
          : marketTerms(I, { kind: 'cfd', strike: 7000 });
      const mc = await marketCase(shape, terms, { firstDay: DAY0 - (maxDays > 1 ? 2 : 0), days: maxDays });
      const wasm = join(dir, `${inst.name}_js`, `${inst.name}.wasm`);
      let best = Number.POSITIVE_INFINITY;
      let bestCpu = 0;
      for (let r = 0; r <= runs; r++) {
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        await snarkjs.groth16.fullProve(mc.input, wasm, zkey);
        const ms = performance.now() - t0;
        const cpu = process.cpuUsage(cpu0);
        if (r > 0 && ms < best) [best, bestCpu] = [ms, (cpu.user + cpu.system) / 1000];
        process.stderr.write(`${inst.name}: ${r === 0 ? 'warm-up' : `run ${r}`} ${ms.toFixed(0)} ms\n`);
      }
      [row.proveMs, row.cpuMs] = [Math.round(best), Math.round(bestCpu)];
    }
    rows.push(row);
  }
  const out = { machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '?' }, measuredAt: new Date().toISOString(), runs, rows };
  await writeFile(join(root, 'bench', 'market-results.json'), `${JSON.stringify(out, null, 2)}\n`);
  for (const r of rows) {
    process.stdout.write(
      `${r.name.padEnd(18)} ${String(r.constraints).padStart(7)} constraints  ${r.proveMs === undefined ? '(no setup)' : `${r.proveMs} ms prove (cpu ${r.cpuMs} ms)`}\n`,
    );
  }
  await (globalThis as { curve_bn128?: { terminate(): Promise<void> } }).curve_bn128?.terminate();
  process.exit(0);
}

await main();
