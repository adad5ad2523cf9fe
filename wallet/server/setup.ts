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
}

/** What the setup made. */
export interface WalletWorld {
  session: Omit<WalletSession, 'auditApi'>;
  /** Absolute paths of the written files, by role. */
  paths: { periods: string[]; tariff: string; otherTariff: string };
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
  const provider = new JsonRpcProvider(opts.rpcUrl, undefined, { cacheTimeout: -1, pollingInterval: 200 });
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
    };
    await writeFile(join(opts.folder, 'deployment.json'), `${JSON.stringify({ ...session, addresses: d.addresses }, null, 2)}\n`);
    return {
      session,
      paths: { periods: periodPaths, tariff: join(opts.folder, 'tariff.json'), otherTariff: join(opts.folder, 'tariff-not-accepted.json') },
      bills,
    };
  } finally {
    provider.destroy();
  }
}
