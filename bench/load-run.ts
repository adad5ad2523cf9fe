// `npm run bench -- load [--meters N] [--retailers N] [--fault-every MS] [--seed N]`: the load run
// (bench/load.ts) on a Hardhat node with >= 20 injected faults; merges loadSettlementsPerSecond,
// loadFaultsRecovered and auditVerifiedPerSecond (and the run's details under `load`) into
// bench/results.json without touching its other figures.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scriptArgs } from '../circuits/build/script-args.js';
import { runLoad } from './load.js';

/** Runs the load bench; returns the process exit code. */
export async function loadBench(root: string, argv: string[]): Promise<number> {
  const values = scriptArgs(
    'usage: npm run bench -- load [--meters N] [--retailers N] [--fault-every MS] [--min-faults N] [--seed N]',
    {
      meters: { type: 'string', default: '1000' },
      retailers: { type: 'string', default: '3' },
      'fault-every': { type: 'string', default: '400' },
      'min-faults': { type: 'string', default: '20' },
      seed: { type: 'string', default: '7' },
    },
    argv,
  );
  const n = (name: string, v: string | undefined) => {
    const x = Number(v);
    if (!Number.isInteger(x) || x < 1) throw new Error(`--${name} must be a positive integer, got ${v}`);
    return x;
  };
  const meters = n('meters', values.meters);
  const minFaults = n('min-faults', values['min-faults']);
  const result = await runLoad({
    root,
    meters,
    retailers: n('retailers', values.retailers),
    faultEveryMs: n('fault-every', values['fault-every']),
    seed: n('seed', values.seed),
    log: (line) => console.log(`[load] ${line}`),
  });
  const file = join(root, 'bench', 'results.json');
  const results = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  results.loadSettlementsPerSecond = Number(result.loadSettlementsPerSecond.toFixed(2));
  results.loadFaultsRecovered = result.loadFaultsRecovered;
  results.auditVerifiedPerSecond = Number(result.audit.auditVerifiedPerSecond.toFixed(2));
  results.load = { ...result, measuredAt: new Date().toISOString() };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `[load] written to ${file}: ${JSON.stringify({ loadSettlementsPerSecond: results.loadSettlementsPerSecond, loadFaultsRecovered: result.loadFaultsRecovered, auditVerifiedPerSecond: results.auditVerifiedPerSecond })}`,
  );
  if (!result.reconciliation.ok) {
    console.error(`[load] RECONCILIATION FAILED: ${result.reconciliation.mismatches.join('; ')}`);
    return 1;
  }
  if (result.faultsInjected < minFaults) {
    console.error(`[load] only ${result.faultsInjected} faults injected (< ${minFaults}); lower --fault-every`);
    return 1;
  }
  return 0;
}
