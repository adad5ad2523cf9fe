// SpotSettlement with the price feed's prefix sums (docs/market-spec.md §11), on mkt_spotpub_3d_60m:
// the feed sums each published day's price point per registered verifier; a proof whose price inputs
// are the published prices settles with six signals; prices not yet published, a corrected day (the
// proof made against the old publication is refused, a new one settles), a firstDay signal that is
// not the period's first day, replay and another domain are refused; settle and publication gas.
import { beforeAll, describe, expect, it } from 'vitest';
import { marketTerms, marketTermsCommitment } from '../../core/src/market/index.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { toSolidityArgs } from '../../prover/src/groth16.js';
import { fullProveCached } from '../../prover/src/proof-cache.js';
import { MktSpotpub3d60mPriceVerifier__factory, PriceIcTable__factory, type SpotSettlement } from '../../typechain-types/index.js';
import { signPeriod } from '../../core/src/meter/sign.js';
import { MarketParty } from '../../sdk/src/roles/market.js';
import { DAY0, dayEnergy, dayPrices, FEED_FIRST_DAY, METER_KEY, publicPriceCase, SPOTPUB_3D, ZONE, ZONE_TZ } from './cases.js';
import { createSpotWorld, dayStart, provider, type SpotWorld } from './world.js';

const terms = marketTerms(
  24,
  {
    kind: 'spot',
    adders: [900, 2500, 0, 0, 0, 0, 0, 0],
    bands: Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 21 ? 1 : 0)),
    standingPerDay: 1_200_000n,
    taxBps: 1900,
  },
  0x5b07n,
);

describe('SpotSettlement: public prices summed by the feed (mkt_spotpub_3d_60m)', () => {
  let w: SpotWorld & { agreementId: bigint };
  let spot: SpotSettlement;
  let verifierAddress: string;
  let domain: bigint;
  const published = new Map<number, number[]>();
  /** The circuit's artifacts, read and checked against the manifest once for the file (not once per proof). */
  let loaded: ReturnType<typeof loadCircuitArtifacts> | undefined;
  const artifacts = () => (loaded ??= loadCircuitArtifacts(SPOTPUB_3D.name));
  const publish = async (day: number, prices = dayPrices(24, day)) => {
    const rc = await (await w.feed.connect(w.operator).publishPrices(ZONE, day, prices)).wait();
    published.set(day, prices);
    return Number(rc!.gasUsed);
  };
  /** A proof of `days` days from `firstDay` at `prices` (default: the published ones). */
  const prove = async (firstDay: number, days: number, prices?: number[][], tweak?: (input: Record<string, unknown>) => void) => {
    const p = prices ?? Array.from({ length: days }, (_, d) => published.get(firstDay + d) ?? dayPrices(24, firstDay + d));
    const mc = await publicPriceCase(SPOTPUB_3D, terms, { firstDay, days, prices: p, domain });
    tweak?.(mc.input);
    const { proof, publicSignals } = await fullProveCached(mc.input, await artifacts());
    const args = toSolidityArgs(proof, publicSignals);
    return { mc, args, signals: args.signals.slice(0, 6) as unknown as [bigint, bigint, bigint, bigint, bigint, bigint] };
  };
  const settle = (p: Awaited<ReturnType<typeof prove>>) => spot.settle(p.args.a, p.args.b, p.args.c, p.signals);
  /** The custom error a call reverts with, decoded by the contracts that can raise it. */
  async function revertName(call: Promise<unknown>): Promise<string> {
    try {
      await call;
    } catch (e) {
      const data = (e as { data?: string }).data;
      for (const iface of [spot.interface, w.feed.interface, MktSpotpub3d60mPriceVerifier__factory.createInterface()]) {
        const parsed = data === undefined ? null : iface.parseError(data);
        if (parsed) return parsed.name;
      }
      throw e;
    }
    throw new Error('expected a revert');
  }

  beforeAll(async () => {
    await provider.send('hardhat_reset', []);
    w = await createSpotWorld({
      circuit: SPOTPUB_3D.name,
      intervalsPerDay: 24,
      maxDays: 3,
      meterId: 4242n,
      firstDay: DAY0,
      publishThrough: FEED_FIRST_DAY,
      terms,
    });
    spot = w.spot;
    verifierAddress = w.priceVerifier;
    domain = w.spotDomain;
    for (let day = FEED_FIRST_DAY + 1; day <= DAY0 + 1; day++) await publish(day);
  }, 300_000);

  it('refuses a verifier of another interval count, a second registration, and an IC table not the rendered one', async () => {
    expect(await revertName(w.feed.registerPriceVerifier(ZONE, verifierAddress))).toBe('BadPriceVerifier');
    await (await w.feed.createZone(2002n, w.operator.address, 48, 3600, FEED_FIRST_DAY)).wait();
    expect(await revertName(w.feed.registerPriceVerifier(2002n, verifierAddress))).toBe('BadPriceVerifier');
    expect(await revertName(w.feed.connect(w.operator).registerPriceVerifier(ZONE, verifierAddress))).toBe('AccessControlUnauthorizedAccount');
    const wrong = await new PriceIcTable__factory(w.admin).deploy(`0x00${'11'.repeat(64)}`);
    await wrong.waitForDeployment();
    expect(await revertName(new MktSpotpub3d60mPriceVerifier__factory(w.admin).deploy([await wrong.getAddress()]))).toBe('WrongIcTable');
  });

  /** The events `spot` emitted in a receipt. */
  const spotEvents = (rc: { logs: readonly { address: string; topics: readonly string[]; data: string }[] } | null) =>
    rc!.logs.filter((l) => l.address === (spot.target as string)).map((l) => spot.interface.parseLog(l)!);

  it('keepBase: refuses an unknown or half-accepted agreement; keeps, once, the point settle would fold', async () => {
    expect(await revertName(spot.keepBase(999n))).toBe('UnknownAgreementId');
    // another agreement of the meter, offered by the retailer and not (yet) accepted by the consumer
    const offered = await marketTermsCommitment(marketTerms(24, { kind: 'spot', adders: [500, 0, 0, 0, 0, 0, 0, 0] }, 0xbeefn));
    await (await w.ppas.connect(w.payee).propose(4242n, ZONE, 0, w.payer.address, w.payee.address, dayStart(DAY0), dayStart(DAY0 + 400), offered)).wait();
    expect(await revertName(spot.keepBase(await w.ppas.agreementCount()))).toBe('AgreementNotAccepted');
    // the accepted agreement: its point is folded from the registries' key hash and terms, never the caller's
    const { keyHash } = await w.d.meters.contract.getMeter(4242n);
    const commitment = await marketTermsCommitment(terms);
    expect(await spot.keptBase(keyHash, commitment)).toEqual([0n, 0n]);
    const rc = await (await spot.keepBase(w.agreementId)).wait();
    const fold = await MktSpotpub3d60mPriceVerifier__factory.connect(verifierAddress, w.admin).foldBase(keyHash, commitment, domain);
    const [kept] = spotEvents(rc);
    expect([kept!.name, kept!.args.agreementId, kept!.args.meterId, kept!.args.keyHash, kept!.args.terms]).toEqual([
      'BaseKept',
      w.agreementId,
      4242n,
      keyHash,
      commitment,
    ]);
    expect(kept!.args.base.map(BigInt)).toEqual([fold[0], fold[1]]);
    expect(await spot.keptBase(keyHash, commitment)).toEqual([fold[0], fold[1]]);
    process.stdout.write(`SpotSettlement.keepBase (first, writes the point): ${Number(rc!.gasUsed)} gas\n`);
    // twice is harmless: the same point, nothing written, no event
    const again = await (await spot.keepBase(w.agreementId)).wait();
    expect(spotEvents(again)).toEqual([]);
    expect(await spot.keptBase(keyHash, commitment)).toEqual([fold[0], fold[1]]);
    expect(Number(again!.gasUsed)).toBeLessThan(Number(rc!.gasUsed) - 20_000);
  });

  it('settles a 2-day period at the published prices (negative ones included) with six signals', async () => {
    const p = await prove(DAY0, 2);
    expect(p.mc.prices.flat().some((x) => x < 0)).toBe(true);
    const before = await w.d.settlement.contract.balanceOf(w.payee.address);
    const rc = await (await settle(p)).wait();
    expect(await w.d.settlement.contract.balanceOf(w.payee.address)).toBe(before + p.mc.amount.charge);
    const gas = Number(rc!.gasUsed);
    // the first settlement of the meter, its base point kept by keepBase: it pays its cold ledger and
    // cursor slots but no fold (the bench's month figures: bench/market-gas.ts)
    process.stdout.write(`SpotSettlement.settle (2 days of mkt_spotpub_3d_60m, first settlement of the meter, base kept): ${gas} gas\n`);
    // keepBase took the fold out of the settlement: the first costs what a repeat does (issue 13's bound)
    expect(gas).toBeLessThanOrEqual(320_000);
    // replay: the same proof again overlaps the settled period
    expect(await revertName(settle(p))).toBe('PeriodOverlap');
  }, 120_000);

  it('refuses prices not yet published, then settles once they are', async () => {
    await publish(DAY0 + 2);
    await publish(DAY0 + 3);
    // the prover knows the forecast of DAY0 + 4 (say); the feed has not published it
    const early = await prove(DAY0 + 2, 3, [dayPrices(24, DAY0 + 2), dayPrices(24, DAY0 + 3), dayPrices(24, DAY0 + 4)]);
    expect(await revertName(settle(early))).toBe('PricesNotPublished');
    const gas = await publish(DAY0 + 4);
    process.stdout.write(`PriceFeed.publishPrices with one registered verifier (I = 24): ${gas} gas\n`);
    // a corrected day: the proof made against the old publication of DAY0 + 3 no longer verifies
    const corrected = dayPrices(24, DAY0 + 3).map((x, s) => (s === 12 ? x - 50_000 : x));
    const rc = await (await w.feed.connect(w.operator).correctPrices(ZONE, DAY0 + 3, corrected)).wait();
    process.stdout.write(`PriceFeed.correctPrices of the last day but one (2 prefix sums rewritten): ${Number(rc!.gasUsed)} gas\n`);
    published.set(DAY0 + 3, corrected);
    expect(await revertName(settle(early))).toBe('InvalidProof');
    // a firstDay signal of the same residue (firstDay + 3) makes a valid proof of the circuit, which
    // binds firstDay only through the residue: the feed ties it to periodStart
    const shifted = await prove(DAY0 + 2, 3, undefined, (input) => {
      input.firstDay = String(DAY0 + 2 + 3);
    });
    expect(await revertName(settle(shifted))).toBe('WrongFirstDay');
    // another contract's domain
    const foreign = await prove(DAY0 + 2, 3, undefined, (input) => {
      input.domain = String(w.domain);
    });
    expect(await revertName(settle(foreign))).toBe('WrongDomain');
    const fresh = await prove(DAY0 + 2, 3);
    const before = await w.d.settlement.contract.balanceOf(w.payee.address);
    const settled = await (await settle(fresh)).wait();
    expect(await w.d.settlement.contract.balanceOf(w.payee.address)).toBe(before + fresh.mc.amount.charge);
    process.stdout.write(`SpotSettlement.settle (3 days, warm meter): ${Number(settled!.gasUsed)} gas\n`);
    expect(Number(settled!.gasUsed)).toBeLessThanOrEqual(320_000);
  }, 300_000);

  it("refuses a period that starts before the verifier's sums (its first day's prices are in no prefix sum)", async () => {
    expect(await revertName(w.feed.pricePoint(ZONE, verifierAddress, FEED_FIRST_DAY * 86400 - 3600, 3600, 1, FEED_FIRST_DAY))).toBe('PricesNotPublished');
    expect(await revertName(w.feed.pricePoint(ZONE, w.admin.address, DAY0 * 86400 - 3600, 3600, 1, DAY0))).toBe('UnknownPriceVerifier');
  });

  it("the SDK: a consumer's MarketParty proves the next 3 days at the feed's prices and settles them through SpotSettlement", async () => {
    for (let day = DAY0 + 5; day <= DAY0 + 7; day++) await publish(day);
    const party = new MarketParty(w.payer, {
      priceFeed: await w.feed.getAddress(),
      ppaRegistry: await w.ppas.getAddress(),
      marketSettlement: await w.market.getAddress(),
      spotSettlement: await w.spot.getAddress(),
    });
    const e = dayEnergy(24, 3, 'import');
    const signed = await signPeriod(METER_KEY, {
      meterId: 4242n,
      periodStart: (DAY0 + 5) * 86400 - ZONE_TZ,
      intervalSeconds: 3600,
      imports: e.imports,
      exports: e.exports,
    });
    const prices = [DAY0 + 5, DAY0 + 6, DAY0 + 7].map((d) => published.get(d)!);
    const proof = await party.provePublicPrices({
      circuit: SPOTPUB_3D.name,
      signed,
      series: 'import',
      terms,
      zone: { zone: ZONE, tzOffsetSeconds: ZONE_TZ },
      prices,
    });
    expect(proof.solidity.signals).toHaveLength(6);
    const before = await w.d.settlement.contract.balanceOf(w.payee.address);
    await party.settleSpot(proof);
    expect(await w.d.settlement.contract.balanceOf(w.payee.address)).toBe(before + proof.amount.charge);
    // a party without SpotSettlement's address gets a ValidationError, not a call to the wrong contract
    const plain = new MarketParty(w.payer, {
      priceFeed: await w.feed.getAddress(),
      ppaRegistry: await w.ppas.getAddress(),
      marketSettlement: await w.market.getAddress(),
    });
    await expect(plain.settleSpot(proof)).rejects.toThrow(/spotSettlement/);
  }, 300_000);

  it("keepBase refuses once the meter's key is revoked at its billing cursor (no period could use the point)", async () => {
    const meter = await w.d.meters.contract.getMeter(4242n);
    await (await w.d.meters.contract.connect(w.authority).revokeKey(4242n, meter.nextPeriodStart)).wait();
    expect(await revertName(spot.keepBase(w.agreementId))).toBe('KeyNotValidForPeriod');
  });
});
