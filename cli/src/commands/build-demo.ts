/**
 * `wattproof build` and `wattproof demo`.
 * @packageDocumentation
 */
import { flag, str, type Command } from '../command.js';
import { NegativeResult } from '../output.js';
import { repoRoot } from '../paths.js';

const build: Command = {
  path: ['build'],
  summary: 'build circuits, trusted-setup keys, Solidity verifiers and contracts (incremental)',
  help: `usage: wattproof build [--only NAME[,NAME]] [--tests-only] [--force] [--no-contracts] [--json]

Runs the build pipeline (the same as "npm run build"): compiles the circuits of
circuits/instances.json, makes their Groth16 keys, exports their Solidity verifiers, records
everything with sha256 hashes in build/manifest.json, and compiles the contracts. Only what
changed is redone. The trusted setup is a local development ceremony (insecure; cached in
~/.cache/wattproof) unless --ptau names a real powers-of-tau file.

Options:
  --only NAMES     just these circuits (e.g. bill_1d_30m)
  --tests-only     just what "npm test" needs
  --ptau FILE      a real powers-of-tau ceremony file
  --force          redo every stage
  --no-contracts   skip the Hardhat compile`,
  options: {
    only: { type: 'string', multiple: true },
    'tests-only': { type: 'boolean' },
    ptau: { type: 'string' },
    force: { type: 'boolean' },
    'no-contracts': { type: 'boolean' },
  },
  async run({ values, out }) {
    const { runBuild } = await import('../../../circuits/build/pipeline.js');
    const { createBuildLog } = await import('../../../circuits/build/log.js');
    const only = ((values.only as string[] | undefined) ?? [])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const ptau = str(values, 'ptau');
    const started = Date.now();
    const report = await runBuild({
      root: repoRoot(),
      ...(only.length > 0 ? { only } : {}),
      testsOnly: flag(values, 'tests-only'),
      force: flag(values, 'force'),
      skipContracts: flag(values, 'no-contracts'),
      ...(ptau === undefined ? {} : { ptauPath: ptau }),
      log: createBuildLog('build', out.json),
    });
    for (const c of report.circuits) out.line(`  ${c.name.padEnd(20)} ${c.status.padEnd(10)} ${c.seconds.toFixed(1)} s${c.error ? `  ${c.error}` : ''}`);
    out.line(`  ${'contracts'.padEnd(20)} ${report.contracts}`);
    out.line(`${report.ok ? 'build OK' : 'build FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    out.result(report);
    if (!report.ok) throw new NegativeResult('the build failed');
  },
};

const demo: Command = {
  path: ['demo'],
  summary: 'run the end-to-end demo on an in-process chain (same as npm run demo)',
  help: `usage: wattproof demo [--circuit bill_31d_60m|bill_1d_30m] [--json]

Builds what is missing, starts Hardhat's in-process chain, deploys wattproof, and plays every
role: the metering authority registers a meter; a retailer writes a time-of-use tariff with
tiers, standing charge, tax, rest days, a holiday and solar feed-in credit; the regulator
approves it; the meter signs three periods of household data with rooftop solar; the consumer
proves and settles three consecutive bills, one of which goes to arrears and is repaid; a replay
is rejected; the regulator's audit re-verifies every settlement.

The circuit is chosen automatically: bill_31d_60m (monthly bills of hourly data) when its
artifacts exist or can be built, else bill_1d_30m (daily bills of half-hourly data).
Set WATTPROOF_DEMO_CIRCUIT or --circuit to choose.

Options:
  --circuit NAME   bill_31d_60m (monthly) or bill_1d_30m (daily)`,
  options: { circuit: { type: 'string' } },
  async run({ values, out }) {
    const { runDemo } = await import('../demo/run.js');
    const circuit = str(values, 'circuit');
    const summary = await runDemo({ ...(circuit === undefined ? {} : { circuit }), out });
    out.result(summary);
    if (!summary.ok) throw new NegativeResult('the demo did not complete as expected');
  },
};

/** `build` and `demo`. */
export const buildDemoCommands: Command[] = [build, demo];
