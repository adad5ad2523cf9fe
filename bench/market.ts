/**
 * Market bench (docs/market-spec.md, issue 13): for every market circuit instance whose Groth16 setup
 * is built, its constraints, its proving time in Node and in headless Chromium, and the gas of
 * `MarketSettlement.settle` with a real proof; then what a month of daily settlements costs against one
 * monthly settlement (gas and proving time), and where a settle's gas goes.
 *
 *   npx tsx bench/market.ts [--runs 3] [--browser-runs 2] [--no-browser] [--no-gas | --gas-only] [--only NAME[,NAME]] [--write]
 *   npm run bench -- --market-only      the same, merged into bench/results.json (`market`) and results.md
 *
 * Inputs are the test fixtures' (a CET zone's day-ahead prices with negative hours; a household's
 * import under a spot-indexed tariff, a solar farm's export under a CfD). Node: witness + proof wall
 * time in this process (snarkjs, worker threads on every core), median of `runs` after a warm-up.
 * Chromium: `/usr/bin/chromium` (playwright-core) runs snarkjs's browser bundle on a page served from
 * loopback (`groth16.fullProve` with the wasm and zkey URLs, snarkjs's own Web Workers), median of
 * `browser-runs` after a warm-up. Gas: a fresh Hardhat chain per instance, two consecutive periods
 * settled: the first of a (meter key, terms) pair folds and keeps their base point, the second is what
 * every later settlement of the agreement costs. The load average is recorded beside every timing: the
 * machine may be shared, and times grow with it.
 * @packageDocumentation
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as snarkjs from 'snarkjs';
import { readR1csHeader } from '../circuits/build/binfile.js';
import { exists } from '../circuits/build/fs-util.js';
import { scriptArgs } from '../circuits/build/script-args.js';
import { readMarketInstances } from '../circuits/build/generate-main.js';
import { shutdownProver } from '../prover/src/groth16.js';
import { DAY0, marketCase, type MarketShape, publicPriceCase } from '../test/market/cases.js';
import { benchTerms, measureMarketGas, measureSpotPublicGas } from './market-gas.js';
import { type MarketFigures, type MarketInstanceFigures, marketMarkdown, monthAndTargets, type Timing } from './market-report.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';

const load = () => Math.round(loadavg()[0]! * 100) / 100;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const timing = (xs: number[], loadAverageBefore: number): Timing => ({
  medianMs: Math.round(median(xs)),
  minMs: Math.round(Math.min(...xs)),
  maxMs: Math.round(Math.max(...xs)),
  runs: xs.length,
  loadAverageBefore,
});

function shapeOf(inst: { name: string; params: { intervalsPerDay: number; maxDays: number; series: number } }): MarketShape {
  return {
    name: inst.name,
    intervalsPerDay: inst.params.intervalsPerDay as 24 | 48 | 96,
    maxDays: inst.params.maxDays,
    series: inst.params.series === 0 ? 'import' : 'export',
  };
}

/** The bench's witness input for `shape`: its full length, from DAY0 (a public-price circuit's own layout, spec §11). */
async function benchInput(shape: MarketShape, publicPrices: boolean) {
  const terms = benchTerms(shape.intervalsPerDay, shape.series);
  return publicPrices
    ? publicPriceCase(shape, terms, { firstDay: DAY0, days: shape.maxDays })
    : marketCase(shape, terms, { firstDay: DAY0, days: shape.maxDays });
}

async function nodeTiming(wasm: string, zkey: string, input: unknown, runs: number, log: (m: string) => void) {
  const samples: number[] = [];
  const cpu: number[] = [];
  let first = 0;
  let loadBefore = 0;
  let signals: string[] = [];
  for (let r = 0; r <= runs; r++) {
    if (r === 1) loadBefore = load();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = await snarkjs.groth16.fullProve(input as never, wasm, zkey);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    signals = out.publicSignals as string[];
    if (r === 0) first = ms;
    else {
      samples.push(ms);
      cpu.push((c.user + c.system) / 1000);
    }
    log(`  node ${r === 0 ? 'warm-up' : `run ${r}/${runs}`}: ${ms.toFixed(0)} ms (load ${load()})`);
  }
  return { timing: { ...timing(samples, loadBefore), cpuMs: Math.round(median(cpu)), firstProofMs: Math.round(first) }, signals };
}

/** Serves snarkjs's browser bundle, a blank page and one circuit's wasm and zkey on loopback. */
async function serve(wasm: string, zkey: string): Promise<{ server: Server; url: string }> {
  const bundle = join(ROOT, 'node_modules', 'snarkjs', 'build', 'snarkjs.min.js');
  const files: Record<string, [string, string]> = {
    '/snarkjs.min.js': [bundle, 'text/javascript'],
    '/c.wasm': [wasm, 'application/wasm'],
    '/c.zkey': [zkey, 'application/octet-stream'],
  };
  const server = createServer((req, res) => {
    const f = files[req.url ?? ''];
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>market bench</title><script src="/snarkjs.min.js"></script>');
      return;
    }
    if (f === undefined) {
      res.writeHead(404).end();
      return;
    }
    readFile(f[0]).then(
      (b) => res.writeHead(200, { 'content-type': f[1] }).end(b),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('no loopback port');
  return { server, url: `http://127.0.0.1:${addr.port}/` };
}

async function chromiumTiming(
  wasm: string,
  zkey: string,
  input: unknown,
  runs: number,
  nodeSignals: string[],
  log: (m: string) => void,
): Promise<MarketInstanceFigures['chromium']> {
  if (!(await exists(CHROMIUM))) return { status: `not measured: ${CHROMIUM} is not installed` };
  const { chromium } = await import('playwright-core');
  const { server, url } = await serve(wasm, zkey);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction('typeof snarkjs !== "undefined"');
    const samples: number[] = [];
    let first = 0;
    let loadBefore = 0;
    let match = true;
    for (let r = 0; r <= runs; r++) {
      if (r === 1) loadBefore = load();
      const out = (await page.evaluate(`(async () => {
        const t0 = performance.now();
        const { publicSignals } = await snarkjs.groth16.fullProve(${JSON.stringify(input)}, '/c.wasm', '/c.zkey');
        return { ms: performance.now() - t0, publicSignals };
      })()`)) as { ms: number; publicSignals: string[] };
      match &&= out.publicSignals.length === nodeSignals.length && out.publicSignals.every((s, i) => s === nodeSignals[i]);
      if (r === 0) first = out.ms;
      else samples.push(out.ms);
      log(`  chromium ${r === 0 ? 'warm-up' : `run ${r}/${runs}`}: ${out.ms.toFixed(0)} ms (load ${load()})`);
    }
    if (errors.length > 0) log(`  chromium page errors: ${errors.join(' | ')}`);
    return { ...timing(samples, loadBefore), browser: `Chromium ${browser.version()}`, firstProofMs: Math.round(first), signalsMatchNode: match };
  } catch (e) {
    return { status: `not measured: ${(e as Error).message.split('\n')[0]}` };
  } finally {
    await browser.close().catch(() => undefined);
    server.close();
  }
}

/** Measures every built market instance (or `only`). */
export async function marketFigures(
  opts: { runs: number; browserRuns: number; browser: boolean; gas: boolean; prove?: boolean; only?: string[]; command: string },
  log: (m: string) => void,
): Promise<MarketFigures> {
  const buildDir = process.env.WATTPROOF_BUILD_DIR ?? join(ROOT, 'build');
  const loadAverageAtStart = load();
  const instances: Record<string, MarketInstanceFigures> = {};
  let breakdown: MarketFigures['breakdown'];
  for (const inst of await readMarketInstances(ROOT)) {
    if (opts.only !== undefined && !opts.only.includes(inst.name)) continue;
    const shape = shapeOf(inst);
    const built = join(buildDir, 'circuits', inst.name);
    const witnessOnly = join(buildDir, 'witness', inst.name);
    const dir = (await exists(join(built, `${inst.name}.r1cs`))) ? built : witnessOnly;
    const f: MarketInstanceFigures = {
      name: inst.name,
      intervalsPerDay: shape.intervalsPerDay,
      maxDays: shape.maxDays,
      series: shape.series,
      constraints: (await exists(join(dir, `${inst.name}.r1cs`))) ? (await readR1csHeader(join(dir, `${inst.name}.r1cs`))).nConstraints : Number.NaN,
    };
    instances[inst.name] = f;
    const zkey = join(built, `${inst.name}.zkey`);
    if (!(await exists(zkey))) {
      f.status = `no Groth16 setup: npx tsx scripts/build.ts --only ${inst.name}`;
      log(`${inst.name}: ${f.status}`);
      continue;
    }
    f.zkeyBytes = (await stat(zkey)).size;
    const wasm = join(built, `${inst.name}_js`, `${inst.name}.wasm`);
    const publicPrices = (inst.params as { publicPrices?: number }).publicPrices === 1;
    const mc = await benchInput(shape, publicPrices);
    if (opts.prove !== false) {
      log(`${inst.name}: ${f.constraints} constraints; proving in Node`);
      const node = await nodeTiming(wasm, zkey, mc.input, opts.runs, log);
      f.node = node.timing;
      if (node.signals.join() !== mc.publicSignals.map(String).join()) throw new Error(`${inst.name}: the proof's signals are not the engine's`);
      if (opts.browser) {
        log(`${inst.name}: proving in Chromium`);
        f.chromium = await chromiumTiming(wasm, zkey, mc.input, opts.browserRuns, node.signals, log);
      }
    }
    if (opts.gas) {
      log(`${inst.name}: settling two periods on Hardhat`);
      // keepBase first, as MarketParty.accept sends it: the first settlement reads the kept point
      const g = publicPrices ? await measureSpotPublicGas(shape, 2, { keepBase: true }) : await measureMarketGas(shape, 2, { keepBase: true });
      f.settleGas = { first: g.settleGas[0]!, later: g.settleGas[1]!, keepBase: g.keepBaseGas! };
      const publishGas = (g as { publishGas?: number }).publishGas;
      if (publishGas !== undefined) f.publishGas = publishGas;
      log(`  keepBase ${f.settleGas.keepBase} gas; settle gas: first ${f.settleGas.first}, later ${f.settleGas.later}`);
      if (inst.name === 'mkt_spot_1d_60m') breakdown = { circuit: inst.name, gasUsed: g.breakdown.gasUsed, shares: g.breakdown.shares };
    }
  }
  const loadAverageAtEnd = load();
  return {
    date: new Date().toISOString(),
    command: opts.command,
    machine: { cores: cpus().length, model: cpus()[0]?.model ?? '?' },
    loadAverageAtStart,
    loadAverageAtEnd,
    instances,
    ...(breakdown !== undefined ? { breakdown } : {}),
    ...monthAndTargets(instances),
    notes: [
      `Measured on a shared machine (${cpus().length} cores; load average ${loadAverageAtStart} at the start, ${loadAverageAtEnd} at the end, and beside each timing): other work competed for the cores, so absolute times are pessimistic; the CPU time and the ratios between instances are fairer.`,
      "Settle gas is receipt gasUsed on Hardhat (21k intrinsic and calldata included) and does not depend on the instance: seven public signals whatever the circuit size (six and the feed's price point for a public-price instance). The base point folded from a (meter key, terms) pair is kept in two storage slots: the bench sends keepBase before the first settlement (as MarketParty.accept does on acceptance; its gas is settleGas.keepBase), so every settlement, the first included, reads it. Without keepBase the first settlement folds and keeps it itself (~61k gas more: npx tsx bench/market-gas.ts --no-keep-base).",
      "Chromium runs snarkjs's browser bundle directly (not the wallet's prover); artifacts are fetched over loopback on every proof, so network time is nil.",
      "A public-price instance (docs/market-spec.md section 11, mkt_spotpub_*) settles through SpotSettlement with six signals and the feed's price point; its publishGas is one PriceFeed.publishPrices with its verifier registered (the Poseidon link plus I ecMul for the prefix sum). When measured, mkt_spotpub_31d_60m is the 31-day month of the targets.",
      'The month compares 31 daily proofs and settlements of mkt_spot_1d_60m (the first of the agreement included) with one proof of the month (mkt_spotpub_31d_60m when measured, else mkt_spot_31d_60m); the daily gas includes the one keepBase of the agreement; the monthly settlement in the first month reads the point keepBase kept (its gas is keepBaseGas) and costs `gasLater` in later months.',
    ],
  };
}

async function main(): Promise<void> {
  const values = scriptArgs(
    'usage: npx tsx bench/market.ts [--runs N] [--browser-runs N] [--no-browser] [--no-gas] [--gas-only] [--only NAME[,NAME]] [--write]',
    {
      runs: { type: 'string', default: '3' },
      'browser-runs': { type: 'string', default: '2' },
      'no-browser': { type: 'boolean', default: false },
      'no-gas': { type: 'boolean', default: false },
      'gas-only': { type: 'boolean', default: false },
      only: { type: 'string' },
      write: { type: 'boolean', default: false },
    },
  );
  const log = (m: string) => process.stderr.write(`[bench:market] ${m}\n`);
  const figures = await marketFigures(
    {
      runs: Number(values.runs),
      browserRuns: Number(values['browser-runs']),
      browser: !values['no-browser'],
      gas: !values['no-gas'],
      prove: !values['gas-only'],
      ...(values.only !== undefined ? { only: values.only.split(',') } : {}),
      command: `npx tsx bench/market.ts ${process.argv.slice(2).join(' ')}`.trim(),
    },
    log,
  );
  process.stdout.write(`${marketMarkdown(figures).join('\n')}\n`);
  if (values.write) await mergeMarketFigures(figures);
  await shutdownProver();
  await (globalThis as { curve_bn128?: { terminate(): Promise<void> } }).curve_bn128?.terminate();
  process.exit(0);
}

/** Merges `figures` into bench/results.json (`market`, instances measured before are kept) and re-renders results.md. */
export async function mergeMarketFigures(figures: MarketFigures): Promise<void> {
  const { renderMarkdown } = await import('./report.js');
  const file = join(ROOT, 'bench', 'results.json');
  const results = JSON.parse(await readFile(file, 'utf8')) as import('./results.js').BenchResults;
  const before = results.market;
  // per instance, field by field: a run with --no-gas or --no-browser keeps the figures measured before
  const instances = { ...(before?.instances ?? {}) };
  for (const [name, f] of Object.entries(figures.instances)) instances[name] = { ...instances[name], ...f };
  const breakdown = figures.breakdown ?? before?.breakdown;
  results.market = { ...figures, instances, ...(breakdown !== undefined ? { breakdown } : {}), ...monthAndTargets(instances) };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(ROOT, 'bench', 'results.md'), renderMarkdown(results));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
