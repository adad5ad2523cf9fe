// The market demo (`npm run demo -- market`) end to end on Hardhat's in-process chain with two days
// (a CfD paying the farm, then paying back in a heat wave; a correction making a proof stale). Every
// proof is real (the one-day circuits). Over JSON-RPC (`--rpc URL`) the demo differs only in its
// signers (cli/src/demo/signers.ts, shared with the tariffs demo, which test/cli/tariffs-demo.test.ts
// plays on a Hardhat node); the market contracts, the stale-price refusal and the disclosed market day
// over a node are test/cli/market.test.ts's and test/cli/market-disclose.test.ts's. Playing the whole
// demo a second time on a node cost ~6 CPU-s (cached proofs, the rest repeated).
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { playMarketDemo } from '../../cli/src/demo/market.js';
import { Output } from '../../cli/src/output.js';

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

describe('the market demo', () => {
  it('in process: daily CfD both ways, spot-indexed prosumer, wholesaler to retailer, stale proof refused, audit of all', async () => {
    const { out, text } = capture();
    const s = await playMarketDemo(out, { days: 2 });
    expect(s.ok, text()).toBe(true);
    expect(s.settlements).toHaveLength(6);
    const farm = s.settlements.filter((x) => x.who === 'solar farm');
    // day 1 below the strike: the wholesaler pays; day 2 (heat wave) above it: the farm pays back
    expect(BigInt(farm[0]!.charge)).toBeGreaterThan(0n);
    expect(BigInt(farm[1]!.credit)).toBeGreaterThan(0n);
    expect(s.staleRejectedWith).toBe('StalePrices');
    expect(s.audit).toEqual({ ok: true, verified: 6, pricesPublished: 6 });
    expect(s.trail.map((t) => [t.seller, t.buyer, t.kind, t.days])).toEqual([
      ['generator', 'wholesaler', 'CfD', 2],
      ['retailer', 'prosumer', 'spot-indexed', 2],
      ['wholesaler', 'retailer', 'indexed PPA', 2],
    ]);
    // what the public sees vs what stays private is said, and no volume is in the trail
    expect(text()).toMatch(/private: every hourly volume/);
    expect(JSON.stringify(s.trail)).not.toMatch(/kWh|Wh/);
    // the disclosed day (docs/disclosure-spec.md §10): the regulator decrypts it and recomputes the settled amount
    expect(s.disclosure.regulator.match).toBe(true);
    expect(s.disclosure.regulator.recomputedCharge).toBe(s.disclosure.charge);
    expect(BigInt(s.disclosure.regulator.energyWh)).toBeGreaterThan(0n);
    expect(text()).toMatch(/\[6\] the regulator's disclosure/);
  }, 900_000);
});
