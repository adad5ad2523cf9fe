// The wallet's circuit choice (wallet/src/prover.ts) against a served manifest (fetch stubbed): a
// tariff with committed daylight-saving transitions and yearly blocks gets the zone + yearly
// instance, each flag alone its own instance, a plain tariff the plain one; a kind no served circuit
// has is refused naming it (it used to pick the plain circuit, whose commitment cannot match).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseCircuit } from '../../wallet/src/prover.js';
import { zoneTariff, fullTariff } from '../circuits/cases.js';
import type { Tariff } from '../../core/src/tariff/schema.js';
import { createTariff, tariffToJSON } from '../../core/src/tariff/index.js';

const entry = (constraints: number, flags: { yearly?: number; zone?: number } = {}) => ({
  params: { intervalsPerDay: 48, maxDays: 1, ...flags },
  publicSignals: flags.yearly === 1 ? 8 : 5,
  constraints,
});

function serve(circuits: Record<string, unknown>): void {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ circuits }), { status: 200 }));
}

const yearlyOf = (t: Tariff): Tariff =>
  createTariff({
    ...tariffToJSON(t),
    tierBasis: 'year',
    yearStart: '2026-01-01',
    tiers: [{ upToWhPerYear: 2_000_000, price: '0' }, { price: '50000' }],
  } as never);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('wallet chooseCircuit', () => {
  it('picks the instance of the tariff kind, not the smallest one', async () => {
    serve({
      bill_1d_30m: entry(13_283),
      bill_1d_30m_yearly: entry(14_202, { yearly: 1 }),
      bill_1d_30m_zone: entry(18_864, { zone: 1 }),
      bill_1d_30m_zone_yearly: entry(19_783, { yearly: 1, zone: 1 }),
    });
    const london = zoneTariff(48, 'Europe/London');
    expect(await chooseCircuit(fullTariff(48), 1)).toBe('bill_1d_30m');
    expect(await chooseCircuit(london, 1)).toBe('bill_1d_30m_zone');
    expect(await chooseCircuit(yearlyOf(fullTariff(48)), 1)).toBe('bill_1d_30m_yearly');
    expect(await chooseCircuit(yearlyOf(london), 1)).toBe('bill_1d_30m_zone_yearly');
  });

  it('refuses a zone + yearly tariff when no such circuit is served, naming what it needs', async () => {
    serve({ bill_1d_30m: entry(13_283), bill_1d_30m_zone: entry(18_864, { zone: 1 }) });
    await expect(chooseCircuit(yearlyOf(zoneTariff(48, 'Europe/London')), 1)).rejects.toThrow(
      /no built circuit proves 1 day\(s\) of 48 intervals with yearly blocks and the Europe\/London clock/,
    );
  });
});
