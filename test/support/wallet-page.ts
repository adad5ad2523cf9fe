/**
 * The wallet page of `npm run wallet`'s real stack (Hardhat node, deployment, Vite) in Debian's
 * Chromium, for test/wallet's browser files: one stack and one browser per file, in beforeAll.
 */
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startWallet, type RunningWallet, type StartWalletOptions } from '../../scripts/wallet.js';
import { freePort } from '../../wallet/server/hardhat-node.js';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.js';

/** The running stack and the page on it, with what the page did. */
export interface WalletPage {
  wallet: RunningWallet;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page. */
  pageErrors: string[];
  /** Every request the page made, with its body: the privacy checks read them. */
  requests: { url: string; body: string }[];
  /** Closes the browser, then the stack. */
  close(): Promise<void>;
}

/**
 * Starts the wallet's stack with its files under `work`/files and opens its page, ready, in a
 * Chromium profile under `work`/profile. The browser launches while the stack deploys (neither
 * needs the other until the page is opened), which saves the launch's seconds of wall time.
 */
export async function openWalletPage(work: string, without: StartWalletOptions['without'] = []): Promise<WalletPage> {
  // Found or installed here (Debian's package), so `npm test` passes on a bare machine.
  const executablePath = ensureChromium();
  const [walletResult, contextResult] = await Promise.allSettled([
    (async () => startWallet({ port: await freePort(), rpcPort: await freePort(), folder: join(work, 'files'), viteLogLevel: 'error', without }))(),
    // Playwright passes --user-data-dir itself: a persistent context on a fresh directory.
    chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 1000 },
    }),
  ]);
  if (walletResult.status === 'rejected' || contextResult.status === 'rejected') {
    // Whichever started is stopped before the first failure is reported.
    if (contextResult.status === 'fulfilled') await contextResult.value.close();
    if (walletResult.status === 'fulfilled') await walletResult.value.close();
    throw walletResult.status === 'rejected' ? walletResult.reason : (contextResult as PromiseRejectedResult).reason;
  }
  const wallet = walletResult.value;
  const context = contextResult.value;
  const pageErrors: string[] = [];
  const requests: { url: string; body: string }[] = [];
  const close = async (): Promise<void> => {
    await context.close();
    await wallet.close();
  };
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() ?? '' }));
    await page.goto(wallet.url);
    await page.waitForSelector('body[data-ready=true]');
    return { wallet, context, page, pageErrors, requests, close };
  } catch (e) {
    await close();
    throw e;
  }
}
