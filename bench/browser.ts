/**
 * Proving the 31-day hourly bill in headless Chromium (Debian's `/usr/bin/chromium`, driven by
 * playwright-core), through the consumer wallet's own prover path: the wallet's Vite server
 * (no chain needed), the page's `proveInWorker` (wallet/src/prover.ts: artifacts fetched from
 * `/artifacts/` and sha256-checked once per page, proof in the prover's module Web Worker).
 * Measured only where the wallet (issue 7) exists.
 * @packageDocumentation
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exists } from '../circuits/build/fs-util.js';
import { serializeSignedPeriod } from '../core/src/meter/document.js';
import { serializeTariff } from '../core/src/tariff/document.js';
import { BENCH_DOMAIN, benchPeriod, benchTariff } from './fixtures.js';
import { stat as statOf, type Stat } from './measure.js';

const CHROMIUM = '/usr/bin/chromium';
const CIRCUIT = 'bill_31d_60m';

/** Browser figures (or why there are none). */
export interface BrowserFigures {
  status: string;
  circuit?: string;
  browser?: string;
  runs?: number;
  /** Fetching and sha256-checking wasm, zkey and vkey once per page (loopback, so no network time). */
  artifactsMs?: number;
  /** The first proof on the page (worker and curve start-up included). */
  firstProofMs?: number;
  witnessMs?: Stat;
  proofMs?: Stat;
  /** As the wallet sees it: validate + witness + proof + check, in the worker. */
  totalMs?: Stat;
  /** Wall time of one `proveInWorker` call in the page. */
  wallMs?: Stat;
  /** The page's proofs carried the TypeScript engine's public signals. */
  checked?: boolean;
}

interface PageRun {
  wallMs: number;
  publicSignals: string[];
  timings: { validateMs: number; witnessMs: number; provingMs: number; checkMs: number; totalMs: number };
}

/**
 * Prove {@link CIRCUIT}'s bill `warmup + runs` times in headless Chromium through the wallet's
 * prover; `not measured: …` when the wallet, Chromium or the circuit's build is missing.
 */
export async function browserFigures(
  root: string,
  opts: { warmup: number; runs: number; expected?: readonly string[]; built: boolean },
  log: (m: string) => void,
): Promise<BrowserFigures> {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (!pkg.scripts?.wallet || !(await exists(join(root, 'wallet', 'server', 'plugin.ts')))) return { status: 'not measured: no wallet yet' };
  if (!(await exists(CHROMIUM))) return { status: `not measured: ${CHROMIUM} is not installed (apt-get install chromium)` };
  if (!opts.built) return { status: `not measured: ${CIRCUIT} is not built in this run` };

  const [{ createServer }, { chromium }, { walletViteConfig }] = await Promise.all([
    import('vite'),
    import('playwright-core'),
    import('../wallet/server/plugin.js'),
  ]);
  const work = await mkdtemp(join(tmpdir(), 'wattproof-bench-browser-'));
  const server = await createServer(walletViteConfig({ port: 0, logLevel: 'error' }));
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
  try {
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the wallet server did not report its URL');
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const browser = `Chromium ${context.browser()?.version() ?? ''}`.trim();
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(url);
    await page.waitForLoadState('load');
    log(`browser: ${browser} on the wallet's page ${url}; proving ${CIRCUIT} ${opts.warmup} + ${opts.runs} times`);

    const tariffJson = serializeTariff(benchTariff(24));
    const periodJson = serializeSignedPeriod(await benchPeriod(24, 31));
    const fs = (p: string) => `/@fs${join(root, p)}`;
    // The page's own modules, as the wallet imports them (Vite serves the repo's sources). The
    // page code is a string: tsx's transform would wrap functions in helpers the page lacks.
    const mods = { prover: '/src/prover.ts', tariff: fs('core/src/tariff/document.ts'), period: fs('core/src/meter/document.ts') };
    const setup = (await page.evaluate(`(async () => {
      const [prover, tdoc, pdoc] = await Promise.all([import(${JSON.stringify(mods.prover)}), import(${JSON.stringify(mods.tariff)}), import(${JSON.stringify(mods.period)})]);
      globalThis.__bench = { prover, tariff: tdoc.parseTariffJson(${JSON.stringify(tariffJson)}), period: pdoc.parseSignedPeriodJson(${JSON.stringify(periodJson)}) };
      const t0 = performance.now();
      await prover.artifacts(${JSON.stringify(CIRCUIT)});
      return { artifactsMs: performance.now() - t0 };
    })()`)) as { artifactsMs: number };
    const proveOnce = `(async () => {
      const b = globalThis.__bench;
      const t0 = performance.now();
      const proof = await b.prover.proveInWorker({ tariff: b.tariff, signedPeriod: b.period, circuit: ${JSON.stringify(CIRCUIT)}, domain: ${BENCH_DOMAIN.toString()}n, onProgress: () => {} });
      return { wallMs: performance.now() - t0, publicSignals: proof.publicSignals, timings: proof.timings };
    })()`;
    const runs: PageRun[] = [];
    for (let i = 0; i < opts.warmup + opts.runs; i++) {
      const r = (await page.evaluate(proveOnce)) as PageRun;
      runs.push(r);
      const kind = i < opts.warmup ? `warm-up ${i + 1}/${opts.warmup}` : `run ${i + 1 - opts.warmup}/${opts.runs}`;
      process.stderr.write(
        `    [browser] ${kind}: witness ${r.timings.witnessMs.toFixed(0)} ms + proof ${r.timings.provingMs.toFixed(0)} ms (wall ${r.wallMs.toFixed(0)} ms)\n`,
      );
    }
    if (pageErrors.length > 0) log(`browser page errors: ${pageErrors.join(' | ')}`);
    const measured = runs.slice(opts.warmup);
    const expected = opts.expected;
    return {
      status: 'measured',
      circuit: CIRCUIT,
      browser,
      runs: measured.length,
      artifactsMs: Math.round(setup.artifactsMs),
      firstProofMs: runs[0] ? Math.round(runs[0].wallMs) : undefined,
      witnessMs: statOf(measured.map((r) => r.timings.witnessMs)),
      proofMs: statOf(measured.map((r) => r.timings.provingMs)),
      totalMs: statOf(measured.map((r) => r.timings.totalMs)),
      wallMs: statOf(measured.map((r) => r.wallMs)),
      checked: expected === undefined || runs.every((r) => r.publicSignals.every((s, i) => s === expected[i])),
    };
  } catch (e) {
    return { status: `not measured: ${(e as Error).message.split('\n')[0]}` };
  } finally {
    await context?.close().catch(() => undefined);
    await server.close().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}
