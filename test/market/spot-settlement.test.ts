// A consumer on a spot-indexed tariff settles a day through MarketSettlement (mkt_spot_1d_60m): the
// consumer pays its retailer at the published prices plus the retailer's adders; on a day of deeply
// negative prices the same proof flow pays the consumer (a credit note through the ledger).
import { BrowserProvider, type Eip1193Provider, type JsonRpcSigner } from 'ethers';
import hre from 'hardhat';
import { beforeAll, describe, expect, it } from 'vitest';
import { meterPublicKey } from '../../core/src/crypto/index.js';
import { marketTerms, marketTermsCommitment } from '../../core/src/market/index.js';
import { signPeriod } from '../../core/src/meter/sign.js';
import { deployWattproof, type WattproofDeployment } from '../../sdk/src/chain/deploy.js';
import { MeterRegistryClient } from '../../sdk/src/chain/meter-registry.js';
import { MarketOperator, MarketParty } from '../../sdk/src/roles/market.js';
import { auditMarket } from '../../sdk/src/audit/market-audit.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { CFD_DAY } from './cases.js';
import {
  MarketSettlement__factory,
  MktSpot1d60mBatchVerifier__factory,
  PpaRegistry__factory,
  PriceFeed__factory,
  TestToken__factory,
} from '../../typechain-types/index.js';
import { DAY0, dayEnergy, dayPrices, FEED_FIRST_DAY, METER_KEY, SPOT_DAY, ZONE, ZONE_TZ } from './cases.js';
import { deployPoseidon6 } from './poseidon.js';

const provider = new BrowserProvider(hre.network.provider as unknown as Eip1193Provider, undefined, { cacheTimeout: -1 });
const METER = 77n;
const UNIT = 1_000_000n;
const start = (day: number) => day * 86400 - ZONE_TZ;

describe('MarketSettlement: a consumer on a spot-indexed tariff', () => {
  let consumer: JsonRpcSigner;
  let retailer: JsonRpcSigner;
  let d: WattproofDeployment;
  let party: MarketParty;
  let op: MarketOperator;
  // day-ahead price + 25.00/MWh in the day band (07-21 h), + 9.00 at night; 1.20/day standing; 19 % VAT
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
  const zone = { zone: ZONE, tzOffsetSeconds: ZONE_TZ };
  const balance = (who: JsonRpcSigner) => d.settlement.contract.balanceOf(who.address);
  const signDay = async (day: number) => {
    const e = dayEnergy(24, 1, 'import');
    return signPeriod(METER_KEY, { meterId: METER, periodStart: start(day), intervalSeconds: 3600, imports: e.imports, exports: e.exports });
  };

  beforeAll(async () => {
    const accounts = (await provider.send('eth_accounts', [])) as string[];
    const s = await Promise.all(accounts.slice(0, 5).map((a) => provider.getSigner(a)));
    const [admin, authority, operator] = [s[0]!, s[1]!, s[2]!];
    [consumer, retailer] = [s[3]!, s[4]!];
    d = await deployWattproof(admin, { verifierName: 'bill_1d_30m', authority: authority.address, regulator: admin.address, retailers: [retailer.address] });
    const feed = await new PriceFeed__factory(admin).deploy(admin.address, await deployPoseidon6(admin));
    const ppas = await new PpaRegistry__factory(admin).deploy(d.addresses.meterRegistry);
    const verifier = await new MktSpot1d60mBatchVerifier__factory(admin).deploy();
    const market = await new MarketSettlement__factory(admin).deploy(verifier, d.addresses.meterRegistry, ppas, feed, d.addresses.settlement);
    await Promise.all([feed, ppas, verifier, market].map((c) => c.waitForDeployment()));
    await (await d.settlement.contract.connect(admin).grantRole(await d.settlement.contract.MARKET_SETTLEMENT_ROLE(), market)).wait();
    await (await d.meters.contract.connect(admin).grantRole(await d.meters.contract.SETTLEMENT_ROLE(), market)).wait();
    await (await feed.createZone(ZONE, operator.address, 24, ZONE_TZ, FEED_FIRST_DAY)).wait();
    const addresses = { priceFeed: await feed.getAddress(), ppaRegistry: await ppas.getAddress(), marketSettlement: await market.getAddress() };
    op = new MarketOperator(operator, addresses.priceFeed);
    for (let day = FEED_FIRST_DAY; day <= DAY0; day++) await op.publishDay(ZONE, day, dayPrices(24, day));
    await new MeterRegistryClient(d.addresses.meterRegistry, authority).registerMeter({
      meterId: METER,
      publicKey: await meterPublicKey(METER_KEY),
      consumer: consumer.address,
      retailer: retailer.address,
      firstPeriodStart: BigInt(start(DAY0)),
    });
    const token = TestToken__factory.connect(d.addresses.token, admin);
    for (const who of [consumer, retailer]) {
      await (await token.mint(who.address, 1000n * UNIT)).wait();
      await (await token.connect(who).approve(d.addresses.settlement, 1000n * UNIT)).wait();
      await (await d.settlement.contract.connect(who).deposit(100n * UNIT)).wait();
    }
    // the retailer offers the spot-indexed tariff as an agreement; the consumer accepts it
    const offer = await new MarketParty(retailer, addresses).agreements.propose({
      meterId: METER,
      zone: ZONE,
      kind: 'spot',
      payer: consumer.address,
      payee: retailer.address,
      validFrom: start(DAY0),
      validUntil: start(DAY0 + 365),
      terms: await marketTermsCommitment(terms),
    });
    party = new MarketParty(consumer, addresses);
    await party.accept(offer.id);
  });

  it('pays the retailer the day at the published prices plus adders, standing charge and VAT', async () => {
    const [c, r] = [await balance(consumer), await balance(retailer)];
    const proof = await party.prove({ circuit: SPOT_DAY.name, signed: await signDay(DAY0), series: 'import', terms, zone, prices: [dayPrices(24, DAY0)] });
    expect(proof.amount.charge).toBeGreaterThan(0n);
    const tx = await party.settle(proof);
    console.log(`MarketSettlement.settle (spot-indexed day, 24 intervals): ${tx.gasUsed} gas`);
    expect(await balance(consumer)).toBe(c - proof.amount.charge);
    expect(await balance(retailer)).toBe(r + proof.amount.charge);
  });

  it('a day of deeply negative prices: the same flow credits the consumer', async () => {
    const negative = new Array<number>(24).fill(-50_000); // -500.00 per MWh all day
    await op.publishDay(ZONE, DAY0 + 1, negative);
    const [c, r] = [await balance(consumer), await balance(retailer)];
    const proof = await party.prove({ circuit: SPOT_DAY.name, signed: await signDay(DAY0 + 1), series: 'import', terms, zone, prices: [negative] });
    expect(proof.amount.charge).toBe(0n);
    expect(proof.amount.credit).toBeGreaterThan(0n);
    await party.settle(proof);
    expect(await balance(consumer)).toBe(c + proof.amount.credit);
    expect(await balance(retailer)).toBe(r - proof.amount.credit);
  });

  it("the regulator's audit re-verifies both proofs and finds every price they used published, even after a later correction", async () => {
    const addresses = { priceFeed: await party.feed.contract.getAddress(), marketSettlement: await party.settlement.contract.getAddress() };
    const vkey = (await loadCircuitArtifacts(SPOT_DAY.name)).vkey;
    const report = await auditMarket(provider, addresses, vkey);
    expect(report.settlements.map((s) => [s.firstDay, s.proofValid, s.pricesPublished])).toEqual([
      [DAY0, true, true],
      [DAY0 + 1, true, true],
    ]);
    expect(report.ok).toBe(true);
    // without the feed's history (replay started after the zone opened) no price can be shown published
    const partial = await auditMarket(provider, addresses, vkey, { fromBlock: report.settlements[0]!.blockNumber });
    expect(partial.settlements.map((s) => [s.proofValid, s.pricesPublished])).toEqual([
      [true, false],
      [true, false],
    ]);
    expect(partial.ok).toBe(false);
    // the operator corrects day 0 after it settled: the audit judges each proof against the
    // publication in force when it settled, which it replays from the feed's events
    await op.correctDay(
      ZONE,
      DAY0,
      dayPrices(24, DAY0).map((p) => p + 1),
    );
    expect((await auditMarket(provider, addresses, vkey)).ok).toBe(true);
    // a key of another circuit does not verify these proofs
    const wrong = await auditMarket(provider, addresses, (await loadCircuitArtifacts(CFD_DAY.name)).vkey);
    expect(wrong.ok).toBe(false);
    expect(wrong.settlements.every((s) => !s.proofValid && s.pricesPublished)).toBe(true);
  });
});
