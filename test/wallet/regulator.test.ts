// The regulator's disclosed view of the wallet page in Debian's Chromium (playwright-core, as
// test/wallet/wallet.test.ts), against `npm run wallet`'s real stack: the setup settles a neighbour's
// days on a DisclosedSettlement with real bill_1d_30m_disclose proofs; the page loads the regulator's
// key file and the tariff, reads the block range, decrypts each settlement in the browser, shows the
// recomputed amounts ("match") and charts the totals per band. Another key flags every settlement;
// a malformed key file is refused; the secret never leaves the page. The screenshot is left in
// test-results/wallet-regulator.png.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDisclosureKey } from '../../core/src/crypto/disclosure.js';
import type { RunningWallet } from '../../scripts/wallet.js';
import { openWalletPage, type WalletPage } from '../support/wallet-page.js';

const SCREENSHOT = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'test-results', 'wallet-regulator.png');
let opened: WalletPage | undefined;
let wallet: RunningWallet | undefined;
let page: Page;
let work: string;
let pageErrors: string[] = [];
let requests: { url: string; body: string }[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wattproof-wallet-regulator-'));
  // Without the spot-indexed market (its contracts, zone and agreement): test/wallet/wallet.test.ts covers it.
  opened = await openWalletPage(work, ['spot']);
  ({ wallet, page, pageErrors, requests } = opened);
}, 600_000);

afterAll(async () => {
  await opened?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const text = async (selector: string): Promise<string> => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

async function read(keyFile: string): Promise<string> {
  await page.setInputFiles('#regulator-key-file', keyFile);
  await page.setInputFiles('#disclosure-tariff-files', wallet!.paths.tariff);
  await page.click('#disclosure-read');
  await page.waitForFunction(() => {
    const s = document.getElementById('disclosure-status');
    return s !== null && !s.classList.contains('busy') && (s.textContent ?? '').trim() !== '' && !/Reading/.test(s.textContent ?? '');
  });
  return text('#disclosure-status');
}

describe("the wallet's regulator view of disclosed settlements", () => {
  it('decrypts every disclosed settlement of the range, recomputes its amounts and charts the bands', async () => {
    const session = wallet!.session;
    expect(session.disclosure, 'the setup deploys a DisclosedSettlement when bill_1d_30m_disclose_hourly is built').toBeDefined();
    expect(await page.inputValue('#disclosure-settlement')).toBe(session.disclosure!.settlement);
    const statusLine = await read(wallet!.paths.regulatorSecrets!);
    expect(statusLine).toBe('Decrypted 2 of 2: every charge and credit matches.');
    const rows = page.locator('#disclosed-table tbody tr');
    expect(await rows.count()).toBe(2);
    for (const row of await rows.all()) {
      expect(await row.locator('.badge').textContent()).toBe('match');
      const [charge, credit] = await row.locator('td.num').evaluateAll((tds) => tds.slice(-2).map((td) => (td.textContent ?? '').split(' / ')));
      expect(charge![0]).toBe(charge![1]);
      expect(credit![0]).toBe(credit![1]);
    }
    // the chart's bars are the summary: per band, the sum of the table's cells
    const bars = await page.$$eval('#disclosure-chart rect[data-import-band]', (rs) => rs.map((r) => Number(r.getAttribute('data-wh'))));
    expect(bars).toHaveLength(3); // the tariff's three price bands
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].slice(3, 6).map((td) => Math.round(Number(td.textContent) * 1000))),
    );
    expect(bars).toEqual([0, 1, 2].map((b) => cells.reduce((s, r) => s + r[b]!, 0)));
    expect(bars.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(await page.$$eval('#disclosure-chart rect[data-export-band]', (rs) => rs.length)).toBe(2);
    expect(await text('#disclosure-summary')).toMatch(/2 settlements, 2 decrypted, 0 flagged/);
    expect(await text('#disclosure-summary')).toMatch(/for 2, per hour of the day/);
    // the hourly layout (docs/disclosure-spec.md §8): a stacked bar per hour of the local day; its segments
    // add up to the import bars (every Wh of the bands is in one hour, by band or spanning bands)
    const segments = await page.$$eval('#disclosure-hour-chart rect[data-hour]', (rs) =>
      rs.map((r) => ({ hour: Number(r.getAttribute('data-hour')), band: r.getAttribute('data-band'), wh: Number(r.getAttribute('data-wh')) })),
    );
    // (an hour without import, at midday under the neighbour's solar, has no segment)
    const hours = new Set(segments.map((x) => x.hour));
    expect([...hours].every((hr) => hr >= 0 && hr < 24)).toBe(true);
    expect(hours.size).toBeGreaterThanOrEqual(12);
    expect(hours.has(19)).toBe(true);
    expect(segments.reduce((a, x) => a + x.wh, 0)).toBe(bars.reduce((a, b) => a + b, 0));
    // by band, the hour segments never exceed the band's bar
    for (const b of [0, 1, 2]) expect(segments.filter((x) => x.band === String(b)).reduce((a, x) => a + x.wh, 0)).toBeLessThanOrEqual(bars[b]!);
    // the regulator's secret stays in the page
    const secret = (await readFile(wallet!.paths.regulatorSecrets!, 'utf8')).split('\n').find((l) => /^\d+$/.test(l))!;
    expect(requests.some((r) => r.body.includes(secret) || r.url.includes(secret))).toBe(false);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  }, 300_000);

  it('flags every settlement under another key, and refuses a key file that is not one', async () => {
    const other = join(work, 'other.secrets');
    await writeFile(other, `${generateDisclosureKey().secret}\n`);
    expect(await read(other)).toBe('2 of 2 settlements flagged.');
    const badges = await page.$$eval('#disclosed-table .badge', (bs) => bs.map((b) => b.textContent));
    expect(badges).toEqual(['mismatch', 'mismatch']);
    expect(await text('#disclosed-table')).toMatch(/no secret given for key/);

    const bad = join(work, 'bad.secrets');
    await writeFile(bad, 'not a key\n');
    expect(await read(bad)).toMatch(/bad\.secrets, line 1: not an integer/);
    expect(pageErrors).toEqual([]);
  }, 300_000);
});
