/**
 * The wallet's development world on a JSON-RPC node: the demo's deployment (test token,
 * registries, the circuit's verifier, Settlement), a metered household with rooftop solar, the
 * demo tariff registered, approved, offered and accepted, an escrow deposit, and the files a
 * consumer would hold: the meter's signed daily periods and the retailer's tariff document.
 * @packageDocumentation
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JsonRpcProvider, Contract, type Signer } from 'ethers';
import {
  Consumer,
  Meter,
  MeteringAuthority,
  Regulator,
  Retailer,
  TariffAuthoring,
  WattproofConnection,
  deployWattproof,
  householdSeries,
  localMidnightOf,
  serializeSignedPeriod,
  serializeTariff,
  type Bill,
  type SignedPeriod,
} from '../../sdk/src/index.js';
import { exampleTariffDraft } from '../../core/src/tariff/examples.js';
import { WALLET_SESSION_FORMAT, type SessionFile, type WalletSession } from '../src/session.js';
import { marketTerms, marketTermsCommitment } from '../../core/src/market/terms.js';
import { deployMarket, marketVerifierName } from '../../sdk/src/chain/deploy-market.js';
import { PpaRegistryClient, PriceFeedClient } from '../../sdk/src/chain/market.js';
import { MeterRegistryClient } from '../../sdk/src/chain/meter-registry.js';
import { serializeMarketTerms } from '../../sdk/src/market/terms-document.js';
import { generateDisclosureKey } from '../../core/src/crypto/disclosure.js';
import { deployDisclosedSettlement } from '../../sdk/src/chain/disclosed-settlement.js';
import { deployDisclosureKeys, DisclosureKeysClient } from '../../sdk/src/chain/disclosure-keys.js';
import { deployVerifier } from '../../sdk/src/chain/deploy.js';

/** A neighbour of the household whose days settle with the regulator's disclosure. */
export const WALLET_DISCLOSED_METER_ID = 4_100_230_019n;
/**
 * The disclosure circuit of the wallet's world (half-hourly days, like the household's): the hourly
 * layout, so the regulator's view charts the hours of the day (docs/disclosure-spec.md §8).
 */
export const WALLET_DISCLOSE_CIRCUIT = 'bill_1d_30m_disclose_hourly';
/** Days the neighbour settles with disclosure (each a proof made by the setup). */
const DISCLOSED_DAYS = 2;

/** The household's second meter, on the retailer's spot-indexed tariff (hourly data). */
export const WALLET_SPOT_METER_ID = 4_100_230_018n;
/** The market circuit the wallet proves spot-indexed bills with. */
export const WALLET_SPOT_CIRCUIT = 'mkt_spot_1d_60m';
/** The market zone of the wallet's world (hourly prices, UTC+1). */
const SPOT_ZONE = 1001n;

/** Day-ahead-like hourly prices (cents/MWh) of the wallet's zone: a solar dip, an evening peak. */
export function walletSpotPrices(day: number): number[] {
  return Array.from({ length: 24 }, (_, h) => {
    const solar = Math.max(0, Math.sin(((h - 6) / 12) * Math.PI));
    return Math.round(8000 - 9000 * solar + 9000 * Math.exp(-((h - 19.5) ** 2) / 5) + ((day * 131 + h * 37) % 600));
  });
}

/** The demo household's meter. */
export const WALLET_METER_ID = 4_100_230_017n;
/** Central European standard time, the tariff's fixed zone. */
const TZ = 3600;
/** The test token has 6 decimals. */
const WTD = 1_000_000n;
/** Thursday 4 June 2026 (a holiday), Friday (a work day), Saturday (a weekend rest day). */
const START_DATE = '2026-06-04';
const DAYS = 3;

/** Options of {@link setUpWalletWorld}. */
export interface WalletWorldOptions {
  /** JSON-RPC URL of a node with at least 5 unlocked accounts (Hardhat's). */
  rpcUrl: string;
  /** The bill circuit whose verifier is deployed; its intervals per day set the data's resolution. */
  circuit: string;
  /** Intervals per day of that circuit (48 for bill_1d_30m). */
  intervalsPerDay: 24 | 48 | 96;
  /** Folder the user's files are written to (created). */
  folder: string;
  /** Progress lines. */
  log?: (line: string) => void;
  /**
   * Optional parts of the world to leave out (default: none, everything built is set up). The
   * disclosure part proves the neighbour's days, the costliest step: a test that never opens the
   * regulator's disclosed view leaves it out, and one that never proves a spot-indexed day the market.
   */
  without?: readonly WalletWorldPart[];
}

/** An optional part of the wallet's world: the spot-indexed market, or the regulator's disclosure. */
export type WalletWorldPart = 'spot' | 'disclosure';

/** What the setup made. */
export interface WalletWorld {
  session: Omit<WalletSession, 'auditApi'>;
  /** Absolute paths of the written files, by role (spot: empty when the market circuit is not built). */
  paths: { periods: string[]; tariff: string; otherTariff: string; spotPeriods: string[]; spotTerms?: string; regulatorSecrets?: string };
  /** Reference bills of the periods, in order. */
  bills: Bill[];
}

/**
 * Deploys and registers the demo on the node at `rpcUrl` and writes the user's files.
 * Accounts (the node's unlocked development accounts): 0 admin, 1 metering authority,
 * 2 regulator, 3 retailer, 4 consumer.
 */
export async function setUpWalletWorld(opts: WalletWorldOptions): Promise<WalletWorld> {
  const log = opts.log ?? (() => undefined);
  // No request cache: ethers would otherwise replay identical reads for 250 ms, stale on a dev chain.
  // No batching: ethers holds every request 10 ms to batch it, and the setup's ~240 requests are
  // sequential (2.4 s of waiting). The node's chain id is fixed, so it is not asked again per request.
  const provider = new JsonRpcProvider(opts.rpcUrl, undefined, { cacheTimeout: -1, pollingInterval: 200, batchMaxCount: 1, staticNetwork: true });
  try {
    const addrs = (await provider.send('eth_accounts', [])) as string[];
    if (addrs.length < 5) throw new Error(`the node at ${opts.rpcUrl} has ${addrs.length} unlocked accounts; the wallet's setup needs 5`);
    const signers: Signer[] = await Promise.all(addrs.slice(0, 5).map((a) => provider.getSigner(a)));
    const [admin, authority, regulator, retailer, consumer] = signers as [Signer, Signer, Signer, Signer, Signer];
    const [aAuthority, aRegulator, aRetailer, aConsumer] = addrs.slice(1, 5) as [string, string, string, string];

    const fromBlock = await provider.getBlockNumber();
    log(`deploying (verifier of ${opts.circuit}) ...`);
    const d = await deployWattproof(admin, {
      verifierName: opts.circuit,
      authority: aAuthority,
      regulator: aRegulator,
      retailers: [aRetailer],
    });
    const as = (s: Signer): Promise<WattproofConnection> => WattproofConnection.fromDeployment(d, s);
    const asConsumer = await as(consumer);

    // The meter's data: a household with rooftop solar, one signed period per local day.
    const I = opts.intervalsPerDay;
    const intervalSeconds = 86400 / I;
    const meter = Meter.generate(WALLET_METER_ID);
    const series = householdSeries({ days: DAYS, intervalsPerDay: I, seed: 20260604, solarKwp: 4.8, startDate: START_DATE });
    const start = localMidnightOf(START_DATE, TZ);
    const signed: SignedPeriod[] = [];
    for (let day = 0; day < DAYS; day++) {
      signed.push(
        await meter.sign({
          periodStart: start + day * 86400,
          intervalSeconds,
          imports: series.imports.slice(day * I, (day + 1) * I),
          exports: series.exports.slice(day * I, (day + 1) * I),
        }),
      );
    }

    // The tariff the consumer accepts, and a second one (same prices, another salt, so another
    // commitment) that is approved but never accepted: proving with it shows the wrong-tariff rejection.
    const draft = exampleTariffDraft({ slotsPerDay: I, tzOffsetSeconds: TZ, holidays: [START_DATE] });
    const tariff = TariffAuthoring.build(draft);
    const other = TariffAuthoring.build({ ...draft, name: `${draft.name} (offer B, not accepted)` });
    const validFrom = BigInt(start);
    const validUntil = BigInt(start) + 400n * 86400n;
    const retailerRole = new Retailer(await as(retailer));
    const regulatorRole = new Regulator(await as(regulator));
    log('registering the meter and the tariffs ...');
    for (const t of [tariff, other]) {
      await retailerRole.registerTariff(t, { validFrom, validUntil });
      await regulatorRole.approveTariff(t);
    }
    // The accepted tariff is public (its document in a data: URI, so the page can check it offline);
    // offer B stays private: the wallet shows both kinds.
    const document = serializeTariff(tariff);
    await retailerRole.publishTariff(document, `data:application/json;base64,${Buffer.from(document).toString('base64')}`);
    await new MeteringAuthority(await as(authority)).registerMeter({ meter, consumer: aConsumer, retailer: aRetailer, firstPeriodStart: start });
    await retailerRole.offerTariff(WALLET_METER_ID, tariff);
    const consumerRole = new Consumer(asConsumer);
    await consumerRole.acceptTariff(WALLET_METER_ID, tariff);

    // Funding: the first day's bill and half of the second, so the second day shows arrears.
    const bills = signed.map((sp) => consumerRole.computeBill(tariff, sp));
    const net = (b: Bill): bigint => (b.charge > b.credit ? b.charge - b.credit : 0n);
    const token = new Contract(d.addresses.token, ['function mint(address to, uint256 amount)'], admin);
    for (const [to, amount] of [
      [aConsumer, 1000n * WTD],
      [aRetailer, 50n * WTD],
    ] as const) {
      const tx = (await token.getFunction('mint')(to, amount)) as { wait(): Promise<unknown> };
      await tx.wait();
    }
    await consumerRole.deposit(net(bills[0]!) + net(bills[1]!) / 2n);
    await retailerRole.deposit(50n * WTD);

    // The user's files.
    await mkdir(opts.folder, { recursive: true });
    const files: SessionFile[] = [];
    const periodPaths: string[] = [];
    for (const [i, sp] of signed.entries()) {
      const date = new Date((sp.periodStart + TZ) * 1000).toISOString().slice(0, 10);
      const name = `period-${date}.signed.json`;
      await writeFile(join(opts.folder, name), serializeSignedPeriod(sp));
      periodPaths.push(join(opts.folder, name));
      files.push({ name, description: `meter ${WALLET_METER_ID}, ${date}: ${I} signed readings${i === 0 ? ' (settle this one first)' : ''}` });
    }
    await writeFile(join(opts.folder, 'tariff.json'), serializeTariff(tariff));
    files.push({ name: 'tariff.json', description: `"${tariff.name}", the tariff the consumer accepted` });
    await writeFile(join(opts.folder, 'tariff-not-accepted.json'), serializeTariff(other));
    files.push({ name: 'tariff-not-accepted.json', description: 'an approved tariff this consumer never accepted (settling with it is rejected)' });

    // The spot-indexed side (issue 13), when its market circuit is built: the market contracts, a
    // zone whose prices are published, a second meter of the household on the retailer's
    // spot-indexed tariff (agreement proposed by the retailer, accepted by the consumer).
    const spotPeriods: string[] = [];
    let spotTerms: string | undefined;
    let market: WalletSession['market'];
    const verifierBuilt = await import('../../typechain-types/index.js').then((t) => `${marketVerifierName(WALLET_SPOT_CIRCUIT)}__factory` in t);
    if (verifierBuilt && !opts.without?.includes('spot')) {
      log(`deploying the market contracts (${WALLET_SPOT_CIRCUIT}) ...`);
      const marketBlock = (await provider.getBlockNumber()) + 1;
      const m = await deployMarket(admin, d.addresses, [WALLET_SPOT_CIRCUIT]);
      const firstDay = Math.round((start + TZ) / 86400);
      const feed = new PriceFeedClient(m.addresses.priceFeed, admin);
      // the admin account doubles as the zone's market operator in this development world
      await feed.createZone({ zone: SPOT_ZONE, operator: await admin.getAddress(), intervalsPerDay: 24, tzOffsetSeconds: TZ, firstDay });
      for (let day = firstDay; day < firstDay + DAYS; day++) await feed.publishPrices(SPOT_ZONE, day, walletSpotPrices(day));
      const spotMeter = Meter.generate(WALLET_SPOT_METER_ID);
      await new MeterRegistryClient(d.addresses.meterRegistry, authority).registerMeter({
        meterId: WALLET_SPOT_METER_ID,
        publicKey: await spotMeter.publicKey(),
        consumer: aConsumer,
        retailer: aRetailer,
        firstPeriodStart: BigInt(start),
      });
      const terms = marketTerms(24, {
        kind: 'spot',
        adders: [1200, 3400, 0, 0, 0, 0, 0, 0],
        bands: Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 22 ? 1 : 0)),
        standingPerDay: 300_000n,
        taxBps: 1900,
      });
      const offer = await new PpaRegistryClient(m.addresses.ppaRegistry, retailer).propose({
        meterId: WALLET_SPOT_METER_ID,
        zone: SPOT_ZONE,
        kind: 'spot',
        payer: aConsumer,
        payee: aRetailer,
        validFrom: start,
        validUntil: start + 400 * 86400,
        terms: await marketTermsCommitment(terms),
      });
      await new PpaRegistryClient(m.addresses.ppaRegistry, consumer).accept(offer.id);
      const hourly = householdSeries({ days: DAYS, intervalsPerDay: 24, seed: 20260605, solarKwp: 4.8, startDate: START_DATE });
      for (let day = 0; day < DAYS; day++) {
        const sp = await spotMeter.sign({
          periodStart: start + day * 86400,
          intervalSeconds: 3600,
          imports: hourly.imports.slice(day * 24, (day + 1) * 24),
          exports: hourly.exports.slice(day * 24, (day + 1) * 24),
        });
        const date = new Date((sp.periodStart + TZ) * 1000).toISOString().slice(0, 10);
        const name = `spot-period-${date}.signed.json`;
        await writeFile(join(opts.folder, name), serializeSignedPeriod(sp));
        spotPeriods.push(join(opts.folder, name));
        files.push({ name, description: `spot-indexed meter ${WALLET_SPOT_METER_ID}, ${date}: 24 signed hourly readings` });
      }
      spotTerms = join(opts.folder, 'spot-terms.json');
      await writeFile(spotTerms, serializeMarketTerms({ kind: 'spot', terms }));
      files.push({ name: 'spot-terms.json', description: 'the spot-indexed tariff the consumer accepted for that meter (day-ahead price + margin)' });
      market = {
        priceFeed: m.addresses.priceFeed,
        ppaRegistry: m.addresses.ppaRegistry,
        marketSettlement: m.addresses.settlements[WALLET_SPOT_CIRCUIT]!,
        circuit: WALLET_SPOT_CIRCUIT,
        fromBlock: marketBlock,
      };
    }

    // The regulator's disclosed view (issue 14), when the disclosure circuit is built and the data
    // is half-hourly: a DisclosureKeys registry with a fresh regulator key, a DisclosedSettlement on
    // the same registries, and a neighbour (the node's account #5) whose first days settle there with
    // their details encrypted to that key. The regulator's secret is one of the user's files.
    let disclosure: WalletSession['disclosure'];
    const discloseBuilt = await import('../../typechain-types/index.js').then((t) => 'Bill1d30mDiscloseHourlyBatchVerifier__factory' in t);
    if (discloseBuilt && I === 48 && addrs.length >= 6 && !opts.without?.includes('disclosure')) {
      log(`deploying the DisclosedSettlement (${WALLET_DISCLOSE_CIRCUIT}) and proving the neighbour's days ...`);
      const neighbourAddress = addrs[5]!;
      const neighbour = await provider.getSigner(neighbourAddress);
      const regKey = generateDisclosureKey();
      const keysAddress = await deployDisclosureKeys(admin, { regulator: aRegulator, key: regKey.publicKey });
      const verifier = await deployVerifier(admin, WALLET_DISCLOSE_CIRCUIT);
      const { meterRegistry, tariffRegistry, token: tokenAddress } = d.addresses;
      const ledger = await deployDisclosedSettlement(admin, { verifier, meterRegistry, tariffRegistry, token: tokenAddress, disclosureKeys: keysAddress });
      const discloseBlock = await provider.getBlockNumber();
      const neighbourMeter = Meter.generate(WALLET_DISCLOSED_METER_ID);
      await new MeteringAuthority(await as(authority)).registerMeter({
        meter: neighbourMeter,
        consumer: neighbourAddress,
        retailer: aRetailer,
        firstPeriodStart: start,
      });
      await retailerRole.offerTariff(WALLET_DISCLOSED_METER_ID, tariff);
      const neighbourRole = new Consumer(await WattproofConnection.connect(neighbour, ledger));
      await neighbourRole.acceptTariff(WALLET_DISCLOSED_METER_ID, tariff);
      const mint = (await token.getFunction('mint')(neighbourAddress, 100n * WTD)) as { wait(): Promise<unknown> };
      await mint.wait();
      await neighbourRole.deposit(100n * WTD);
      const keys = new DisclosureKeysClient(keysAddress, provider);
      const days = householdSeries({ days: DISCLOSED_DAYS, intervalsPerDay: 48, seed: 20260606, solarKwp: 3.2, startDate: START_DATE, consumptionScale: 1.4 });
      for (let day = 0; day < DISCLOSED_DAYS; day++) {
        const sp = await neighbourMeter.sign({
          periodStart: start + day * 86400,
          intervalSeconds: 1800,
          imports: days.imports.slice(day * 48, (day + 1) * 48),
          exports: days.exports.slice(day * 48, (day + 1) * 48),
        });
        const proof = await neighbourRole.proveBill(tariff, sp, { circuit: WALLET_DISCLOSE_CIRCUIT, disclosure: { keys, consumerSecret: 0xd15c1053n } });
        await neighbourRole.settle(proof);
      }
      await writeFile(join(opts.folder, 'regulator.secrets'), `# the regulator's disclosure secret, epoch 0 (development world only)\n${regKey.secret}\n`, {
        mode: 0o600,
      });
      files.push({
        name: 'regulator.secrets',
        description: "the regulator's disclosure key (epoch 0): load it in the regulator's disclosed view with tariff.json",
      });
      disclosure = { settlement: ledger, disclosureKeys: keysAddress, circuit: WALLET_DISCLOSE_CIRCUIT, fromBlock: discloseBlock };
    }

    const network = await provider.getNetwork();
    const session: Omit<WalletSession, 'auditApi'> = {
      format: WALLET_SESSION_FORMAT,
      chainId: network.chainId.toString(),
      rpcUrl: opts.rpcUrl,
      settlement: d.addresses.settlement,
      fromBlock,
      circuit: opts.circuit,
      devAccount: { address: aConsumer, label: 'Development account #4 (a Hardhat test key, public, never for real funds)' },
      meterId: WALLET_METER_ID.toString(),
      folder: opts.folder,
      files,
      ...(market === undefined ? {} : { market }),
      ...(disclosure === undefined ? {} : { disclosure }),
    };
    await writeFile(join(opts.folder, 'deployment.json'), `${JSON.stringify({ ...session, addresses: d.addresses }, null, 2)}\n`);
    return {
      session,
      paths: {
        periods: periodPaths,
        tariff: join(opts.folder, 'tariff.json'),
        otherTariff: join(opts.folder, 'tariff-not-accepted.json'),
        spotPeriods,
        ...(spotTerms === undefined ? {} : { spotTerms }),
        ...(disclosure === undefined ? {} : { regulatorSecrets: join(opts.folder, 'regulator.secrets') }),
      },
      bills,
    };
  } finally {
    provider.destroy();
  }
}
