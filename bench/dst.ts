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
import { signPeriod } from '../core/src/meter/sign.js';
import { householdSeries } from '../core/src/meter/index.js';
import { createTariff, tariffToJSON } from '../core/src/tariff/index.js';
import { buildBillInput } from '../prover/src/bill-input.js';
import { BENCH_DOMAIN, BENCH_METER_KEY, benchPeriod, benchTariff } from './fixtures.js';

const root = join(import.meta.dirname, '..');
const art = (name: string) => ({
  wasm: join(root, 'build/circuits', name, `${name}_js`, `${name}.wasm`),
  zkey: join(root, 'build/circuits', name, `${name}.zkey`),
});

async function inputs(): Promise<Record<string, Record<string, string | string[]>>> {
  const plain = await buildBillInput(benchTariff(24), await benchPeriod(24, 31), { intervalsPerDay: 24, maxDays: 31, domain: BENCH_DOMAIN });
  // the bench tariff on the London clock: October 2026 = 31 local days, 745 hours
  const { tzOffsetSeconds: _tz, ...fields } = tariffToJSON(benchTariff(24));
  const london = createTariff({ ...fields, zone: 'Europe/London', zoneValidFrom: '2026-01-01', zoneValidUntil: '2027-01-01' } as never);
  const s = householdSeries({ days: 32, intervalsPerDay: 24, seed: 2025, solarKwp: 4, startDate: '2026-10-01' });
  const signed = await signPeriod(BENCH_METER_KEY, {
    meterId: 7_000_001n,
    periodStart: Date.parse('2026-09-30T23:00:00Z') / 1000,
    intervalSeconds: 3600,
    imports: s.imports.slice(0, 745),
    exports: s.exports.slice(0, 745),
  });
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
