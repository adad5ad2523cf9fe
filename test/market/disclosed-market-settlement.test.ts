// DisclosedMarketSettlement (docs/disclosure-spec.md §10) on Hardhat's in-process chain: a prosumer on a
// spot-indexed tariff settles days whose proofs (mkt_spot_1d_60m_disclose, real) encrypt the market
// details to the regulator's key in force; the regulator decrypts each settlement from the chain and
// recomputes its amounts. Adversarial: another key, the next epoch's key, a posted word other than the
// proven one, the plain entry points.
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveEphemeralSecret } from '../../core/src/bill/disclosure.js';
import { type CurvePoint, generateDisclosureKey } from '../../core/src/crypto/disclosure.js';
import {
  decryptMarketDisclosure,
  MARKET_DISCLOSURE_SIGNAL_OFFSET,
  marketDisclosureNonce,
  marketDisclosureSignalsOf,
  marketTerms,
  recomputeMarketFromDetails,
} from '../../core/src/market/index.js';
import { proveMarketBill } from '../../prover/src/prove-market.js';
import { auditDisclosedMarketRecord, auditMarketDisclosures, marketDisclosureContext } from '../../sdk/src/audit/market-disclosure-audit.js';
import { deployMarket } from '../../sdk/src/chain/deploy-market.js';
import { MarketParty } from '../../sdk/src/roles/market.js';
import { loadCircuitArtifacts } from '../../prover/src/artifacts/index.js';
import {
  type DisclosedMarketSettlement,
  DisclosedMarketSettlement__factory,
  type DisclosureKeys,
  DisclosureKeys__factory,
  MktSpot1d60mBatchVerifier__factory,
  MktSpot1d60mDiscloseBatchVerifier__factory,
} from '../../typechain-types/index.js';
import { dayEnergy, DAY0, dayPrices, FEED_FIRST_DAY, METER_KEY, ZONE, ZONE_TZ } from './cases.js';
import { refusesKeysNotInForce } from './disclosure-keys.js';
import { createLaterMeter, createMarketWorld, dayStart, endDay, type LaterMeter, type MarketWorld } from './world.js';
import { chainLinks, genesisLink } from '../../core/src/market/index.js';
import { signPeriod } from '../../core/src/meter/sign.js';

const CIRCUIT = 'mkt_spot_1d_60m_disclose';
const METER = 4242n;
const PROVER_SECRET = 0x5eedn;

describe('DisclosedMarketSettlement: market settlements disclosed to the regulator, bound by the proof', () => {
  const regulator = generateDisclosureKey();
  const nextRegulator = generateDisclosureKey();
  const terms = marketTerms(
    24,
    {
      kind: 'spot',
      adders: [2500, -700, 0, 0, 0, 0, 0, 0],
      bands: Array.from({ length: 24 }, (_, s) => (s < 7 ? 1 : 0)),
      standingPerDay: 90_000n,
      taxBps: 700,
    },
    7n,
  );
  let w: MarketWorld & { agreementId: bigint };
  let dm: DisclosedMarketSettlement;
  let domain: bigint;
  let keys: DisclosureKeys;
  let keysAddress: string;
  /** The circuit's artifacts, read and checked against the manifest once for the file (not once per proof). */
  let loaded: ReturnType<typeof loadCircuitArtifacts> | undefined;
  const artifacts = () => (loaded ??= loadCircuitArtifacts(CIRCUIT));

  /** The custom error `call` reverts with, decoded by the contracts that can raise it (undefined: no revert). */
  async function revertError(call: () => Promise<unknown>) {
    try {
      await call();
    } catch (e) {
      const data = (e as { data?: string }).data;
      for (const iface of [dm.interface, w.feed.interface, w.ppas.interface]) {
        const parsed = data === undefined ? null : iface.parseError(data);
        if (parsed) return parsed;
      }
      throw e;
    }
    return undefined;
  }
  const revertName = async (call: () => Promise<unknown>): Promise<string> => (await revertError(call))?.name ?? 'no revert';

  /**
   * A real proof of day `day` (meter METER in ZONE, or the meter and zone of {@link laterMeter}), its details
   * encrypted to `key`.
   */
  async function proveDay(day: number, key: CurvePoint = regulator.publicKey, later?: LaterMeter) {
    const energy = dayEnergy(24, 1, 'import');
    const meterId = later?.meterId ?? METER;
    const signed = await signPeriod(later?.meterKey ?? METER_KEY, {
      meterId,
      periodStart: dayStart(day),
      intervalSeconds: 3600,
      imports: energy.imports,
      exports: energy.exports,
    });
    const genesis = await genesisLink(later?.zone ?? ZONE, 24, later?.day ?? FEED_FIRST_DAY);
    const before = Array.from({ length: day - FEED_FIRST_DAY }, (_, d) => dayPrices(24, FEED_FIRST_DAY + d));
    const chainBefore = later !== undefined ? genesis : (await chainLinks(genesis, FEED_FIRST_DAY, before)).at(-1)!;
    const nonce = marketDisclosureNonce(meterId, signed.periodStart);
    const p = await proveMarketBill(
      CIRCUIT,
      {
        signed,
        series: 'import',
        terms,
        zoneTzSeconds: ZONE_TZ,
        prices: [dayPrices(24, day)],
        chainBefore,
        domain,
        disclosure: { regulatorKey: key, ephemeralSecret: await deriveEphemeralSecret(PROVER_SECRET, nonce) },
      },
      { artifacts: await artifacts() },
    );
    const signals = p.publicSignals;
    const s = signals.slice(0, MARKET_DISCLOSURE_SIGNAL_OFFSET);
    const disclosure = signals.slice(MARKET_DISCLOSURE_SIGNAL_OFFSET);
    const { a, b, c } = p.solidity;
    return {
      p,
      nonce,
      s,
      disclosure,
      settle: (sig = s, words = disclosure) => dm.settleDisclosed(a, b, c, sig as never, words as never),
    };
  }

  let laterSetUp: Promise<LaterMeter> | undefined;
  /** The later meter of the tests of keys by epoch ({@link createLaterMeter}), set up once. */
  const laterMeter = () => (laterSetUp ??= createLaterMeter(w, terms));

  beforeAll(async () => {
    w = await createMarketWorld({ circuit: 'mkt_spot_1d_60m', intervalsPerDay: 24, meterId: METER, firstDay: DAY0, publishThrough: DAY0 + 4, terms });
    keys = await new DisclosureKeys__factory(w.admin).deploy(w.admin.address, w.admin.address, regulator.publicKey.x, regulator.publicKey.y);
    await keys.waitForDeployment();
    keysAddress = await keys.getAddress();
    const verifier = await new MktSpot1d60mDiscloseBatchVerifier__factory(w.admin).deploy();
    await verifier.waitForDeployment();
    dm = await new DisclosedMarketSettlement__factory(w.admin).deploy(verifier, w.d.addresses.meterRegistry, w.ppas, w.feed, w.d.addresses.settlement, keys);
    await dm.waitForDeployment();
    const settlement = w.d.settlement.contract.connect(w.admin);
    await (await settlement.grantRole(await settlement.MARKET_SETTLEMENT_ROLE(), dm)).wait();
    const meters = w.d.meters.contract.connect(w.admin);
    await (await meters.grantRole(await meters.SETTLEMENT_ROLE(), dm)).wait();
    domain = await dm.domain();
    // the next epoch (nextRegulator's key) is scheduled by the rotation test (and on a snapshot by the test of keys
    // not in force)
  });

  it('refuses a verifier without the disclosure signals at deployment', async () => {
    const plain = await new MktSpot1d60mBatchVerifier__factory(w.admin).deploy();
    await plain.waitForDeployment();
    const f = new DisclosedMarketSettlement__factory(w.admin);
    await expect(f.deploy(plain, w.d.addresses.meterRegistry, w.ppas, w.feed, w.d.addresses.settlement, keysAddress)).rejects.toThrow(
      /DisclosureLayoutMismatch|reverted/,
    );
  });

  it('settles a disclosed day; the regulator decrypts it from the event and recomputes the settled amounts', async () => {
    const day = await proveDay(DAY0);
    const rc = await (await day.settle()).wait();
    console.log(`DisclosedMarketSettlement.settleDisclosed (spot day, 24 intervals, first of its key, terms and regulator key): ${rc!.gasUsed} gas`);
    const logs = rc!.logs.map((l) => dm.interface.parseLog(l)).filter((l) => l !== null);
    const settled = logs.find((l) => l.name === 'MarketSettled')!;
    const disclosed = logs.find((l) => l.name === 'MarketDisclosed')!;
    expect(disclosed.args.meterId).toBe(METER);
    expect(disclosed.args.agreementId).toBe(w.agreementId);
    const words = (disclosed.args.disclosure as bigint[]).map(BigInt);
    expect(words).toEqual(day.disclosure);
    // what the regulator does with chain data alone: signals and disclosure from the logs, its secret, the terms it approved
    const sigs = [...(settled.args.publicSignals as bigint[]).map(BigInt), ...words];
    const period = sigs[2]!;
    const nonce = marketDisclosureNonce(period & ((1n << 64n) - 1n), (period >> 64n) & ((1n << 40n) - 1n));
    const details = decryptMarketDisclosure(marketDisclosureSignalsOf(sigs), regulator.secret, nonce);
    expect(details).toEqual(day.p.details);
    const back = recomputeMarketFromDetails(terms, details, 1, 6);
    const amounts = sigs[3]!;
    expect([back.charge, back.credit]).toEqual([amounts & ((1n << 96n) - 1n), amounts >> 96n]);
    expect(back.charge).toBeGreaterThan(0n);
  });

  it('refuses a posted ciphertext word or ephemeral key other than the proven one', async () => {
    // on a snapshot of the chain, the real proof of the next day, which the next test settles (one proof of it per run)
    const snapshot = (await w.admin.provider.send('evm_snapshot', [])) as string;
    const day = await proveDay(DAY0 + 1);
    for (const k of [1, 2, 5, 7]) {
      const bad = [...day.disclosure];
      bad[k] = bad[k]! + 1n;
      expect(await revertName(() => day.settle(day.s, bad))).toBe('InvalidProof');
    }
    const out = [...day.disclosure];
    out[4] = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
    expect(await revertName(() => day.settle(day.s, out))).toBe('SignalOutOfField');
    // and the honest words still settle
    await (await day.settle()).wait();
    expect(await w.admin.provider.send('evm_revert', [snapshot])).toBe(true);
  });

  it('the next day of the same key, terms and regulator key reads the kept point', async () => {
    const day = await proveDay(DAY0 + 1);
    const rc = await (await day.settle()).wait();
    console.log(`DisclosedMarketSettlement.settleDisclosed (spot day, kept point): ${rc!.gasUsed} gas`);
    expect(rc!.gasUsed).toBeLessThan(420_000n);
  });

  it('refuses a proof encrypted to a key not in force: an unregistered key, and the next epoch’s key', async () => {
    // one real proof of the later meter's first day to nextRegulator's key (the rotation test settles it), sent on a
    // snapshot once the day has ended: before that key is registered, and once it is the next epoch's
    const later = await laterMeter();
    const toNext = await proveDay(later.day, nextRegulator.publicKey, later);
    await refusesKeysNotInForce({ keys, later, first: regulator.publicKey, next: nextRegulator.publicKey, toNext, revertError });
  });

  it('keeps the plain entry points closed', async () => {
    const day = await proveDay(DAY0 + 2);
    const { a, b, c } = day.p.solidity;
    expect(await revertName(() => dm.settle(a, b, c, day.s as never))).toBe('DisclosureRequired');
    expect(await revertName(() => dm.keepBase(w.agreementId))).toBe('DisclosureRequired');
    // the market rules still apply before the disclosure's: a replayed day is an overlap
    const replay = await proveDay(DAY0);
    expect(await revertName(() => replay.settle())).toBe('PeriodOverlap');
  });
  it("the SDK proves and settles a disclosed day; the regulator's audit decrypts every settlement and matches its amounts", async () => {
    const party = new MarketParty(w.payer, {
      priceFeed: await w.feed.getAddress(),
      ppaRegistry: await w.ppas.getAddress(),
      marketSettlement: await w.market.getAddress(),
      disclosedMarketSettlement: await dm.getAddress(),
    });
    const energy = dayEnergy(24, 1, 'import');
    const signed = await signPeriod(METER_KEY, { meterId: METER, periodStart: dayStart(DAY0 + 2), intervalSeconds: 3600, ...energy });
    const nonce = marketDisclosureNonce(METER, signed.periodStart);
    const proof = await party.prove({
      circuit: CIRCUIT,
      signed,
      series: 'import',
      terms,
      zone: { zone: ZONE, tzOffsetSeconds: ZONE_TZ },
      prices: [dayPrices(24, DAY0 + 2)],
      disclosure: { regulatorKey: regulator.publicKey, ephemeralSecret: await deriveEphemeralSecret(PROVER_SECRET, nonce) },
    });
    await party.settle(proof);
    const vkey = (await artifacts()).vkey;
    const opts = { provider: w.admin.provider, settlement: await dm.getAddress(), regulatorSecrets: [regulator.secret], terms: [terms], vkey };
    const report = await auditMarketDisclosures(opts);
    expect(report.settlements.map((v) => v.periodStart)).toEqual([0, 1, 2].map((k) => dayStart(DAY0 + k)));
    expect(report.flagged).toBe(0);
    for (const v of report.settlements) {
      expect(v.proofValid).toBe(true);
      expect([v.recomputed!.charge, v.recomputed!.credit]).toEqual([v.charge, v.credit]);
    }
    expect(report.summary.settlements).toBe(3);
    expect(report.summary.hourWh.reduce((a, b) => a + b, 0n)).toBe(report.summary.bandWh.reduce((a, b) => a + b, 0n));
    // a tampered record (a reader altered a logged word): no decryption, and the proof does not verify over it
    const ctx = await marketDisclosureContext(opts);
    const honest = report.settlements[2]!.record;
    const tampered = { ...honest, disclosure: honest.disclosure.map((x, k) => (k === 3 ? x + 1n : x)) };
    const seen = await auditDisclosedMarketRecord(tampered, ctx);
    expect(seen.proofValid).toBe(false);
    expect(seen.mismatches.join('; ')).toMatch(/does not decrypt/);
    // amounts that differ from the disclosed details (a forged MarketSettled) are reported as a mismatch
    const forged = { ...honest, publicSignals: honest.publicSignals.map((x, k) => (k === 3 ? x + 1n : x)) };
    expect((await auditDisclosedMarketRecord(forged, ctx)).mismatches.join('; ')).toMatch(/charge \d+ settled, \d+ recomputed/);
    // without the epoch's secret or the approved terms, every settlement is flagged
    expect((await auditMarketDisclosures({ ...opts, regulatorSecrets: [nextRegulator.secret] })).flagged).toBe(3);
    const noTerms = await auditMarketDisclosures({ ...opts, terms: [] });
    expect(noTerms.settlements[0]!.mismatches).toEqual([expect.stringMatching(/no approved terms/)]);
  });

  it('deployMarket deploys a DisclosedMarketSettlement for a disclosed circuit, and only with the key registry', async () => {
    const bill = { meterRegistry: w.d.addresses.meterRegistry, settlement: w.d.addresses.settlement };
    const shared = { priceFeed: await w.feed.getAddress(), ppaRegistry: await w.ppas.getAddress() };
    const m = await deployMarket(w.admin, bill, [CIRCUIT, 'mkt_spot_1d_60m'], { ...shared, disclosureKeys: keysAddress });
    expect(m.addresses.disclosed).toEqual({ circuits: [CIRCUIT], disclosureKeys: keysAddress });
    const deployed = DisclosedMarketSettlement__factory.connect(m.addresses.settlements[CIRCUIT]!, w.admin);
    expect(await deployed.disclosureKeys()).toBe(keysAddress);
    await expect(deployMarket(w.admin, bill, [CIRCUIT], shared)).rejects.toThrow(/discloses to the regulator/);
  });
  it("after the rotation, a proof to the expired epoch's key is refused and one to the key in force settles", async () => {
    // the later meter's first day starts after the next epoch's validFrom (now + 1 h)
    const later = await laterMeter();
    const now = (await w.admin.provider.getBlock('latest'))!.timestamp;
    expect(now + 3600).toBeLessThan(dayStart(later.day));
    await (await keys.setKey(nextRegulator.publicKey.x, nextRegulator.publicKey.y, now + 3600)).wait();
    await endDay(later.day);
    const expired = await proveDay(later.day, regulator.publicKey, later);
    const refused = await revertError(() => expired.settle());
    expect([refused?.name, refused?.args.expected, refused?.args.epoch]).toEqual(['WrongDisclosureKey', nextRegulator.publicKey.y, 1n]);
    // the proof the test of keys not in force made (the run's proof cache serves it)
    await (await (await proveDay(later.day, nextRegulator.publicKey, later)).settle()).wait();
  });
});
