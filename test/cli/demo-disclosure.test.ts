// The demo's disclosure step (cli/src/demo/disclosed.ts) on Hardhat's in-process chain: beside a
// plain deployment, a DisclosedSettlement with its key registry; a neighbour proves and settles three
// days of bill_1d_30m_disclose; the regulator's view (its audit over the block range) decrypts every
// one, recomputes the amounts to the settled ones and prints the per-band market summary. The
// printed public view carries none of the decrypted figures.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { playDisclosure } from '../../cli/src/demo/disclosed.js';
import { loadHardhat, startDevChain } from '../../cli/src/devchain.js';
import { Output } from '../../cli/src/output.js';
import { exampleTariffDraft } from '../../core/src/tariff/examples.js';
import { MeteringAuthority, Regulator, Retailer, TariffAuthoring } from '../../sdk/src/index.js';

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

describe("the demo's regulator view of disclosed settlements", () => {
  it('settles three disclosed days beside the plain Settlement and reads them back as the regulator', async () => {
    const dev = await startDevChain('bill_1d_30m');
    const [asAuthority, asRetailer, asRegulator] = await Promise.all([
      dev.connect(dev.accounts.authority),
      dev.connect(dev.accounts.retailer),
      dev.connect(dev.accounts.regulator),
    ]);
    // A tariff on hourly slots: the step registers and approves its half-hourly twin itself.
    const tariff = TariffAuthoring.build(exampleTariffDraft({ slotsPerDay: 24, tzOffsetSeconds: 3600, holidays: ['2026-06-04'] }));
    const neighbour = (await (await loadHardhat()).ethers.getSigners())[5]!;
    const { out, text } = capture();
    const d = dev.deployment.addresses;
    const result = await playDisclosure({
      out,
      step: 11,
      tz: 3600,
      tariff,
      startDate: '2026-06-03',
      holidays: ['2026-06-04'],
      admin: dev.accounts.admin,
      consumerSigner: neighbour,
      addresses: { meterRegistry: d.meterRegistry, tariffRegistry: d.tariffRegistry, token: d.token },
      authority: new MeteringAuthority(asAuthority),
      retailer: new Retailer(asRetailer),
      regulator: new Regulator(asRegulator),
      regulatorSigner: dev.accounts.regulator,
      retailerAddress: dev.addresses.retailer,
      mint: (to, amount) => dev.mint(to, amount),
      decimals: 6,
      symbol: 'WTD',
    });
    expect(result).toMatchObject({ circuit: 'bill_1d_30m_disclose', settlements: 3, matched: 3, flagged: 0 });
    expect(result.settlement).not.toBe(d.settlement);
    expect(BigInt(result.avgGas)).toBeGreaterThan(300_000n);
    // the per-band summary: three import bands and two export bands of the tariff, energy in them
    expect(result.importBandWh).toHaveLength(3);
    expect(result.exportBandWh).toHaveLength(2);
    expect(result.importBandWh.reduce((a, b) => a + BigInt(b), 0n)).toBeGreaterThan(0n);
    const printed = text();
    expect(printed.match(/ match$/gm)).toHaveLength(3);
    expect(printed).not.toMatch(/MISMATCH/);
    expect(printed).toMatch(/market summary \(3 disclosed settlements, no reading seen\): import off-peak [\d.]+ kWh, shoulder [\d.]+ kWh, peak [\d.]+ kWh/);
    // the plain Settlement saw nothing of it
    expect(await asRegulator.settlements()).toEqual([]);
  }, 600_000);
});
