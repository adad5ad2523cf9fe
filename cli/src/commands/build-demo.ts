/**
 * `wattproof build` and `wattproof demo`.
 * @packageDocumentation
 */
import { flag, str, type Command } from '../command.js';
import { ValidationError } from '../../../core/src/errors.js';
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

const demoMarket: Command = {
  path: ['demo', 'market'],
  summary: 'run the market demo: a solar farm, a wholesaler, a retailer and a prosumer (npm run demo -- market)',
  help: `usage: wattproof demo market [--days N] [--rpc URL] [--json]

The market scenario (docs/market-spec.md), on the one-day market circuits (built if missing):
a market operator publishes a zone's hourly day-ahead prices; a solar farm sells its export to
a wholesaler under a contract for difference and settles each day (the CfD pays either way); a
prosumer on a retailer's spot-indexed tariff settles its days; the wholesaler sells on to the
retailer under an indexed PPA at the retailer's supply point; the operator corrects a day and a
proof against the old prices is refused; the regulator's audit re-verifies every proof, checks
every price used against the feed's history and prints the trail generator -> wholesaler ->
retailer, with no volume anywhere on chain.

Options:
  --days N    days each party settles (default 3; each further day of the month is the same loop)
  --rpc URL   run on this node (its first 8 accounts must be unlocked, as a "npx hardhat node"'s
              are) instead of Hardhat's in-process chain`,
  options: { days: { type: 'string' }, rpc: { type: 'string' } },
  async run({ values, out }) {
    const { ensureBuilt } = await import('../demo/run.js');
    const daysText = str(values, 'days');
    if (daysText !== undefined && !/^\d{1,2}$/.test(daysText)) throw new ValidationError('--days', `'${daysText}' must be a number of days in 1..30`);
    out.line('wattproof market demo: a solar farm, a wholesaler, a retailer and a prosumer settle against published prices');
    out.line('');
    out.line('[0] build');
    await ensureBuilt(['bill_1d_30m', 'mkt_spot_1d_60m', 'mkt_cfd_1d_60m', 'mkt_spot_1d_60m_disclose'], out);
    // needs the compiled contracts' bindings, which exist only after the build
    const { playMarketDemo } = await import('../demo/market.js');
    const rpc = str(values, 'rpc');
    const summary = await playMarketDemo(out, { ...(daysText === undefined ? {} : { days: Number(daysText) }), ...(rpc === undefined ? {} : { rpc }) });
    out.result(summary);
    if (!summary.ok) throw new NegativeResult('the market demo did not complete as expected');
  },
};

const demoTariffs: Command = {
  path: ['demo', 'tariffs'],
  summary: 'run the tariffs demo: real tariff structures settled end to end (npm run demo -- tariffs)',
  help: `usage: wattproof demo tariffs [--days N] [--rpc URL] [--json]

Real tariff structures (issue 11, examples/tariffs/), one leg each, on their own deployments:
- Shanghai yearly blocks: a household on the Shanghai residential peak/valley tariff with yearly
  blocks (at 48 slots a day, block limits scaled 1:100 so that a few daily bills cross them)
  settles consecutive daily bills on bill_1d_30m_yearly (built if missing); the year-to-date
  import is carried on chain as a commitment each bill consumes and replaces (docs/bill-spec.md
  §9), the consumer keeping its opening privately; the bills cross the first block and the kWh
  above it cost more; a cheat reusing the commitment before last is refused (YearToDateMismatch).
- London Economy 7 across the clock change: a household on a two-rate tariff that follows the
  Europe/London wall clock (docs/bill-spec.md §5a) proves the 25-hour day of 25 October 2026
  (50 half-hours, the repeated hour at the night rate) on bill_1d_30m_zone and settles it.
Then the regulator's audit re-verifies every settlement and checks each meter's year-to-date chain.

Options:
  --days N    bills per leg (default 4, 3..10; the cheat needs two settled bills before it)
  --rpc URL   run on this node (its first 5 accounts must be unlocked, as a "npx hardhat node"'s
              are) instead of Hardhat's in-process chain`,
  options: { days: { type: 'string' }, rpc: { type: 'string' } },
  async run({ values, out }) {
    const { ensureBuilt } = await import('../demo/run.js');
    const daysText = str(values, 'days');
    if (daysText !== undefined && !/^\d{1,2}$/.test(daysText)) throw new ValidationError('--days', `'${daysText}' must be a number of days in 3..10`);
    out.line('wattproof tariffs demo: published tariff structures settled in zero knowledge');
    out.line('');
    out.line('[0] build');
    await ensureBuilt(['bill_1d_30m_yearly', 'bill_1d_30m_zone'], out);
    // needs the compiled contracts' bindings, which exist only after the build
    const { playTariffsDemo } = await import('../demo/tariffs.js');
    const rpc = str(values, 'rpc');
    const summary = await playTariffsDemo(out, { ...(daysText === undefined ? {} : { days: Number(daysText) }), ...(rpc === undefined ? {} : { rpc }) });
    out.result(summary);
    if (!summary.ok) throw new NegativeResult('the tariffs demo did not complete as expected');
  },
};

/** `build`, `demo`, `demo market` and `demo tariffs`. */
export const buildDemoCommands: Command[] = [build, demo, demoMarket, demoTariffs];
