// DisclosedSpotSettlement (docs/disclosure-spec.md §12) on Hardhat's in-process chain: public-price bills whose
// proofs (mkt_spotpub_3d_60m_disclose, real) encrypt the market details to the regulator's key in force settle
// against the feed's price point; the regulator decrypts each settlement from the events and recomputes its
// amounts. Adversarial: an unregistered key, the next epoch's key before it is in force, the expired epoch's
// key after the rotation, a posted word other than the proven one, the plain entry points, and SpotSettlement's
// own rules (overlap, a firstDay that is not the period's, prices not published, another domain).
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveEphemeralSecret } from '../../core/src/bill/disclosure.js';
import { type CurvePoint, generateDisclosureKey } from '../../core/src/crypto/disclosure.js';
import {
  decryptMarketDisclosure,
  marketDisclosureNonce,
  marketDisclosureSignalsOf,
  marketTerms,
  publicPriceBillWitness,
  publicPriceDisclosureOffset,
  recomputeMarketFromDetails,
} from '../../core/src/market/index.js';
import { signPeriod } from '../../core/src/meter/sign.js';
import { auditDisclosedMarketRecord, auditMarketDisclosures, marketDisclosureContext } from '../../sdk/src/audit/market-disclosure-audit.js';
import { deploySpotSettlement } from '../../sdk/src/chain/deploy-spot.js';
import { MarketParty } from '../../sdk/src/roles/market.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { toSolidityArgs } from '../../prover/src/groth16.js';
import { fullProveCached } from '../../prover/src/proof-cache.js';
import {
  type DisclosedSpotSettlement,
  DisclosedSpotSettlement__factory,
  type DisclosureKeys,
  DisclosureKeys__factory,
  MktSpotpub3d60mDisclosePriceVerifier__factory,
} from '../../typechain-types/index.js';
import { DAY0, dayEnergy, dayPrices, METER_KEY, ZONE, ZONE_TZ } from './cases.js';
import { refusesKeysNotInForce } from './disclosure-keys.js';
import { createLaterMeter, createSpotWorld, dayStart, endDay, type LaterMeter, provider, type SpotWorld } from './world.js';

const CIRCUIT = 'mkt_spotpub_3d_60m_disclose';
const METER = 4242n;
const PROVER_SECRET = 0x5eedn;
const OFFSET = publicPriceDisclosureOffset(3, 24);
const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

describe('DisclosedSpotSettlement: public-price settlements disclosed to the regulator, bound by the proof', () => {
  const regulator = generateDisclosureKey();
  const nextRegulator = generateDisclosureKey();
  const terms = marketTerms(
    24,
    {
      kind: 'spot',
      adders: [900, 2500, -300, 0, 0, 0, 0, 0],
      bands: Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 21 ? 1 : h < 5 ? 2 : 0)),
      standingPerDay: 1_200_000n,
      taxBps: 1900,
    },
    0x5b07n,
  );
  let w: SpotWorld & { agreementId: bigint };
  let ds: DisclosedSpotSettlement;
  let keys: DisclosureKeys;
  let domain: bigint;
  /** The circuit's artifacts, read and checked against the manifest once for the file (not once per proof). */
  let loaded: ReturnType<typeof loadCircuitArtifacts> | undefined;
  const artifacts = () => (loaded ??= loadCircuitArtifacts(CIRCUIT));

  /** The custom error `call` reverts with, decoded by the contracts that can raise it (undefined: no revert). */
  async function revertError(call: () => Promise<unknown>) {
    try {
      await call();
    } catch (e) {
      const data = (e as { data?: string }).data;
      for (const iface of [ds.interface, w.feed.interface, w.ppas.interface]) {
        const parsed = data === undefined ? null : iface.parseError(data);
        if (parsed) return parsed;
      }
      throw e;
    }
    return undefined;
  }
  const revertName = async (call: () => Promise<unknown>): Promise<string> => (await revertError(call))?.name ?? 'no revert';

  /** A real proof of `days` days from `firstDay` (meter `meterId`), its details encrypted to `key`. */
  async function prove(
    firstDay: number,
    days: number,
    o: { key?: CurvePoint; meterId?: bigint; meterKey?: Uint8Array; domain?: bigint; tweak?: (input: Record<string, unknown>) => void } = {},
  ) {
    const meterId = o.meterId ?? METER;
    const energy = dayEnergy(24, days, 'import');
    const signed = await signPeriod(o.meterKey ?? METER_KEY, { meterId, periodStart: dayStart(firstDay), intervalSeconds: 3600, ...energy });
    const nonce = marketDisclosureNonce(meterId, signed.periodStart);
    const mc = await publicPriceBillWitness({
      signed,
      series: 'import',
      terms,
      zoneTzSeconds: ZONE_TZ,
      prices: Array.from({ length: days }, (_, d) => dayPrices(24, firstDay + d)),
      domain: o.domain ?? domain,
      maxDays: 3,
      tokenDecimals: 6,
      disclosure: { regulatorKey: o.key ?? regulator.publicKey, ephemeralSecret: await deriveEphemeralSecret(PROVER_SECRET, nonce) },
    });
    o.tweak?.(mc.input);
    const { proof, publicSignals } = await fullProveCached(mc.input, await artifacts());
    const args = toSolidityArgs(proof, publicSignals);
    expect(args.signals).toEqual(mc.publicSignals);
    const s = args.signals.slice(0, 6);
    const disclosure = args.signals.slice(OFFSET);
    return {
      mc,
      nonce,
      s,
      disclosure,
      args,
      settle: (sig = s, words = disclosure) => ds.settleDisclosed(args.a, args.b, args.c, sig as never, words as never),
    };
  }

  let laterSetUp: Promise<LaterMeter> | undefined;
  /** The later meter of the tests of keys by epoch ({@link createLaterMeter}), set up once. */
  const laterMeter = () => (laterSetUp ??= createLaterMeter(w, terms, w.priceVerifier));

  beforeAll(async () => {
    await provider.send('hardhat_reset', []);
    // SpotSettlement's world with the disclosed circuit's price verifier registered in the feed
    w = await createSpotWorld({ circuit: CIRCUIT, intervalsPerDay: 24, maxDays: 3, meterId: METER, firstDay: DAY0, publishThrough: DAY0 + 4, terms });
    keys = await new DisclosureKeys__factory(w.admin).deploy(w.admin.address, w.admin.address, regulator.publicKey.x, regulator.publicKey.y);
    await keys.waitForDeployment();
    ds = await new DisclosedSpotSettlement__factory(w.admin).deploy(
      w.priceVerifier,
      w.d.addresses.meterRegistry,
      w.ppas,
      w.feed,
      w.d.addresses.settlement,
      keys,
    );
    await ds.waitForDeployment();
    const settlement = w.d.settlement.contract.connect(w.admin);
    await (await settlement.grantRole(await settlement.MARKET_SETTLEMENT_ROLE(), ds)).wait();
    const meters = w.d.meters.contract.connect(w.admin);
    await (await meters.grantRole(await meters.SETTLEMENT_ROLE(), ds)).wait();
    domain = await ds.domain();
    // the next epoch (nextRegulator's key) is scheduled by the rotation test (and on a snapshot by the test of keys
    // not in force)
  }, 300_000);

  it('refuses a verifier without the disclosure words at deployment', async () => {
    const f = new DisclosedSpotSettlement__factory(w.admin);
    // a verifier of another circuit family (the feed-linked day's batch verifier): no disclosure words after prices
    const plainVerifier = await w.market.verifier();
    expect(await revertName(() => f.deploy(plainVerifier, w.d.addresses.meterRegistry, w.ppas, w.feed, w.d.addresses.settlement, keys))).toBe(
      'DisclosureLayoutMismatch',
    );
    expect(await MktSpotpub3d60mDisclosePriceVerifier__factory.connect(w.priceVerifier, w.admin).disclosureWordCount()).toBe(8n);
  });

  it('settles two disclosed days against the feed; the regulator decrypts them from the events and recomputes the amounts', async () => {
    const p = await prove(DAY0, 2);
    const rc = await (await p.settle()).wait();
    console.log(`DisclosedSpotSettlement.settleDisclosed (2 days of 24 intervals, first of its key, terms and regulator key): ${rc!.gasUsed} gas`);
    const logs = rc!.logs.map((l) => ds.interface.parseLog(l)).filter((l) => l !== null);
    const settled = logs.find((l) => l.name === 'SpotSettled')!;
    const disclosed = logs.find((l) => l.name === 'SpotDisclosed')!;
    expect([disclosed.args.meterId, disclosed.args.agreementId]).toEqual([METER, w.agreementId]);
    const words = (disclosed.args.disclosure as bigint[]).map(BigInt);
    expect(words).toEqual(p.disclosure);
    // the regulator with chain data alone: the six signals and the words from the events, its secret, the terms it approved
    const six = (settled.args.publicSignals as bigint[]).map(BigInt);
    const period = six[2]!;
    const nonce = marketDisclosureNonce(period & ((1n << 64n) - 1n), (period >> 64n) & ((1n << 40n) - 1n));
    const details = decryptMarketDisclosure(marketDisclosureSignalsOf(words, 0), regulator.secret, nonce);
    expect(details).toEqual(p.mc.details);
    const dayCount = Number((period >> 104n) & 0xffffn) / 24;
    expect(dayCount).toBe(2);
    const back = recomputeMarketFromDetails(terms, details, dayCount, 6);
    expect([back.charge, back.credit]).toEqual([six[3]! & ((1n << 96n) - 1n), six[3]! >> 96n]);
    expect(back.charge).toBeGreaterThan(0n);
    const { keyHash } = await w.d.meters.contract.getMeter(METER);
    expect(await ds.keptDisclosedBase(keyHash, six[1]!, regulator.publicKey.y)).not.toEqual([0n, 0n]);
  }, 300_000);

  it('refuses a posted ciphertext word or ephemeral key other than the proven one, and a word out of the field', async () => {
    // on a snapshot of the chain, the real proof of the next period, which the next test settles (one proof of it per run)
    const snapshot = (await provider.send('evm_snapshot', [])) as string;
    const p = await prove(DAY0 + 2, 1);
    for (const k of [1, 2, 4, 7]) {
      const bad = [...p.disclosure];
      bad[k] = bad[k]! + 1n;
      expect(await revertName(() => p.settle(p.s, bad))).toBe('InvalidProof');
    }
    const out = [...p.disclosure];
    out[5] = R;
    const outOfField = await revertError(() => p.settle(p.s, out));
    expect([outOfField?.name, outOfField?.args.index]).toEqual(['SignalOutOfField', BigInt(OFFSET + 5)]);
    // an altered public signal still fails the proof; the honest words settle
    const s = [...p.s];
    s[3] = s[3]! + 1n;
    expect(await revertName(() => p.settle(s))).toBe('InvalidProof');
    await (await p.settle()).wait();
    expect(await provider.send('evm_revert', [snapshot])).toBe(true);
  }, 300_000);

  it('the next period of the same key, terms and regulator key reads the kept point', async () => {
    const p = await prove(DAY0 + 2, 1);
    const rc = await (await p.settle()).wait();
    console.log(`DisclosedSpotSettlement.settleDisclosed (1 day, kept point): ${rc!.gasUsed} gas`);
  }, 300_000);

  it('refuses a proof encrypted to a key not in force: an unregistered key, and the next epoch’s key', async () => {
    // one real proof of the later meter's first day to nextRegulator's key (the rotation test settles it), sent on a
    // snapshot once the day has ended: before that key is registered, and once it is the next epoch's
    const later = await laterMeter();
    const toNext = await prove(later.day, 1, { meterId: later.meterId, meterKey: later.meterKey, key: nextRegulator.publicKey });
    await refusesKeysNotInForce({ keys, later, first: regulator.publicKey, next: nextRegulator.publicKey, toNext, revertError });
  }, 300_000);

  it("keeps the plain entry points closed and SpotSettlement's rules in force before the disclosure's", async () => {
    const p = await prove(DAY0 + 3, 1);
    expect(await revertName(() => ds.settle(p.args.a, p.args.b, p.args.c, p.s as never))).toBe('DisclosureRequired');
    expect(await revertName(() => ds.keepBase(w.agreementId))).toBe('DisclosureRequired');
    // a replayed period is an overlap, whatever its disclosure
    const replay = await prove(DAY0 + 2, 1);
    expect(await revertName(() => replay.settle())).toBe('PeriodOverlap');
    // a firstDay signal that is not the period's first day: the feed's rule
    const s = [...p.s];
    s[4] = s[4]! + 3n;
    expect(await revertName(() => p.settle(s))).toBe('WrongFirstDay');
    // a proof for another contract's domain
    const foreign = await prove(DAY0 + 3, 1, { domain: domain + 1n });
    expect(await revertName(() => foreign.settle())).toBe('WrongDomain');
    await (await p.settle()).wait();
    // a period whose last day the feed has not published yet (published through DAY0 + 4); the SDK's test settles
    // this same period once DAY0 + 5 is published (one proof of it per run)
    const ahead = await prove(DAY0 + 4, 2);
    expect(await revertName(() => ahead.settle())).toBe('PricesNotPublished');
  }, 300_000);

  it("the SDK proves and settles a disclosed period; the regulator's audit decrypts every settlement and flags tampering", async () => {
    const party = new MarketParty(w.payer, {
      priceFeed: await w.feed.getAddress(),
      ppaRegistry: await w.ppas.getAddress(),
      marketSettlement: await w.market.getAddress(),
      disclosedSpotSettlement: await ds.getAddress(),
    });
    // the 2-day period the feed could not price before (its second day is published now)
    await (await w.feed.connect(w.operator).publishPrices(ZONE, DAY0 + 5, dayPrices(24, DAY0 + 5))).wait();
    const energy = dayEnergy(24, 2, 'import');
    const signed = await signPeriod(METER_KEY, { meterId: METER, periodStart: dayStart(DAY0 + 4), intervalSeconds: 3600, ...energy });
    const nonce = marketDisclosureNonce(METER, signed.periodStart);
    const base = {
      circuit: CIRCUIT,
      signed,
      series: 'import' as const,
      terms,
      zone: { zone: ZONE, tzOffsetSeconds: ZONE_TZ },
      prices: [dayPrices(24, DAY0 + 4), dayPrices(24, DAY0 + 5)],
    };
    // a disclosed circuit refuses a proof without the disclosure, and the plain path has no SpotSettlement here
    await expect(party.provePublicPrices(base)).rejects.toThrow(/addresses\.spotSettlement|disclosure: is required/);
    const proof = await party.provePublicPrices({
      ...base,
      disclosure: { regulatorKey: regulator.publicKey, ephemeralSecret: await deriveEphemeralSecret(PROVER_SECRET, nonce) },
    });
    expect(proof.solidity.signals).toHaveLength(6 + 8);
    await party.settleSpot(proof);
    const opts = { provider: w.admin.provider, settlement: await ds.getAddress(), regulatorSecrets: [regulator.secret], terms: [terms] };
    const report = await auditMarketDisclosures(opts);
    expect(report.settlements.map((v) => [v.periodStart, v.dayCount])).toEqual([
      [dayStart(DAY0), 2],
      [dayStart(DAY0 + 2), 1],
      [dayStart(DAY0 + 3), 1],
      [dayStart(DAY0 + 4), 2],
    ]);
    expect(report.flagged).toBe(0);
    for (const v of report.settlements) {
      expect(v.proofValid).toBe(true);
      expect([v.recomputed!.charge, v.recomputed!.credit]).toEqual([v.charge, v.credit]);
    }
    expect(report.settlements[3]!.details).toEqual(proof.details);
    expect(report.summary.hourWh.reduce((a, b) => a + b, 0n)).toBe(report.summary.bandWh.reduce((a, b) => a + b, 0n));
    // a tampered record (a reader altered a logged word): no decryption, and the contract's verifier refuses the proof over it
    const ctx = await marketDisclosureContext(opts);
    const honest = report.settlements[3]!.record;
    const tampered = { ...honest, disclosure: honest.disclosure.map((x, k) => (k === 3 ? x + 1n : x)) };
    const seen = await auditDisclosedMarketRecord(tampered, ctx);
    expect(seen.proofValid).toBe(false);
    expect(seen.mismatches.join('; ')).toMatch(/does not decrypt/);
    // amounts that differ from the disclosed details (a forged SpotSettled) are reported as a mismatch
    const forged = { ...honest, publicSignals: honest.publicSignals.map((x, k) => (k === 3 ? x + 1n : x)) };
    expect((await auditDisclosedMarketRecord(forged, ctx)).mismatches.join('; ')).toMatch(/charge \d+ settled, \d+ recomputed/);
    // without the epoch's secret or the approved terms, every settlement is flagged
    expect((await auditMarketDisclosures({ ...opts, regulatorSecrets: [nextRegulator.secret] })).flagged).toBe(4);
    const noTerms = await auditMarketDisclosures({ ...opts, terms: [] });
    expect(noTerms.settlements[0]!.mismatches).toEqual([expect.stringMatching(/no approved terms/)]);
  }, 300_000);

  it('deploySpotSettlement deploys a DisclosedSpotSettlement for a disclosed circuit, and only with the key registry', async () => {
    const zone3 = ZONE + 2n;
    await (await w.feed.createZone(zone3, w.operator.address, 24, ZONE_TZ, DAY0)).wait();
    const market = {
      meterRegistry: w.d.addresses.meterRegistry,
      settlement: w.d.addresses.settlement,
      priceFeed: await w.feed.getAddress(),
      ppaRegistry: await w.ppas.getAddress(),
    };
    const keysAddress = await keys.getAddress();
    const d = await deploySpotSettlement(w.admin, market, CIRCUIT, { zones: [zone3], disclosureKeys: keysAddress });
    expect(d.disclosed).toBe(true);
    const deployed = DisclosedSpotSettlement__factory.connect(d.settlement, w.admin);
    expect([await deployed.disclosureKeys(), await deployed.verifier()]).toEqual([keysAddress, d.verifier]);
    // registered in the feed: its sums start at the zone's first day
    const settlement = w.d.settlement.contract;
    expect(await settlement.hasRole(await settlement.MARKET_SETTLEMENT_ROLE(), d.settlement)).toBe(true);
    expect(await revertName(() => w.feed.registerPriceVerifier(zone3, d.verifier))).toBe('BadPriceVerifier');
    await expect(deploySpotSettlement(w.admin, market, CIRCUIT, { zones: [] })).rejects.toThrow(/discloses to the regulator/);
    await expect(deploySpotSettlement(w.admin, market, 'mkt_spotpub_3d_60m', { zones: [], disclosureKeys: keysAddress })).rejects.toThrow(/has no disclosure/);
    await expect(deploySpotSettlement(w.admin, market, 'mkt_spot_1d_60m_disclose', { zones: [] })).rejects.toThrow(/not a public-price/);
  }, 300_000);

  it("after the rotation, a proof to the expired epoch's key is refused and one to the key in force settles", async () => {
    // the later meter's first day starts after the next epoch's validFrom (now + 1 h)
    const later = await laterMeter();
    const now = (await w.admin.provider.getBlock('latest'))!.timestamp;
    expect(now + 3600).toBeLessThan(dayStart(later.day));
    await (await keys.setKey(nextRegulator.publicKey.x, nextRegulator.publicKey.y, now + 3600)).wait();
    await endDay(later.day);
    const meter = { meterId: later.meterId, meterKey: later.meterKey };
    const expired = await prove(later.day, 1, meter);
    const refused = await revertError(() => expired.settle());
    expect([refused?.name, refused?.args.expected, refused?.args.epoch]).toEqual(['WrongDisclosureKey', nextRegulator.publicKey.y, 1n]);
    // the proof the test of keys not in force made (the run's proof cache serves it)
    const current = await prove(later.day, 1, { ...meter, key: nextRegulator.publicKey });
    await (await current.settle()).wait();
  }, 300_000);
});
