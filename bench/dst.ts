/**
 * The cost of daylight-saving clocks (bill spec §5a): proves a full month on bill_31d_60m (a fixed
 * offset, January) and on bill_31d_60m_zone (the bench tariff on the Europe/London clock, October
 * 2026 with its 25-hour day: 745 hourly readings) in the same process, alternating, and prints the
 * proving times with the load average. Needs both instances fully built:
 *
 *   npm run build -- --only bill_31d_60m,bill_31d_60m_zone
 *   npx tsx bench/dst.ts [runs]
 * @packageDocumentation
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as snarkjs from 'snarkjs';
import { buildBillInput } from '../prover/src/bill-input.js';
import { BENCH_DOMAIN, benchPeriod, benchTariff, benchZonePeriod, benchZoneTariff } from './fixtures.js';

const root = join(import.meta.dirname, '..');
const art = (name: string) => ({
  wasm: join(root, 'build/circuits', name, `${name}_js`, `${name}.wasm`),
  zkey: join(root, 'build/circuits', name, `${name}.zkey`),
});

async function inputs(): Promise<Record<string, Record<string, string | string[]>>> {
  const plain = await buildBillInput(benchTariff(24), await benchPeriod(24, 31), { intervalsPerDay: 24, maxDays: 31, domain: BENCH_DOMAIN });
  // the bench tariff on the London clock: October 2026 = 31 local days, 745 hours
  const london = benchZoneTariff(24);
  const signed = await benchZonePeriod(24);
  const zone = await buildBillInput(london, signed, { intervalsPerDay: 24, maxDays: 31, domain: BENCH_DOMAIN, zone: true });
  return { bill_31d_60m: plain, bill_31d_60m_zone: zone };
}

const runs = Number(process.argv[2] ?? 2);
const ins = await inputs();
const times: Record<string, number[]> = { bill_31d_60m: [], bill_31d_60m_zone: [] };
const loads: number[] = [];
for (let r = 0; r < runs; r++) {
  for (const name of r % 2 === 0 ? ['bill_31d_60m', 'bill_31d_60m_zone'] : ['bill_31d_60m_zone', 'bill_31d_60m']) {
    const { wasm, zkey } = art(name);
    const t0 = performance.now();
    await snarkjs.groth16.fullProve(ins[name]!, wasm, zkey);
    times[name]!.push(performance.now() - t0);
    loads.push(loadavg()[0]!);
    process.stderr.write(`${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s (load ${loadavg()[0]!.toFixed(1)})\n`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
process.stdout.write(
  `${JSON.stringify({ runs, medianMs: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v))])), times, load1: loads.map((l) => Number(l.toFixed(1))) })}\n`,
);
process.exit(0);
