/**
 * Proving in headless Chromium (Debian's `chromium`, driven by playwright-core), for the 31-day
 * hourly bill. Measured only where the consumer wallet (issue 7) exists: the figure stands for
 * the wallet's prover, so the bench waits for it rather than timing a page of its own.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exists } from '../prover/src/setup/fs-util.js';

/** Browser figures (or why there are none). */
export interface BrowserFigures {
  status: string;
  [k: string]: unknown;
}

/** Where a wallet's own browser benchmark, if it ships one, leaves its figures. */
const WALLET_BENCH_JSON = 'bench/browser.json';

/**
 * The wallet's browser proving figures: `not measured: no wallet yet` until `npm run wallet`
 * exists; then the figures its browser benchmark wrote to bench/browser.json, if any.
 */
export async function browserFigures(root: string, log: (m: string) => void): Promise<BrowserFigures> {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (!pkg.scripts?.wallet) return { status: 'not measured: no wallet yet' };
  if (!(await exists('/usr/bin/chromium'))) return { status: 'not measured: /usr/bin/chromium is not installed (apt-get install chromium)' };
  const file = join(root, WALLET_BENCH_JSON);
  if (!(await exists(file))) {
    log(`the wallet exists but wrote no ${WALLET_BENCH_JSON}`);
    return { status: `not measured: the wallet has no browser benchmark writing ${WALLET_BENCH_JSON} yet` };
  }
  return { status: 'measured', source: WALLET_BENCH_JSON, ...(JSON.parse(await readFile(file, 'utf8')) as object) };
}
