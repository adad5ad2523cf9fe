// The tariffs demo (`npm run demo -- tariffs`) in process: the Shanghai yearly-block household
// settles three daily bills across the first block on bill_1d_30m_yearly (real proofs), two cheats
// are refused by name, and the regulator's audit verifies every settlement and the year-to-date
// chain; the London household settles its 25-hour day on the zone circuit; the same over JSON-RPC on
// a Hardhat node (the demos' JSON-RPC path, cli/src/demo/signers.ts: the market demo's too). Then the
// audit is handed a history with a settlement missing or with its first bill cut off: the
// year-to-date chain no longer holds, and the audit says so.
import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHANGHAI_BLOCK_SCALE, shanghaiDemoTariff, playTariffsDemo, type TariffsDemoSummary } from '../../cli/src/demo/tariffs.js';
import { loadHardhat } from '../../cli/src/devchain.js';
import { Output } from '../../cli/src/output.js';
import { auditLogs, settledLogs } from '../../sdk/src/audit/audit.js';
import { TariffAuthoring } from '../../sdk/src/roles/tariff-authoring.js';
import { hardhatNodeForFile } from '../support/hardhat-node.js';

const ROOT = resolve(__dirname, '../..');

function capture(): { out: Output; text: () => string } {
  let text = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return { out: new Output(false, sink, sink), text: () => text };
}

describe('the tariffs demo', () => {
  let s: TariffsDemoSummary;
  let text: string;

  beforeAll(async () => {
    const c = capture();
    s = await playTariffsDemo(c.out, { days: 3 });
    text = c.text();
  }, 900_000);

  it('the demo tariff is the gallery Shanghai tariff at 48 slots, its blocks scaled', async () => {
    const gallery = JSON.parse(await readFile(resolve(ROOT, 'examples/tariffs/cn-shanghai-yearly-blocks.json'), 'utf8'));
    const t = shanghaiDemoTariff();
    expect(t.bandPrices.map(String)).toEqual(gallery.bandPrices);
    expect(t.tierBasis).toBe(gallery.tierBasis);
    expect(t.yearStart).toBe(gallery.yearStart);
    expect(t.tzOffsetSeconds).toBe(gallery.tzOffsetSeconds);
    expect(t.tiers.map((x) => String(x.price))).toEqual(gallery.tiers.map((x: { price: string }) => x.price));
    expect(t.tiers.map((x) => (x.upToWhPerYear === undefined ? undefined : Number(x.upToWhPerYear) * SHANGHAI_BLOCK_SCALE))).toEqual(
      gallery.tiers.map((x: { upToWhPerYear?: number }) => x.upToWhPerYear),
    );
    // the same windows: slot h of the gallery's 24 is band b  <=>  slots 2h and 2h+1 of the demo's 48 are
    const g = TariffAuthoring.parse(JSON.stringify(gallery), 'gallery');
    for (const sched of ['workBands', 'restBands'] as const) {
      expect(t[sched]).toHaveLength(48);
      expect(t[sched]).toEqual(g[sched].flatMap((band) => [band, band]));
    }
  });

  it('settles consecutive bills across the first block, the kWh above it dearer, the commitment carried on chain', () => {
    expect(s.ok, text).toBe(true);
    const leg = s.legs[0]!;
    expect(leg.name).toBe('Shanghai yearly blocks');
    expect(leg.bills).toHaveLength(3);
    // each bill starts where the last ended, on chain and in the store
    for (let k = 1; k < 3; k++) expect(leg.bills[k]!.ytdBeforeKwh).toBeCloseTo(leg.bills[k - 1]!.ytdAfterKwh!, 6);
    const first = leg.bills[0]!;
    expect(first.blockKwh.slice(1)).toEqual([0, 0]);
    const crossing = leg.bills.find((b) => b.blockKwh[1]! > 0)!;
    expect(crossing).toBeDefined();
    expect(Number(crossing.pricePerKwh)).toBeGreaterThan(Number(first.pricePerKwh));
    expect(text).toMatch(/the year passes 31\.200 kWh; its last [\d.]+ kWh are in the second block at \+0\.05 CNY\/kWh/);
  });

  it('refuses both cheats with the contract errors named', () => {
    expect(s.legs[0]!.refused.map((r) => r.error)).toEqual(['YearToDateMismatch', 'YearToDateNotFresh']);
    expect(text).toMatch(/reuses the commitment before last .*refused by the contract, YearToDateMismatch/);
  });

  it("the regulator's audit verifies every settlement and the year-to-date chain", () => {
    expect(s.audits).toEqual([
      { settlement: s.legs[0]!.settlements[0], ok: true, verified: 3, failed: 0, circuit: 'bill_1d_30m_yearly' },
      { settlement: s.legs[1]!.settlements[0], ok: true, verified: 1, failed: 0, circuit: 'bill_1d_30m_zone' },
    ]);
    expect(text).toMatch(/3 year-to-date commitments chained bill to bill/);
  });

  it('settles the 25-hour London day on the zone circuit, the repeated hour at the night rate', () => {
    const leg = s.legs[1]!;
    expect(leg.name).toBe('London Economy 7 across the clock change');
    expect(leg.ok, text).toBe(true);
    expect(leg.circuit).toBe('bill_1d_30m_zone');
    expect(leg.details).toMatchObject({ zone: 'Europe/London', intervals: 50, transitionDelta: -2 });
    expect(leg.bills).toHaveLength(1);
    expect(text).toMatch(/25 October 2026 is a 25-hour day .* the meter signs 50 half-hours/);
  });

  it('flags a history whose year-to-date chain is broken (a settlement missing, or the first cut off)', async () => {
    const hre = await loadHardhat();
    const provider = hre.ethers.provider;
    const settlement = s.legs[0]!.settlements[0]!;
    const logs = await settledLogs(provider, settlement, 0, await provider.getBlockNumber());
    expect(logs).toHaveLength(3);
    const full = await auditLogs(logs, { provider, settlement, fromBlock: 0 });
    expect(full.ok).toBe(true);

    const gap = await auditLogs([logs[0]!, logs[2]!], { provider, settlement, fromBlock: 0 });
    expect(gap.ok).toBe(false);
    expect(gap.settlements[0]!.verified).toBe(true);
    expect(gap.settlements[1]!.checks.yearToDate).toBe(false);
    expect(gap.settlements[1]!.checks.proof).toBe(true); // a valid proof: only the chain is broken
    expect(gap.settlements[1]!.reasons.join()).toMatch(/year to date: consumes commitment \d+ of tariff year \d+, but meter 8601's previous bill left \d+/);

    const cut = await auditLogs([logs[1]!, logs[2]!], { provider, settlement, fromBlock: 0 });
    expect(cut.settlements[0]!.checks.yearToDate).toBe(false);
    expect(cut.settlements[0]!.reasons.join()).toMatch(/meter 8601's first yearly bill consumes commitment \d+, not a fresh start/);
    expect(cut.settlements[1]!.verified).toBe(true);
    // an audit of a later block range does not know the bill before its first: that one is not flagged
    const later = await auditLogs([logs[1]!, logs[2]!], { provider, settlement, fromBlock: logs[1]!.blockNumber });
    expect(later.settlements.every((x) => x.checks.yearToDate === true)).toBe(true);
  }, 300_000);
});

describe('the tariffs demo over JSON-RPC', () => {
  it('on a Hardhat node: the same bills, the 25-hour day, cheats refused, audit of all', async () => {
    const node = await hardhatNodeForFile();
    const { out, text } = capture();
    const s = await playTariffsDemo(out, { days: 3, rpc: node.url });
    expect(s.ok, text()).toBe(true);
    expect(s.chain).toMatch(/JSON-RPC node http:\/\/127\.0\.0\.1:\d+ \(chain id 31337\)/);
    expect(s.legs[0]!.refused.map((r) => r.error)).toEqual(['YearToDateMismatch', 'YearToDateNotFresh']);
    expect(s.audits.map((a) => [a.ok, a.verified])).toEqual([
      [true, 3],
      [true, 1],
    ]);
    expect(s.legs[1]!.details).toMatchObject({ zone: 'Europe/London', intervals: 50 });
  }, 900_000);
});
