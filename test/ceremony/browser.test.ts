// A participant without Node contributes in Debian's Chromium: the wallet app's contribution page
// (wallet/ceremony.html) loads the coordinator's zkey, contributes in a Web Worker with the
// browser's CSPRNG, shows progress and the hash, and downloads the new zkey; the coordinator
// records it with `ceremony accept --hash` and `ceremony verify` accepts the chain.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walletViteConfig } from '../../wallet/server/plugin.js';
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium.js';
import { coordinator } from './helpers.js';

// foundation_tiny (domain 2^8), not the bill (2^14): what is under test is the page (its worker,
// progress, hash and download) and the coordinator's accept and verify, which run the same code on
// any circuit; the bill's 2^14 key made this one contribution ~11 s of Chromium's wasm, and the
// coordinator's two cryptographic checks of it as many seconds again. test/ceremony/ceremony.test.ts
// runs the bill's own ceremony end to end.
const CIRCUIT = 'foundation_tiny';

let work: string;
let vite: ViteDevServer | undefined;
let context: BrowserContext | undefined;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const CHROMIUM = ensureChromium();
  work = await mkdtemp(join(tmpdir(), 'wattproof-ceremony-browser-'));
  vite = await createServer(walletViteConfig({ port: 0, logLevel: 'error' }));
  await vite.listen();
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: CHROMIUM_ARGS,
  });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await context?.close();
  await vite?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the browser contribution page', () => {
  it('contributes once in Chromium; the coordinator accepts the download and verify passes', async () => {
    const dir = join(work, 'ceremony');
    const init = await coordinator(['ceremony', 'init', '--circuit', CIRCUIT, '--dir', dir, '--insecure-dev-ptau']);
    expect(init.code, init.stderr).toBe(0);

    const url = vite!.resolvedUrls!.local[0]!.replace(/\/$/, '');
    await page.goto(`${url}/ceremony.html`);
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.isDisabled('#contribute')).toBe(true);
    await page.setInputFiles('#zkey-file', join(dir, `${CIRCUIT}_0000.zkey`));
    await page.fill('#name', 'dora (browser)');
    await page.fill('#text', 'some keyboard mashing');
    await page.waitForSelector('#contribute:not([disabled])');
    // Record the progress bar's values while the worker contributes.
    await page.evaluate(() => {
      const w = window as unknown as { __progress: number[] };
      w.__progress = [];
      const bar = document.getElementById('progress') as HTMLProgressElement;
      new MutationObserver(() => w.__progress.push(bar.value)).observe(bar, { attributes: true });
      const tick = () => {
        w.__progress.push(bar.value);
        if (document.body.dataset.done !== 'true') requestAnimationFrame(tick);
      };
      tick();
    });
    const started = performance.now();
    await page.click('#contribute');
    await page.waitForSelector('body[data-done=true]', { timeout: 240_000 });
    const browserSeconds = (performance.now() - started) / 1000;
    const hash = await page.getAttribute('#hash', 'data-hash');
    expect(hash).toMatch(/^[0-9a-f]{128}$/);
    const progress = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
    expect(progress.some((v) => v > 0 && v < 1)).toBe(true);
    expect(await page.textContent('#contribute-status')).toMatch(/contributed in/);
    expect(await page.inputValue('#text')).toBe(''); // the typed randomness is not kept on the page

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe(`${CIRCUIT}_0001.zkey`);
    const received = join(work, 'from-dora.zkey');
    await download.saveAs(received);

    const accepted = await coordinator(['ceremony', 'accept', '--dir', dir, '--zkey', received, '--hash', hash!, '--insecure-dev-ptau', '--json']);
    expect(accepted.code, accepted.stdout + accepted.stderr).toBe(0);
    expect(accepted.json.name).toBe('dora (browser)');
    expect(accepted.json.via).toBe('accepted-file');
    const verified = await coordinator(['ceremony', 'verify', '--dir', dir, '--insecure-dev-ptau', '--json']);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(verified.json.contributions).toEqual([expect.objectContaining({ index: 1, name: 'dora (browser)', contributionHash: hash })]);
    expect(pageErrors).toEqual([]);
    process.stderr.write(`[ceremony browser] contribution to ${CIRCUIT} in Chromium: ${browserSeconds.toFixed(1)} s\n`);
  });
});
