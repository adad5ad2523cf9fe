// The consumer wallet page in Debian's Chromium (apt package `chromium`, driven by playwright-core;
// never a browser downloaded by a test tool), against `npm run wallet`'s real stack started
// programmatically: a Hardhat node on loopback with the demo deployment, and the Vite server.
// Load the meter's signed period and the tariff, see the itemized bill, prove in the Web Worker,
// settle, see the Settled event and the audit badge, and see a replay and a wrong tariff
// rejected in plain sentences. The screenshot is left in test-results/wallet.png.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JsonRpcProvider } from 'ethers';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWallet } from '../../scripts/wallet.js';
import { money } from '../../core/src/format.js';
import { parseSignedPeriodJson } from '../../core/src/meter/document.js';
import { parseTariffJson } from '../../core/src/tariff/document.js';
import type { Bill } from '../../core/src/bill/compute.js';
import { openWalletPage, type WalletPage } from '../support/wallet-page.js';
import { startInbox, type Inbox } from '../../cli/src/inbox.js';
import { parseBillProof } from '../../cli/src/proof-file.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCREENSHOT = join(ROOT, 'test-results', 'wallet.png');
const WTD = (v: bigint): string => money(v, 6, 'WTD');
const net = (b: Bill): bigint => (b.charge > b.credit ? b.charge - b.credit : 0n);

let opened: WalletPage | undefined;
let wallet: RunningWallet | undefined;
let page: Page;
let work: string;
let pageErrors: string[] = [];
/** Every request the page made, with its body: the privacy check reads them. */
let requests: { url: string; body: string }[] = [];
let settledTx = '';
/** The collector inbox the page hands a proof to (another origin than the wallet's). */
let collector: Inbox | undefined;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wattproof-wallet-test-'));
  // Without the regulator's disclosure (its setup proves two days, ~6 s): test/wallet/regulator.test.ts covers it.
  opened = await openWalletPage(work, ['disclosure']);
  ({ wallet, page, pageErrors, requests } = opened);
});

afterAll(async () => {
  await collector?.close();
  await opened?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Text of an element. */
const text = async (selector: string): Promise<string> => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

/** The dt/dd pairs of a definition list. */
const facts = (selector: string): Promise<Record<string, string>> =>
  page.$eval(selector, (dl) => {
    const out: Record<string, string> = {};
    dl.querySelectorAll('dt').forEach((dt) => (out[dt.textContent ?? ''] = dt.nextElementSibling?.textContent ?? ''));
    return out;
  });

/** Proves the loaded bill and returns how the page behaved meanwhile. */
async function prove(): Promise<{ ticks: number; progress: number[]; provingMs: number }> {
  // Count the clock's ticks and the progress bar's values while proving, inside the page.
  await page.evaluate(() => {
    const w = window as unknown as { __ticks: number; __progress: number[] };
    w.__ticks = 0;
    w.__progress = [];
    const bar = document.getElementById('prove-progress') as HTMLProgressElement;
    new MutationObserver(() => {
      if (document.body.classList.contains('busy')) w.__ticks++;
    }).observe(document.getElementById('clock')!, { childList: true, characterData: true, subtree: true });
    new MutationObserver(() => w.__progress.push(bar.value)).observe(bar, { attributes: true, attributeFilter: ['value'] });
  });
  await page.click('#prove');
  await page.waitForSelector('#prove-done, #prove-status[data-kind=error]', { timeout: 240_000 });
  expect(await page.getAttribute('#prove-status', 'data-kind'), await text('#prove-status')).toBe('ok');
  const { ticks, progress } = await page.evaluate(() => {
    const w = window as unknown as { __ticks: number; __progress: number[] };
    return { ticks: w.__ticks, progress: w.__progress };
  });
  const provingMs = Number(await page.getAttribute('#prove-time', 'data-proving-ms'));
  return { ticks, progress, provingMs };
}

describe('the wallet page in Chromium', () => {
  it('loads the signed period and the tariff, and shows the itemized bill and the usage chart', async () => {
    const w = wallet!;
    await page.setInputFiles('#period-file', w.paths.periods[0]!);
    await page.setInputFiles('#tariff-file', w.paths.tariff);
    await page.waitForSelector('#bill-table');
    expect(await text('#doc-status')).toContain("the meter's signature is valid");
    const bill = w.world.bills[0]!;
    expect(await text('#bill-table tr.total')).toContain(WTD(bill.charge));
    expect(await text('#bill-table tr.credit')).toContain(WTD(bill.credit));
    expect(await text('#bill-table tr.due')).toContain(WTD(bill.charge - bill.credit));
    // One row per band of the tariff, priced by the reference engine.
    for (const e of bill.items.energy) expect(await text('#bill-table')).toContain(`Energy, ${e.name}`);
    expect(await page.locator('#usage-chart rect[data-band]').count()).toBeGreaterThan(0);
    expect(await page.locator('#usage-chart rect[data-export-band]').count()).toBeGreaterThan(0);
  });

  it('proves in the Web Worker with a progress bar while the page keeps ticking', async () => {
    const { ticks, progress, provingMs } = await prove();
    // Intermediate progress was shown, and the main-thread clock kept ticking throughout.
    expect(progress.some((v) => v > 0 && v < 1)).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(ticks).toBeGreaterThan(5);
    const proof = await facts('#proof-facts');
    expect(proof['Circuit']).toBe('bill_1d_30m');
    expect(proof['Charge / credit']).toBe(`${WTD(wallet!.world.bills[0]!.charge)} / ${WTD(wallet!.world.bills[0]!.credit)}`);
    expect(proof['Bound to']).toBe(`chain 31337, settlement contract ${wallet!.session.settlement.toLowerCase()}`);
    console.log(`wallet: Groth16 proving of bill_1d_30m in Chromium took ${provingMs} ms (${await text('#prove-time')})`);
  });

  it('connects the labelled development account and shows the escrow and arrears', async () => {
    await page.click('#connect');
    await page.waitForSelector('#account-address');
    expect(await text('#account')).toContain('Development account');
    expect((await text('#account-address')).toLowerCase()).toBe(wallet!.session.devAccount.address.toLowerCase());
    const [b0, b1] = wallet!.world.bills as [Bill, Bill];
    await expect.poll(() => text('#escrow'), { timeout: 30_000 }).toBe(WTD(net(b0) + net(b1) / 2n));
    expect(await text('#arrears')).toBe(WTD(0n));
    expect(await page.isEnabled('#settle')).toBe(true);
    // The accepted tariff is public (the dev setup published it); the page checked its document itself.
    await expect
      .poll(() => text('#tariff-visibility'), { timeout: 30_000 })
      .toMatch(/\(approved\) is public: the document at data:.* is exactly the registered commitment/);
  });

  it('settles: shows the transaction, its gas and the Settled event, and moves the escrow', async () => {
    const [b0, b1] = wallet!.world.bills as [Bill, Bill];
    await page.click('#settle');
    await page.waitForSelector('#settle-result:not([hidden]), #settle-error:not([hidden])');
    expect(await page.isHidden('#settle-error'), await text('#settle-error')).toBe(true);
    settledTx = await text('#settle-tx');
    expect(settledTx).toMatch(/^0x[0-9a-f]{64}$/);
    // The page's figures are the chain's.
    const provider = new JsonRpcProvider(wallet!.rpcUrl, undefined, { staticNetwork: true });
    const receipt = await provider.getTransactionReceipt(settledTx);
    provider.destroy();
    expect(receipt?.status).toBe(1);
    expect(await page.getAttribute('#settle-gas', 'data-gas')).toBe(receipt!.gasUsed.toString());
    const event = await facts('#settled-event');
    expect(event).toMatchObject({
      meterId: wallet!.session.meterId,
      charge: WTD(b0.charge),
      credit: WTD(b0.credit),
      'paid from escrow': WTD(net(b0)),
      'added to arrears': WTD(0n),
    });
    await expect.poll(() => text('#escrow'), { timeout: 30_000 }).toBe(WTD(net(b1) / 2n));
  });

  it('lists the settlement in the regulator view with the audit badge "verified"', async () => {
    const badge = page.locator(`#audit-table tr[data-tx="${settledTx}"] .badge`);
    await badge.waitFor({ timeout: 120_000 });
    expect(await badge.textContent()).toBe('verified');
    expect(await text('#audit-summary')).toContain('generated from the published bill_1d_30m key');
  });

  it('rejects settling the same period again, in a plain sentence, and moves nothing', async () => {
    const escrow = await text('#escrow');
    await page.click('#settle');
    await page.waitForSelector('#settle-error:not([hidden])');
    expect(await text('#rejection-sentence')).toMatch(
      /^This period is already settled: meter \d+ has been billed up to .* cannot be paid twice\. Nothing was charged\.$/,
    );
    expect(await text('#settle-error')).toContain(`settled in transaction ${settledTx}`);
    expect(await text('#rejection-technical')).toMatch(/^PeriodOverlap\(/);
    expect(await text('#escrow')).toBe(escrow);
    await mkdir(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it("hands the proof to a collector's HTTP inbox instead of sending a transaction", async () => {
    const dir = join(work, 'inbox');
    collector = await startInbox({ dir });
    const sent = requests.filter((r) => r.body.includes('eth_sendTransaction')).length;
    await page.fill('#collector-url', collector.url);
    await page.click('#hand-to-collector');
    await page.waitForSelector('#handoff-id, #settle-error:not([hidden])');
    expect(await page.isHidden('#settle-error'), await text('#settle-error')).toBe(true);
    const id = await text('#handoff-id');
    expect(id).toMatch(/^\d+-\d+-[0-9a-f]{12}\.json$/);
    // The inbox filed the proof file the collector settles: the proof of the period settled above.
    const filed = parseBillProof(await readFile(join(dir, id), 'utf8'), id);
    const provider = new JsonRpcProvider(wallet!.rpcUrl, undefined, { staticNetwork: true });
    const settled = (await provider.getTransaction(settledTx))!.data;
    for (const signal of filed.publicSignals) expect(settled).toContain(BigInt(signal).toString(16).padStart(64, '0'));
    expect(requests.filter((r) => r.body.includes('eth_sendTransaction')).length).toBe(sent);
  });

  it('rejects the next day proven under a tariff the consumer never accepted', async () => {
    await page.setInputFiles('#period-file', wallet!.paths.periods[1]!);
    await page.setInputFiles('#tariff-file', wallet!.paths.otherTariff);
    await page.waitForSelector('#bill-table');
    await prove();
    await page.click('#settle');
    await page.waitForSelector('#settle-error:not([hidden])');
    expect(await text('#rejection-sentence')).toMatch(/^This bill was computed with a tariff you have not accepted for meter \d+/);
    expect(await text('#rejection-technical')).toMatch(/^TariffNotAccepted\(/);
  });

  it("proves and settles a spot-indexed day: the feed's published prices, the Web Worker, MarketSettlement", async () => {
    const w = wallet!;
    expect(w.session.market?.circuit).toBe('mkt_spot_1d_60m');
    expect(await page.isVisible('#spot-section')).toBe(true);
    for (const [input, file] of [
      ['#spot-period-file', w.paths.spotPeriods[0]!],
      ['#spot-terms-file', w.paths.spotTerms!],
    ] as const) {
      await page.setInputFiles(input, file);
      await page.waitForFunction(
        (name) =>
          (document.getElementById('spot-status')?.textContent ?? '').includes(name) || document.getElementById('spot-status')?.dataset['kind'] === 'error',
        file.split('/').pop()!,
      );
      expect(await page.getAttribute('#spot-status', 'data-kind'), await text('#spot-status')).toBe('info');
    }
    expect(await page.isEnabled('#spot-prove-settle'), 'connected with both files loaded').toBe(true);
    // what the engine says this day costs at the published prices (the same terms and readings)
    const { computeMarketBill } = await import('../../core/src/market/compute.js');
    const { parseMarketTerms } = await import('../../sdk/src/market/terms-document.js');
    const { walletSpotPrices } = await import('../../wallet/server/setup.js');
    const signed = parseSignedPeriodJson(await readFile(w.paths.spotPeriods[0]!, 'utf8'));
    const doc = parseMarketTerms(await readFile(w.paths.spotTerms!, 'utf8'));
    const expected = computeMarketBill(doc.terms, signed.imports, [walletSpotPrices((signed.periodStart + 3600) / 86400)], 6);
    await page.click('#spot-prove-settle');
    await page.waitForSelector('#spot-status[data-kind=ok], #spot-status[data-kind=error]', { timeout: 300_000 });
    expect(await page.getAttribute('#spot-status', 'data-kind'), await text('#spot-status')).toBe('ok');
    expect(await page.getAttribute('#spot-amount', 'data-charge')).toBe(expected.charge.toString());
    const tx = await text('#spot-tx');
    const provider = new JsonRpcProvider(wallet!.rpcUrl, undefined, { staticNetwork: true });
    const receipt = await provider.getTransactionReceipt(tx);
    provider.destroy();
    expect(receipt?.status).toBe(1);
    expect(receipt!.to!.toLowerCase()).toBe(w.session.market!.marketSettlement.toLowerCase());
    // the same day again: refused by the contract (continuity), in a sentence
    await page.click('#spot-prove-settle');
    await page.waitForSelector('#spot-status[data-kind=error]', { timeout: 300_000 });
    expect(await text('#spot-status')).toMatch(/already|PeriodOverlap/i);
  });

  it('sent neither readings nor tariff anywhere, and raised no page errors', async () => {
    const period = parseSignedPeriodJson(await readFile(wallet!.paths.periods[0]!, 'utf8'));
    const tariffs = [parseTariffJson(await readFile(wallet!.paths.tariff, 'utf8')), parseTariffJson(await readFile(wallet!.paths.otherTariff, 'utf8'))];
    // the spot-indexed terms' salt is private too
    const spotSalt = String(JSON.parse(await readFile(wallet!.paths.spotTerms!, 'utf8')).salt);
    // The collector the consumer chose received the proof (and only the proof, checked below).
    const origins = new Set([new URL(wallet!.url).origin, new URL(wallet!.rpcUrl).origin, new URL(collector!.url).origin]);
    for (const r of requests) {
      expect(origins.has(new URL(r.url).origin), r.url).toBe(true);
      // The tariff salts and the meter's signature are private: no request may carry them.
      for (const t of tariffs) expect(r.body).not.toContain(t.salt.toString());
      expect(r.body).not.toContain(spotSalt);
      expect(r.body).not.toContain(period.signature.S.toString());
      expect(r.body).not.toContain(period.imports.join(','));
    }
    expect(requests.some((r) => r.body.includes('eth_sendTransaction'))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
