/**
 * Gas of MarketSettlement.settle, with a breakdown of where it goes (contracts/README.md, "Market
 * settlement gas"), on Hardhat's in-process EVM with real proofs.
 *
 *   npx tsx bench/market-gas.ts [--circuit mkt_cfd_1d_60m[,mkt_spot_1d_60m]] [--periods N] [--no-keep-base]
 *
 * By default keepBase is sent first (as MarketParty.accept does), so the first settlement reads the kept
 * base point; --no-keep-base measures settle's fallback (the first settlement folds and keeps it).
 * Each circuit gets a fresh chain (the market world of test/market/world.ts); N consecutive periods of
 * its maxDays days are settled (the first pays the cold costs of a first settlement of the meter, as
 * every later one of its day does: cold slots are per transaction), and the breakdown of the last is printed.
 * @packageDocumentation
 */
import hre from 'hardhat';
import { marketTerms } from '../core/src/market/index.js';
import { defaultBuildDir, loadCircuitArtifacts, readManifest } from '../prover/src/artifacts/index.js';
import { fullProve, shutdownProver, toSolidityArgs } from '../prover/src/groth16.js';
import { DAY0, dayPrices, FEED_FIRST_DAY, marketCase, type MarketShape, publicPriceCase } from '../test/market/cases.js';
import { createMarketWorld, createSpotWorld, type MarketWorld } from '../test/market/world.js';
import { scriptArgs } from '../circuits/build/script-args.js';
import { type GasBreakdown, gasBreakdown } from './gas-trace.js';

/** Settle gas of one market circuit instance. */
export interface MarketGas {
  circuit: string;
  intervalsPerDay: number;
  days: number;
  /** receipt gasUsed of each settlement, in order */
  settleGas: number[];
  /** receipt gasUsed of the keepBase sent before the first settlement (absent when none was: settle folds) */
  keepBaseGas?: number;
  breakdown: GasBreakdown;
}

const send = (method: string, params: unknown[]) => hre.network.provider.send(method, params);

/** Terms of the measured bills: a spot-indexed retail tariff for import circuits, a CfD for export ones. */
export function benchTerms(I: 24 | 48 | 96, series: 'import' | 'export') {
  return series === 'import'
    ? marketTerms(I, {
        kind: 'spot',
        adders: [2500, 4100, 0, 0, 0, 0, 0, 0],
        bands: Array.from({ length: I }, (_, s) => (s * 24 >= 7 * I && s * 24 < 21 * I ? 1 : 0)),
        standingPerDay: 120_000n,
        taxBps: 1900,
      })
    : marketTerms(I, { kind: 'cfd', strike: 7000 });
}

/** Deploys a fresh market world for `shape` and settles `periods` consecutive periods of it. */
export async function measureMarketGas(shape: MarketShape, periods: number, opts: { verifierContract?: string; keepBase?: boolean } = {}): Promise<MarketGas> {
  await send('hardhat_reset', []);
  const I = shape.intervalsPerDay;
  const terms = benchTerms(I, shape.series);
  const firstDay = DAY0;
  const w: MarketWorld & { agreementId: bigint } = await createMarketWorld({
    circuit: shape.name,
    intervalsPerDay: I,
    meterId: 4242n,
    firstDay,
    publishThrough: firstDay + periods * shape.maxDays,
    terms,
    kind: shape.series === 'import' ? 0 : 3,
    ...(opts.verifierContract !== undefined ? { verifierContract: opts.verifierContract } : {}),
  });
  // every period must have ended
  const ended = (firstDay + periods * shape.maxDays + 2) * 86400;
  const now = Number(((await send('eth_getBlockByNumber', ['latest', false])) as { timestamp: string }).timestamp);
  if (now < ended) {
    await send('evm_setNextBlockTimestamp', [ended]);
    await send('evm_mine', []);
  }
  const artifacts = await loadCircuitArtifacts(shape.name);
  // keepBase as the SDK sends it on acceptance: the first settlement then reads the kept point
  const keepBaseGas = opts.keepBase === true ? Number((await (await w.market.keepBase(w.agreementId)).wait())!.gasUsed) : undefined;
  const settleGas: number[] = [];
  let last = '';
  for (let k = 0; k < periods; k++) {
    const day = firstDay + k * shape.maxDays;
    const chainBefore = await w.feed.linkAt(1001n, day - 1);
    const mc = await marketCase(shape, terms, { firstDay: day, days: shape.maxDays, chainBefore, domain: w.domain });
    const { proof, publicSignals } = await fullProve(mc.input, artifacts);
    const args = toSolidityArgs(proof, publicSignals);
    const tx = await w.market.settle(args.a, args.b, args.c, args.signals as never);
    const rc = await tx.wait();
    settleGas.push(Number(rc!.gasUsed));
    last = tx.hash;
  }
  const names: Record<string, string> = {};
  const label = async (c: { getAddress(): Promise<string> } | string, n: string) => {
    names[(typeof c === 'string' ? c : await c.getAddress()).toLowerCase()] = n;
  };
  await label(w.d.addresses.meterRegistry, 'MeterRegistry.claimPeriod');
  await label(w.ppas, 'PpaRegistry');
  await label(w.feed, 'PriceFeed');
  await label(w.d.addresses.settlement, 'Settlement.bookMarket');
  await label(await w.market.verifier(), 'verifier');
  return {
    circuit: shape.name,
    intervalsPerDay: I,
    days: shape.maxDays,
    settleGas,
    ...(keepBaseGas !== undefined ? { keepBaseGas } : {}),
    breakdown: await gasBreakdown(send, last, names),
  };
}

/**
 * As {@link measureMarketGas} for a public-price circuit (docs/market-spec.md §11): SpotSettlement with
 * the feed's price point, `periods` consecutive periods of maxDays days; also the gas of publishing a
 * day with the verifier registered (its prefix sum extended).
 */
export async function measureSpotPublicGas(
  shape: MarketShape,
  periods: number,
  opts: { keepBase?: boolean } = {},
): Promise<MarketGas & { publishGas: number }> {
  await send('hardhat_reset', []);
  const I = shape.intervalsPerDay;
  const terms = benchTerms(I, shape.series);
  const firstDay = DAY0;
  const last = firstDay + periods * shape.maxDays;
  const w = await createSpotWorld({
    circuit: shape.name,
    intervalsPerDay: I,
    maxDays: shape.maxDays,
    meterId: 4242n,
    firstDay,
    publishThrough: last - 1,
    terms,
  });
  const rc = await (await w.feed.connect(w.operator).publishPrices(1001n, last, dayPrices(I, last))).wait();
  const publishGas = Number(rc!.gasUsed);
  const ended = (last + 2) * 86400;
  const now = Number(((await send('eth_getBlockByNumber', ['latest', false])) as { timestamp: string }).timestamp);
  if (now < ended) {
    await send('evm_setNextBlockTimestamp', [ended]);
    await send('evm_mine', []);
  }
  const artifacts = await loadCircuitArtifacts(shape.name);
  const keepBaseGas = opts.keepBase === true ? Number((await (await w.spot.keepBase(w.agreementId)).wait())!.gasUsed) : undefined;
  const settleGas: number[] = [];
  let lastTx = '';
  for (let k = 0; k < periods; k++) {
    const day = firstDay + k * shape.maxDays;
    const mc = await publicPriceCase(shape, terms, { firstDay: day, days: shape.maxDays, domain: w.spotDomain });
    const { proof, publicSignals } = await fullProve(mc.input, artifacts);
    const args = toSolidityArgs(proof, publicSignals);
    const tx = await w.spot.settle(args.a, args.b, args.c, args.signals.slice(0, 6) as never);
    settleGas.push(Number((await tx.wait())!.gasUsed));
    lastTx = tx.hash;
  }
  const names: Record<string, string> = {
    [w.d.addresses.meterRegistry.toLowerCase()]: 'MeterRegistry.claimPeriod',
    [(await w.ppas.getAddress()).toLowerCase()]: 'PpaRegistry',
    [(await w.feed.getAddress()).toLowerCase()]: 'PriceFeed.pricePoint',
    [w.d.addresses.settlement.toLowerCase()]: 'Settlement.bookMarket',
    [w.priceVerifier.toLowerCase()]: 'verifier',
  };
  return {
    circuit: shape.name,
    intervalsPerDay: I,
    days: shape.maxDays,
    settleGas,
    ...(keepBaseGas !== undefined ? { keepBaseGas } : {}),
    publishGas,
    breakdown: await gasBreakdown(send, lastTx, names),
  };
}

async function main(): Promise<void> {
  const values = scriptArgs('usage: npx tsx bench/market-gas.ts [--circuit NAME[,NAME]] [--periods N] [--verifier NAME] [--no-keep-base]', {
    circuit: { type: 'string' },
    periods: { type: 'string', default: '2' },
    verifier: { type: 'string' },
    'no-keep-base': { type: 'boolean', default: false },
  });
  const keepBase = !values['no-keep-base'];
  const manifest = await readManifest(defaultBuildDir());
  if (manifest === undefined) throw new Error('no build/manifest.json: build first');
  const wanted = values.circuit?.split(',') ?? Object.keys(manifest.circuits).filter((n) => n.startsWith('mkt_'));
  for (const name of wanted) {
    const entry = manifest.circuits[name];
    if (entry === undefined) throw new Error(`${name} is not built`);
    const p = entry.params as { intervalsPerDay: 24 | 48 | 96; maxDays: number; series: number };
    const shape: MarketShape = { name, intervalsPerDay: p.intervalsPerDay, maxDays: p.maxDays, series: p.series === 0 ? 'import' : 'export' };
    const g =
      (entry.params as { publicPrices?: number }).publicPrices === 1
        ? await measureSpotPublicGas(shape, Number(values.periods), { keepBase })
        : await measureMarketGas(shape, Number(values.periods), { keepBase, ...(values.verifier !== undefined ? { verifierContract: values.verifier } : {}) });
    const kept = g.keepBaseGas !== undefined ? `keepBase ${g.keepBaseGas} gas, then ` : '(no keepBase: the first settle folds) ';
    process.stdout.write(`${name}: ${kept}settle ${g.settleGas.join(', ')} gas\n`);
    for (const s of g.breakdown.shares) process.stdout.write(`  ${s.what.padEnd(34)} ${String(s.gas).padStart(8)}\n`);
  }
  await shutdownProver();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
void FEED_FIRST_DAY;
