/**
 * `npm run bench`: constraints, proving time and memory, verification time, proving-key sizes and
 * gas of wattproof's bill circuits, against a naive baseline built in the same run. Writes
 * bench/results.json and bench/results.md. Not a test: nothing in `npm test` reads its timings.
 *
 *   npm run bench                      all three circuits + baseline, 1 warm-up + 5 runs each
 *   npm run bench -- --quick           1 warm-up + 2 runs (figures are then indicative only)
 *   npm run bench -- --runs 9          more runs
 *   npm run bench -- --only bill_1d_30m[,bill_31d_60m]   a subset (the baseline needs bill_31d_60m)
 *   npm run bench -- --no-baseline --no-gas --no-browser  skip parts
 *   npm run bench -- --only NAME --merge   measure NAME only and merge its figures into results.json
 *   npm run bench -- --ptau FILE       a real ceremony file for the builds (else the dev cache)
 *   npm run bench -- --render          only re-render results.md from results.json
 *   npm run bench -- --cli-only        only the CLI start figures (cliStartMs), merged into results.json
 *   npm run bench -- --ceremony-only [--only NAME]   only the trusted-setup ceremony figures, merged into results.json
 *   npm run bench -- --setup-only [--setup-baseline] [--only NAME]   only the development setup figures
 *                                      (fresh ptau + fast phase 2; with the snarkjs phase 2 as baseline), merged
 *   npm run bench -- --import-only     only the meter import throughput (CSV, Green Button, NEM12), merged into results.json
 *   npm run bench -- --market-only [--only NAME] [--quick]   only the market bills (issue 13: proving in Node and
 *                                      Chromium, settle gas, a month daily vs monthly), merged into results.json
 * @packageDocumentation
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildBillInput, expectedPublicSignals } from '../prover/src/bill-input.js';
import { readR1csHeader } from '../circuits/build/binfile.js';
import { readInstances } from '../circuits/build/instances.js';
import { createBuildLog } from '../circuits/build/log.js';
import { runBuild } from '../circuits/build/pipeline.js';
import { terminateCurves } from '../circuits/build/snark.js';
import { readManifest } from '../prover/src/artifacts/manifest.js';
import { buildBaselineInput } from './baseline-input.js';
import { buildBaseline, type BaselineArtifacts } from './baseline-build.js';
import { browserFigures } from './browser.js';
import { cliStartFigures, type CliStartFigures } from './cli-start.js';
import { ceremonyFigures } from './ceremony.js';
import {
  BENCH_DOMAIN,
  BENCH_METER_KEY,
  benchPeriod,
  benchTariff,
  benchYearlyTariff,
  benchYearToDate,
  benchZonePeriod,
  benchZoneTariff,
  benchZoneYearlyTariff,
  benchZoneYearToDate,
} from './fixtures.js';
import type { DisclosedGas } from './disclosed-gas.js';
import { disclosureFigures } from './disclosure.js';
import { gasFigures } from './gas.js';
import { importFigures } from './import.js';
import { machineInfo } from './machine.js';
import { runProveChild, summarize, type ProvingFigures } from './measure.js';
import { renderMarkdown } from './report.js';
import { setupFigures } from './setup.js';
import type { BenchResults, CircuitFigures, DisclosureFigures } from './results.js';
import { evaluateTargets, type TargetId } from './targets.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOURLY = 'bill_31d_60m';
// the yearly-block instances (issue 11 item 3) beside their plain ones: the cost of the year-to-date commitment
// and the daylight-saving instances (issue 11 item 2) on a month of the London clock with its 25-hour day
const MAIN_CIRCUITS = [
  'bill_1d_30m',
  'bill_1d_30m_yearly',
  'bill_31d_60m',
  'bill_31d_60m_yearly',
  'bill_31d_60m_zone',
  'bill_31d_30m',
  'bill_31d_30m_zone',
  'bill_31d_30m_demand',
  'bill_31d_15m',
  // both flags on (issue 11): hourly, half-hourly and 15-minute months on the London clock with yearly blocks
  'bill_31d_60m_zone_yearly',
  'bill_31d_30m_zone_yearly',
  'bill_31d_15m_zone',
  'bill_31d_15m_zone_yearly',
];
const USAGE =
  'usage: npm run bench -- load [--meters N] [--retailers N] [--fault-every MS] [--seed N]\n       npm run bench -- collect [--proofs N]\n       npm run bench -- [--quick] [--runs N] [--only name[,name]] [--no-baseline] [--no-gas] [--no-browser] [--no-cli] [--cli-only] [--no-ceremony] [--ceremony-only] [--setup-only] [--setup-baseline] [--import-only] [--market-only] [--no-market] [--disclosure-only] [--no-disclosure] [--merge] [--ptau FILE] [--render]';

const log = createBuildLog('bench');
const say = (m: string) => log.info(m);

interface Options {
  quick: boolean;
  /** With --only: write only these circuits' figures into the existing results.json (the rest is kept). */
  merge: boolean;
  runs: number;
  warmup: number;
  verifyRuns: number;
  only: string[];
  baseline: boolean;
  gas: boolean;
  browser: boolean;
  /** Only re-render results.md from results.json. */
  render: boolean;
  cli: boolean;
  /** Only the CLI start figures, merged into an existing results.json. */
  cliOnly: boolean;
  /** Measure the trusted-setup ceremony (init, contributions, beacon, verify) per instance. */
  ceremony: boolean;
  /** Only the ceremony figures, merged into an existing results.json. */
  ceremonyOnly: boolean;
  /** Only the development setup figures (fresh ptau + phase 2), merged into an existing results.json. */
  setupOnly: boolean;
  /** With --setup-only: also time snarkjs's zkey new + contribute on the same ceremony. */
  setupBaseline: boolean;
  /** Only the meter import throughput, merged into an existing results.json. */
  importOnly: boolean;
  /** Only the market bills (bench/market.ts), merged into an existing results.json. */
  marketOnly: boolean;
  /** Measure the market bills in a full run. */
  market: boolean;
  /** Only the disclosure figures (issue 14), merged into an existing results.json. */
  disclosureOnly: boolean;
  /** Measure the disclosure (proving pairs, settleDisclosed gas) in a full run. */
  disclosure: boolean;
  ptau?: string;
}

function options(): Options | undefined {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      only: { type: 'string', multiple: true },
      'no-baseline': { type: 'boolean', default: false },
      'no-gas': { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      render: { type: 'boolean', default: false },
      'no-cli': { type: 'boolean', default: false },
      'cli-only': { type: 'boolean', default: false },
      'no-ceremony': { type: 'boolean', default: false },
      'ceremony-only': { type: 'boolean', default: false },
      'setup-only': { type: 'boolean', default: false },
      'setup-baseline': { type: 'boolean', default: false },
      'import-only': { type: 'boolean', default: false },
      'market-only': { type: 'boolean', default: false },
      'no-market': { type: 'boolean', default: false },
      'disclosure-only': { type: 'boolean', default: false },
      'no-disclosure': { type: 'boolean', default: false },
      merge: { type: 'boolean', default: false },
      ptau: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return undefined;
  const runs = values.runs !== undefined ? Number(values.runs) : values.quick ? 2 : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  const named = values.only
    ?.flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  // with --market-only, --only names market instances (bench/market.ts checks them)
  if (values['market-only'] === true) return marketOnlyOptions(values.quick === true, named);
  const only = named ?? MAIN_CIRCUITS;
  const unknown = only.filter((n) => !MAIN_CIRCUITS.includes(n));
  if (unknown.length > 0) throw new Error(`--only: unknown circuit ${unknown.join(', ')}; known: ${MAIN_CIRCUITS.join(', ')}`);
  const ptau = values.ptau ?? process.env.WATTPROOF_PTAU?.trim();
  if (values.merge === true && named === undefined) throw new Error('--merge needs --only: it replaces the figures of the circuits named there');
  return {
    quick: values.quick,
    merge: values.merge === true,
    runs,
    warmup: 1,
    verifyRuns: values.quick ? 3 : 10,
    only,
    baseline: !values['no-baseline'],
    gas: !values['no-gas'],
    browser: !values['no-browser'],
    cli: !values['no-cli'],
    cliOnly: values['cli-only'] === true,
    ceremony: !values['no-ceremony'],
    ceremonyOnly: values['ceremony-only'] === true,
    setupOnly: values['setup-only'] === true,
    setupBaseline: values['setup-baseline'] === true,
    importOnly: values['import-only'] === true,
    marketOnly: false,
    market: !values['no-market'],
    disclosureOnly: values['disclosure-only'] === true,
    disclosure: !values['no-disclosure'],
    render: values.render,
    ...(ptau ? { ptau: resolve(ptau) } : {}),
  };
}

/**
 * The disclosure pairs (bench/disclosure.ts): the 31-day hourly month proven without and with the
 * regulator's disclosure (layout v1, and the hourly layout v2), alternating; the one-day disclosed
 * instances are built too, for `settleDisclosed`'s gas (bench/disclosed-gas.ts, through the gas report).
 */
async function disclosureStep(o: Options): Promise<DisclosureFigures> {
  const names = ['bill_31d_60m', 'bill_31d_60m_disclose', 'bill_31d_60m_disclose_hourly', 'bill_1d_30m_disclose', 'bill_1d_30m_disclose_hourly'];
  const report = await runBuild({ root: ROOT, only: names, ...(o.ptau ? { ptauPath: o.ptau } : {}), skipContracts: !o.gas, log: log.child('build') });
  const failed = report.circuits.filter((c) => c.status === 'failed').map((c) => c.name);
  if (failed.length > 0) return { status: `not measured: ${failed.join(', ')} did not build` };
  const loadAverageAtStart = round(loadavg()[0]!, 2);
  const pairs = await disclosureFigures({ runs: o.quick ? 2 : 3, warmup: 0, pairs: ['31d', '31dh'] }, (l) => say(`  ${l}`));
  return {
    status: 'measured',
    command: 'npm run bench -- --disclosure-only',
    measuredAt: new Date().toISOString(),
    loadAverageAtStart,
    loadAverageAtEnd: round(loadavg()[0]!, 2),
    pairs,
  };
}

/** The values of issue 14's two targets: the proving increase on the 31-day hourly bill, `settleDisclosed` gas. */
function disclosureTargetValues(d: DisclosureFigures | undefined, gas: Record<string, DisclosedGas> | undefined) {
  return {
    discloseProving31d: d !== undefined && 'pairs' in d ? (d.pairs['31d']?.cpuIncreasePercent ?? null) : null,
    settleDisclosedGas: gas?.bill_1d_30m_disclose?.later ?? null,
  };
}

/** results.targets with issue 14's two re-evaluated from the merged figures (the others kept). */
function mergeDisclosureTargets(r: BenchResults): BenchResults['targets'] {
  const fresh = evaluateTargets(disclosureTargetValues(r.disclosure, r.gas && 'disclosed' in r.gas ? r.gas.disclosed : undefined));
  const ids = new Set(['discloseProving31d', 'settleDisclosedGas']);
  return [...r.targets.filter((t) => !ids.has(t.id)), ...fresh.filter((t) => ids.has(t.id))];
}

/** The targets read off the circuits' own figures: the 31-day hourly, half-hourly and 15-minute months. */
function circuitTargetValues(cs: Record<string, CircuitFigures>): Partial<Record<TargetId, number>> {
  const total = (c: CircuitFigures | undefined) => (c && 'totalMs' in c.proving ? c.proving.totalMs.median : undefined);
  const out: Partial<Record<TargetId, number>> = {};
  const hourly = cs[HOURLY];
  if (hourly) {
    out.constraints31d60m = hourly.constraints;
    out.perInterval31d60m = hourly.constraintsPerInterval;
    out.constraints31d60mUnder2p15 = hourly.constraints;
  }
  const put = (id: TargetId, v: number | undefined) => {
    if (v !== undefined) out[id] = v;
  };
  put('prove31d60m', total(hourly));
  put('prove31d15m', total(cs.bill_31d_15m));
  put('prove31d30m', total(cs.bill_31d_30m));
  return out;
}

/**
 * `--merge --only A,B`: measuring a few circuits (a big instance built on demand takes minutes) must not
 * throw away the other figures of results.json (gas, browser, the other circuits): only A and B are
 * replaced, with a note saying when, by which command and at which load they were measured.
 */
async function mergeCircuitFigures(circuits: Record<string, CircuitFigures>, o: Options, loadAtStart: number, notes: string[]): Promise<number> {
  const file = join(ROOT, 'bench', 'results.json');
  const results = JSON.parse(await readFile(file, 'utf8')) as BenchResults;
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`;
  const date = new Date().toISOString();
  for (const [name, fig] of Object.entries(circuits)) {
    results.circuits[name] = fig;
    results.notes = results.notes.filter((n) => !n.startsWith(`${name}: measured `));
    results.notes.push(
      `${name}: measured ${date.slice(0, 16)}Z alone by \`${command}\` (${o.runs} runs), load average ${loadAtStart} at the start and ${round(loadavg()[0]!, 2)} at the end${notes.length > 0 ? `; ${notes.join('; ')}` : ''}.`,
    );
  }
  // the targets measured on a merged circuit follow its new figures (the others keep theirs)
  const merged = circuitTargetValues(results.circuits);
  const fresh = evaluateTargets(merged).filter((t) => merged[t.id as TargetId] !== undefined);
  results.targets = results.targets.map((t) => fresh.find((f) => f.id === t.id) ?? t);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(ROOT, 'bench', 'results.md'), renderMarkdown(results));
  say(`merged ${Object.keys(circuits).join(', ')} into bench/results.json and bench/results.md`);
  return 0;
}

/** Options of `--market-only`: only the market bench runs; `only` (market instances) is kept as given. */
function marketOnlyOptions(quick: boolean, only: string[] | undefined): Options {
  return {
    quick,
    merge: false,
    runs: quick ? 2 : 3,
    warmup: 1,
    verifyRuns: 0,
    only: only ?? [],
    baseline: false,
    gas: true,
    browser: true,
    cli: false,
    cliOnly: false,
    ceremony: false,
    ceremonyOnly: false,
    setupOnly: false,
    setupBaseline: false,
    importOnly: false,
    marketOnly: true,
    market: true,
    disclosureOnly: false,
    disclosure: false,
    render: false,
  };
}

const describe = (p: Record<string, number>) =>
  `${p.maxDays === 1 ? '1 day' : `${p.maxDays} days`} × ${p.intervalsPerDay} intervals (${(24 * 60) / p.intervalsPerDay!}-minute)${p.yearly === 1 ? ', yearly blocks' : ''}${(p as { zone?: number }).zone === 1 ? ', daylight-saving clock' : ''}`;

async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size;
}

/** Prove `label` in a child process and check its public signals against `expected`. */
async function measureProving(
  label: string,
  files: { wasm: string; zkey: string; vkey: string },
  input: Record<string, unknown>,
  expected: readonly string[] | undefined,
  o: Options,
  workDir: string,
): Promise<{ figures: ProvingFigures; checked: boolean }> {
  const inputPath = join(workDir, `${label}.input.json`);
  await writeFile(inputPath, JSON.stringify(input));
  say(`proving ${label}: ${o.warmup} warm-up + ${o.runs} measured run(s) in a child process …`);
  const load = loadavg()[0]!;
  const r = await runProveChild(ROOT, workDir, { label, ...files, input: inputPath, warmup: o.warmup, runs: o.runs, verifyRuns: o.verifyRuns });
  const figures = summarize(r, load);
  const signalsOk = expected === undefined || (r.publicSignals.length === expected.length && r.publicSignals.every((s, i) => s === expected[i]));
  if (!signalsOk) log.warn(`${label}: the proof's public signals differ from the TypeScript engine's`);
  if (!r.verified) log.warn(`${label}: the proof does not verify`);
  say(
    `${label}: median witness ${figures.witnessMs.median} ms + proof ${figures.proofMs.median} ms = ${figures.totalMs.median} ms; ` +
      `verify ${figures.verifyMs.median} ms; peak RSS ${figures.peakRssMiB} MiB`,
  );
  return { figures, checked: signalsOk && r.verified };
}

function cliLine(f: CliStartFigures): string {
  return f.status === 'measured'
    ? `CLI start: --help ${f.helpMs?.median} ms, bill compute ${f.billComputeMs?.median} ms, meter sign ${f.meterSignMs?.median ?? '—'} ms (node -e 0: ${f.nodeBareMs?.median} ms)`
    : `CLI start: ${f.status}`;
}

async function main(): Promise<number> {
  let o: Options | undefined;
  try {
    o = options();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!o) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (o.render) {
    const results = JSON.parse(await readFile(join(ROOT, 'bench', 'results.json'), 'utf8')) as BenchResults;
    await writeFile(join(ROOT, 'bench', 'results.md'), renderMarkdown(results));
    say('re-rendered bench/results.md from bench/results.json');
    return 0;
  }
  const started = Date.now();
  const cliRuns = { warmup: 2, runs: o.quick ? 5 : 15 };
  if (o.cliOnly) {
    const cliStartMs = await cliStartFigures(ROOT, join(ROOT, 'build', 'bench', 'run'), cliRuns, say);
    const file = join(ROOT, 'bench', 'results.json');
    const results = JSON.parse(await readFile(file, 'utf8')) as BenchResults;
    results.cliStartMs = cliStartMs;
    results.targets = [
      ...results.targets.filter((t) => t.id !== 'cliHelp'),
      ...evaluateTargets({ cliHelp: cliStartMs.helpMs?.median ?? null }).filter((t) => t.id === 'cliHelp'),
    ];
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(join(ROOT, 'bench', 'results.md'), renderMarkdown(results));
    say(cliLine(cliStartMs));
    return 0;
  }
  if (o.setupOnly) {
    const file = join(ROOT, 'bench', 'results.json');
    const results = JSON.parse(await readFile(file, 'utf8')) as BenchResults;
    const command = `npm run bench -- --setup-only${o.setupBaseline ? ' --setup-baseline' : ''} --only ${o.only.join(',')}`;
    const fig = await setupFigures(ROOT, o.only, { baseline: o.setupBaseline, command }, log);
    results.setup = {
      ...fig,
      instances: { ...(results.setup?.instances ?? {}), ...fig.instances },
      ...(results.setup?.firstRun === undefined ? {} : { firstRun: results.setup.firstRun }),
      machine: await machineInfo(),
    };
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(join(ROOT, 'bench', 'results.md'), renderMarkdown(results));
    return 0;
  }
  if (o.importOnly) {
    const file = join(ROOT, 'bench', 'results.json');
    const results = JSON.parse(await readFile(file, 'utf8')) as BenchResults;
    results.importThroughput = await importFigures(o.quick ? 3 : 7, say);
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(join(ROOT, 'bench', 'results.md'), renderMarkdown(results));
    say('merged the import throughput into bench/results.json');
    return 0;
  }
  if (o.disclosureOnly) {
    const file = join(ROOT, 'bench', 'results.json');
    const results = JSON.parse(await readFile(file, 'utf8')) as BenchResults;
    results.disclosure = await disclosureStep(o);
    // the gas report rewrites bench/gas.json: measure the plain one-day bill beside the disclosed ones, as before
    const gas = await gasFigures(ROOT, ['bill_1d_30m'], say);
    if (gas.disclosed) results.gas = { ...results.gas, disclosed: gas.disclosed };
    results.targets = mergeDisclosureTargets(results);
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(join(ROOT, 'bench', 'results.md'), renderMarkdown(results));
    say('merged the disclosure figures into bench/results.json');
    return 0;
  }
  if (o.marketOnly) {
    const { marketFigures, mergeMarketFigures } = await import('./market.js');
    const command = `npm run bench -- --market-only${o.quick ? ' --quick' : ''}${o.only.length > 0 ? ` --only ${o.only.join(',')}` : ''}`;
    const fig = await marketFigures(
      { runs: o.runs, browserRuns: o.quick ? 1 : 2, browser: true, gas: true, ...(o.only.length > 0 ? { only: o.only } : {}), command },
      say,
    );
    await mergeMarketFigures(fig);
    say('merged the market figures into bench/results.json');
    return 0;
  }
  if (o.ceremonyOnly) {
    const file = join(ROOT, 'bench', 'results.json');
    const results = JSON.parse(await readFile(file, 'utf8')) as BenchResults;
    const fig = await ceremonyFigures(ROOT, join(ROOT, 'build'), o.only, o.ptau === undefined ? {} : { ptau: o.ptau }, say);
    const machine = await machineInfo();
    fig.notes.push(
      `Measured ${new Date().toISOString().slice(0, 10)} alone (--ceremony-only) with load average ${machine.loadAverageAtStart} on ${machine.availableCores} cores at the start: other work competed, times scale with it.`,
    );
    results.ceremony = { ...fig, instances: { ...(results.ceremony?.instances ?? {}), ...fig.instances }, date: new Date().toISOString(), machine };
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(join(ROOT, 'bench', 'results.md'), renderMarkdown(results));
    say('merged the ceremony figures into bench/results.json');
    return 0;
  }
  const machine = await machineInfo();
  say(`machine: ${machine.cpuModel}, ${machine.availableCores} cores, node ${machine.nodeVersion}, load ${machine.loadAverageAtStart}`);
  if (machine.loadAverageAtStart > machine.availableCores * 0.5) {
    log.warn(`load average ${machine.loadAverageAtStart} on ${machine.availableCores} cores: other work competes, absolute times will be high`);
  }
  const workDir = join(ROOT, 'build', 'bench', 'run');
  await mkdir(workDir, { recursive: true });
  const notes: string[] = [];
  if (o.quick) notes.push(`--quick: ${o.runs} measured runs per circuit (the issue asks for at least 5); medians are indicative only.`);

  // 1. Our circuits, through the build pipeline (cached; creates the dev ceremony on a fresh machine).
  const buildStarted = Date.now();
  const instances = (await readInstances(ROOT)).filter((i) => o.only.includes(i.name));
  const wantBaseline = o.baseline && o.only.includes(HOURLY);
  say(`step 1/5: build ${instances.map((i) => i.name).join(', ')} (npm run build pipeline; cached artifacts are reused)`);
  const report = await runBuild({
    root: ROOT,
    only: instances.map((i) => i.name),
    ...(o.ptau ? { ptauPath: o.ptau } : {}),
    skipContracts: !o.gas,
    log: log.child('build'),
  });
  const built = new Set(report.circuits.filter((c) => c.status !== 'failed').map((c) => c.name));
  for (const c of report.circuits) if (c.status === 'failed') notes.push(`${c.name} did not build: ${c.error?.split('\n')[0]}`);
  if (report.contracts === 'failed') notes.push(`hardhat compile failed: ${report.contractsError?.split('\n')[0]}`);

  // 2. The naive baseline, compiled and set up in this run (cached when unchanged).
  let baseline: BaselineArtifacts | undefined;
  let baselineStatus = o.baseline ? '' : 'not measured: --no-baseline';
  if (o.baseline && !wantBaseline) baselineStatus = `not measured: the baseline is compared with ${HOURLY}, which --only left out`;
  if (wantBaseline) {
    say('step 2/5: naive baseline NaiveBill(24, 31) (circuits/baseline/naive_bill.circom)');
    try {
      baseline = await buildBaseline(ROOT, log.child('baseline'), o.ptau);
    } catch (e) {
      baselineStatus = `not measured: baseline build failed: ${(e as Error).message.split('\n')[0]}`;
      log.error(baselineStatus);
    }
  }
  const buildSeconds = (Date.now() - buildStarted) / 1000;

  // 3. Sizes and proving, per circuit.
  say('step 3/5: constraints, proving keys, proving time and memory');
  const manifest = await readManifest(join(ROOT, 'build'));
  const circuits: Record<string, CircuitFigures> = {};
  for (const inst of instances) {
    const entry = manifest?.circuits[inst.name];
    if (!built.has(inst.name) || !entry) continue;
    const dir = join(ROOT, 'build');
    const p = inst.params as { intervalsPerDay: 24 | 48 | 96; maxDays: number };
    const header = await readR1csHeader(join(dir, entry.files.r1cs.path));
    const intervals = p.intervalsPerDay * p.maxDays;
    const files = { wasm: join(dir, entry.files.wasm.path), zkey: join(dir, entry.files.zkey.path), vkey: join(dir, entry.files.vkey.path) };
    const fig: CircuitFigures = {
      name: inst.name,
      description: describe(inst.params),
      params: inst.params,
      intervals,
      constraints: header.nConstraints,
      wires: header.nWires,
      constraintsPerInterval: round(header.nConstraints / intervals, 2),
      publicSignals: header.nPubInputs + header.nPubOutputs,
      ptauPower: entry.ptau.power,
      zkeyBytes: await fileSize(files.zkey),
      wasmBytes: await fileSize(files.wasm),
      proving: { status: 'not measured' },
    };
    say(`${inst.name}: ${fig.constraints} constraints, ${fig.wires} wires, ${fig.constraintsPerInterval}/interval, zkey ${mib(fig.zkeyBytes)} MiB`);
    // a yearly instance bills only a yearly-block tariff, carrying a year to date (its three extra signals)
    const yearly = (inst.params as { yearly?: number }).yearly === 1;
    // a zone instance bills a tariff on a daylight-saving clock: the London month with its 25-hour day
    const zone = (inst.params as { zone?: number }).zone === 1;
    const tariff =
      zone && yearly
        ? benchZoneYearlyTariff(p.intervalsPerDay)
        : zone
          ? benchZoneTariff(p.intervalsPerDay)
          : yearly
            ? benchYearlyTariff(p.intervalsPerDay)
            : benchTariff(p.intervalsPerDay);
    const period = zone ? await benchZonePeriod(p.intervalsPerDay) : await benchPeriod(p.intervalsPerDay, p.maxDays);
    const opts = {
      intervalsPerDay: p.intervalsPerDay,
      maxDays: p.maxDays,
      domain: BENCH_DOMAIN,
      ...(yearly ? { yearly: true, yearToDate: zone ? benchZoneYearToDate() : benchYearToDate() } : {}),
      ...(zone ? { zone: true } : {}),
    };
    const input = await buildBillInput(tariff, period, opts);
    const expected = await expectedPublicSignals(tariff, period, opts);
    try {
      const m = await measureProving(inst.name, files, input, expected, o, workDir);
      fig.proving = m.figures;
      fig.checked = m.checked;
    } catch (e) {
      fig.proving = { status: `not measured: ${(e as Error).message}` };
      log.error(fig.proving.status);
    }
    circuits[inst.name] = fig;
  }

  if (o.merge) return mergeCircuitFigures(circuits, o, machine.loadAverageAtStart, notes);

  let baselineFig: CircuitFigures | { status: string } = { status: baselineStatus };
  if (baseline) {
    const intervals = 24 * 31;
    const fig: CircuitFigures = {
      name: 'naive_bill',
      description:
        'naive baseline NaiveBill(24, 31): 32-bit range check per reading, readings hashed unpacked, one price selection and multiplication per interval',
      params: { intervalsPerDay: 24, maxDays: 31 },
      intervals,
      constraints: baseline.header.nConstraints,
      wires: baseline.header.nWires,
      constraintsPerInterval: round(baseline.header.nConstraints / intervals, 2),
      publicSignals: baseline.header.nPubInputs + baseline.header.nPubOutputs,
      ptauPower: baseline.ptauPower,
      zkeyBytes: await fileSize(baseline.zkey),
      wasmBytes: await fileSize(baseline.wasm),
      proving: { status: 'not measured' },
    };
    const tariff = benchTariff(24);
    const period = await benchPeriod(24, 31);
    const input = await buildBaselineInput(tariff, period, BENCH_METER_KEY, { intervalsPerDay: 24, maxDays: 31, domain: BENCH_DOMAIN });
    // Same bill, so the same public signals as the product circuit's.
    const expected = await expectedPublicSignals(tariff, period, { intervalsPerDay: 24, maxDays: 31, domain: BENCH_DOMAIN });
    try {
      const m = await measureProving('naive_bill', { wasm: baseline.wasm, zkey: baseline.zkey, vkey: baseline.vkey }, input, expected, o, workDir);
      fig.proving = m.figures;
      fig.checked = m.checked;
    } catch (e) {
      fig.proving = { status: `not measured: ${(e as Error).message}` };
      log.error(fig.proving.status);
    }
    baselineFig = fig;
  }

  // 4. Gas.
  say('step 4/5: gas');
  const gas = o.gas
    ? await gasFigures(ROOT, Object.keys(circuits), say).catch((e: Error) => ({
        status: `not measured: ${e.message.split('\n')[0]}`,
        settleGas: null,
        calls: {},
      }))
    : { status: 'not measured: --no-gas', settleGas: null, calls: {} };
  say(gas.settleGas !== null ? `settle: ${gas.settleGas} gas (${gas.settleCircuit} verifier)` : `gas: ${gas.status}`);

  say('disclosure: the 31-day hourly month proven with and without it (issue 14)');
  const disclosure = o.disclosure && !o.merge ? await disclosureStep(o) : { status: 'not measured: --no-disclosure' };

  // 5. Browser.
  say('CLI start (compiled wattproof --help, bill compute; node -e 0 as the yardstick)');
  const cliStartMs: CliStartFigures = o.cli ? await cliStartFigures(ROOT, workDir, cliRuns, say) : { status: 'not measured: --no-cli' };
  say(cliLine(cliStartMs));

  say('ceremony: init, contributions, beacon, verify per instance');
  const ceremony = o.ceremony
    ? await ceremonyFigures(ROOT, join(ROOT, 'build'), Object.keys(circuits), o.ptau === undefined ? {} : { ptau: o.ptau }, say).catch((e: Error) => ({
        status: `not measured: ${e.message.split('\n')[0]}`,
        participants: 0,
        instances: {},
        notes: [],
      }))
    : { status: 'not measured: --no-ceremony', participants: 0, instances: {}, notes: [] };

  say('step 5/5: browser proving');
  const hourlyExpected = circuits[HOURLY]
    ? await expectedPublicSignals(benchTariff(24), await benchPeriod(24, 31), { intervalsPerDay: 24, maxDays: 31, domain: BENCH_DOMAIN })
    : undefined;
  const browser = o.browser
    ? await browserFigures(
        ROOT,
        { warmup: o.warmup, runs: o.quick ? 2 : 3, ...(hourlyExpected ? { expected: hourlyExpected } : {}), built: circuits[HOURLY] !== undefined },
        say,
      )
    : { status: 'not measured: --no-browser' };
  say(
    browser.status === 'measured'
      ? `browser (${browser.browser}): median witness ${browser.witnessMs?.median} ms + proof ${browser.proofMs?.median} ms, wall ${browser.wallMs?.median} ms`
      : `browser: ${browser.status}`,
  );

  // Ratios and targets.
  const hourly = circuits[HOURLY];
  const quarter = circuits.bill_31d_15m;
  const half = circuits.bill_31d_30m;
  const proving = (c: CircuitFigures | { status: string } | undefined) => (c && 'proving' in c && 'totalMs' in c.proving ? c.proving : undefined);
  const base = 'constraints' in baselineFig ? baselineFig : undefined;
  const baselineRatio = hourly && base ? round(hourly.constraints / base.constraints, 4) : null;
  const hp = proving(hourly);
  const bp = proving(base);
  const results: BenchResults = {
    format: 'wattproof.bench.v1',
    date: new Date(started).toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    quick: o.quick,
    warmupRuns: o.warmup,
    measuredRuns: o.runs,
    durationSeconds: round((Date.now() - started) / 1000, 1),
    buildSeconds: round(buildSeconds, 1),
    machine: { ...machine, loadAverageAtEnd: round(loadavg()[0]!, 2) },
    constraintsPerInterval: hourly?.constraintsPerInterval ?? null,
    baselineRatio,
    baselineProvingTimeRatio: hp && bp ? round(hp.totalMs.median / bp.totalMs.median, 4) : null,
    baselineProofOnlyRatio: hp && bp ? round(hp.proofMs.median / bp.proofMs.median, 4) : null,
    baselineCpuTimeRatio: hp && bp ? round(hp.cpuMs.median / bp.cpuMs.median, 4) : null,
    settleGas: gas.settleGas,
    circuits,
    baseline: baselineFig,
    gas,
    browser,
    cliStartMs,
    ceremony,
    disclosure,
    targets: evaluateTargets({
      cliHelp: cliStartMs.helpMs?.median ?? null,
      constraints31d60m: hourly?.constraints ?? null,
      perInterval31d60m: hourly?.constraintsPerInterval ?? null,
      baselineRatio,
      prove31d60m: hp?.totalMs.median ?? null,
      prove31d15m: proving(quarter)?.totalMs.median ?? null,
      constraints31d60mUnder2p15: hourly?.constraints ?? null,
      prove31d30m: proving(half)?.totalMs.median ?? null,
      settleGas: gas.settleGas,
      ...disclosureTargetValues(disclosure, 'disclosed' in gas ? gas.disclosed : undefined),
    }),
    notes: [
      ...notes,
      'Proving keys come from the INSECURE development ceremony and phase 2; sizes and times equal those of a real ceremony (same powers, same circuit).',
      "Each circuit is proved in its own child process (snarkjs, worker threads on every core); peak RSS is that process's, including loading the artifacts.",
    ],
  };
  // the mutation score comes from `npm run mutants`, not from here: keep it
  const previous = await readFile(join(ROOT, 'bench', 'results.json'), 'utf8').then(
    (t) => JSON.parse(t) as Partial<BenchResults>,
    () => undefined,
  );
  if (previous?.mutants) results.mutants = previous.mutants;
  // so are the development setup figures (`--setup-only`)
  if (previous?.setup) results.setup = previous.setup;
  // ... and the import throughput from `--import-only`
  if (previous?.importThroughput) results.importThroughput = previous.importThroughput;
  // market bills: measured in this run unless --no-market (then the previous figures are kept)
  if (previous?.market) results.market = previous.market;
  await writeFile(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (o.market) {
    const { marketFigures, mergeMarketFigures } = await import('./market.js');
    await mergeMarketFigures(
      await marketFigures({ runs: o.quick ? 2 : 3, browserRuns: o.quick ? 1 : 2, browser: o.browser, gas: o.gas, command: 'npm run bench' }, say),
    );
  }
  await writeFile(join(ROOT, 'bench', 'results.md'), renderMarkdown(JSON.parse(await readFile(join(ROOT, 'bench', 'results.json'), 'utf8')) as BenchResults));
  say(`wrote ${relative(process.cwd(), join(ROOT, 'bench', 'results.json'))} and bench/results.md in ${results.durationSeconds}s`);
  for (const t of results.targets) {
    say(
      `  target ${t.id}: ${t.value === null ? 'not measured' : `${t.value} ${t.comparison} ${t.limit}: ${t.met ? 'met' : 'MISSED'} (distance ${round(t.distance!, 4)})`}`,
    );
  }
  return 0;
}

function round(x: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function mib(bytes: number): number {
  return round(bytes / 2 ** 20, 1);
}

try {
  // `npm run bench -- load ...`: the load run, a separate entry with its own options.
  process.exitCode =
    process.argv[2] === 'load'
      ? await (await import('./load-run.js')).loadBench(ROOT, process.argv.slice(3))
      : process.argv[2] === 'collect'
        ? await (await import('./collect-run.js')).collectBench(ROOT, process.argv.slice(3))
        : await main();
} catch (e) {
  log.error((e as Error).message);
  process.exitCode = 1;
} finally {
  // The baseline's setup runs snarkjs in this process; its worker threads would keep it alive.
  await terminateCurves();
}
