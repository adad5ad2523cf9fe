// contracts/PriceFeed.sol: publication extends the zone's Poseidon chain exactly as the engine
// does (docs/market-spec.md §3); corrections are explicit, evented and recompute later links; a
// binding made against an old publication or an unpublished day is refused.
import { BrowserProvider, type Eip1193Provider, type JsonRpcSigner } from 'ethers';
import hre from 'hardhat';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainLinks, genesisLink } from '../../core/src/market/index.js';
import { type PriceFeed, PriceFeed__factory } from '../../typechain-types/index.js';
import { dayPrices, FEED_FIRST_DAY, ZONE, ZONE_TZ } from './cases.js';
import { deployPoseidon6 } from './poseidon.js';

const provider = new BrowserProvider(hre.network.provider as unknown as Eip1193Provider, undefined, { cacheTimeout: -1 });

async function revertName(feed: PriceFeed, call: () => Promise<unknown>): Promise<{ name: string; args: unknown[] }> {
  try {
    await call();
  } catch (e) {
    const data = (e as { data?: string }).data ?? (e as { info?: { error?: { data?: string } } }).info?.error?.data;
    const parsed = data === undefined ? null : feed.interface.parseError(data);
    if (parsed) return { name: parsed.name, args: [...parsed.args] };
    throw e;
  }
  throw new Error('expected a revert');
}

describe('PriceFeed', () => {
  let admin: JsonRpcSigner;
  let operator: JsonRpcSigner;
  let stranger: JsonRpcSigner;
  let feed: PriceFeed;
  const I = 24;
  const days = [0, 1, 2, 3].map((d) => dayPrices(I, FEED_FIRST_DAY + d));
  const asOperator = () => feed.connect(operator);

  beforeAll(async () => {
    const accounts = (await provider.send('eth_accounts', [])) as string[];
    const signers = await Promise.all(accounts.slice(0, 3).map((a) => provider.getSigner(a)));
    [admin, operator, stranger] = [signers[0]!, signers[1]!, signers[2]!];
    const poseidon = await deployPoseidon6(admin);
    feed = await new PriceFeed__factory(admin).deploy(admin.address, poseidon);
    await feed.waitForDeployment();
    await (await feed.createZone(ZONE, operator.address, I, ZONE_TZ, FEED_FIRST_DAY)).wait();
  });

  it("computes the zone's genesis link as the engine does", async () => {
    expect(await feed.linkAt(ZONE, FEED_FIRST_DAY - 1)).toBe(await genesisLink(ZONE, I, FEED_FIRST_DAY));
    const z = await feed.getZone(ZONE);
    expect([z.operator, z.intervalsPerDay, z.tzOffsetSeconds, z.firstDay, z.lastDay, z.genesis]).toEqual([
      operator.address,
      BigInt(I),
      BigInt(ZONE_TZ),
      BigInt(FEED_FIRST_DAY),
      BigInt(FEED_FIRST_DAY - 1),
      await genesisLink(ZONE, I, FEED_FIRST_DAY),
    ]);
    expect(await revertName(feed, () => feed.createZone(ZONE, operator.address, I, ZONE_TZ, 5))).toMatchObject({ name: 'ZoneExists' });
    expect(await revertName(feed, () => feed.createZone(7n, operator.address, 25, ZONE_TZ, 5))).toMatchObject({ name: 'BadZone' });
  });

  it('publishes days in order, each link the engine’s, with an event carrying the prices', async () => {
    const genesis = await genesisLink(ZONE, I, FEED_FIRST_DAY);
    const links = await chainLinks(genesis, FEED_FIRST_DAY, days.slice(0, 3));
    for (let d = 0; d < 3; d++) {
      const rc = await (await asOperator().publishPrices(ZONE, FEED_FIRST_DAY + d, days[d]!)).wait();
      const ev = feed.interface.parseLog(rc!.logs[0]!)!;
      expect(ev.name).toBe('PricesPublished');
      expect(ev.args.link).toBe(links[d]);
      expect(ev.args.prices.map(Number)).toEqual(days[d]);
      expect(await feed.linkAt(ZONE, FEED_FIRST_DAY + d)).toBe(links[d]);
      expect(await feed.versionOf(ZONE, FEED_FIRST_DAY + d)).toBe(1n);
      if (d === 0) console.log(`publishPrices (24 hourly prices): ${rc!.gasUsed} gas`);
    }
    // a binding over days 1..2 checks with two links and no hashing
    const start = (FEED_FIRST_DAY + 1) * 86400 - ZONE_TZ;
    expect(await feed.checkPrices(ZONE, start, 3600, 2, links[0]!, links[2]!)).toBe(BigInt(FEED_FIRST_DAY + 1));
    expect(await feed.checkPrices(ZONE, FEED_FIRST_DAY * 86400 - ZONE_TZ, 3600, 1, genesis, links[0]!)).toBe(BigInt(FEED_FIRST_DAY));
  });

  it('refuses a stranger, a day out of order, a wrong price count, a price outside int32', async () => {
    const next = FEED_FIRST_DAY + 3;
    expect(await revertName(feed, () => feed.connect(stranger).publishPrices(ZONE, next, days[3]!))).toMatchObject({ name: 'NotZoneOperator' });
    expect(await revertName(feed, () => asOperator().publishPrices(ZONE, next + 1, days[3]!))).toMatchObject({
      name: 'DayOutOfOrder',
      args: [ZONE, BigInt(next + 1), BigInt(next)],
    });
    expect(await revertName(feed, () => asOperator().publishPrices(ZONE, next, days[3]!.slice(1)))).toMatchObject({ name: 'WrongPriceCount' });
    await expect(asOperator().publishPrices(ZONE, next, [...days[3]!.slice(1), 2 ** 31])).rejects.toThrow();
  });

  it('a binding for a day not yet published, or not at the zone’s midnight, is refused', async () => {
    const last = FEED_FIRST_DAY + 2;
    const l = await feed.linkAt(ZONE, last);
    expect(await revertName(feed, () => feed.checkPrices(ZONE, (last + 1) * 86400 - ZONE_TZ, 3600, 1, l, l))).toMatchObject({
      name: 'PricesNotPublished',
      args: [ZONE, BigInt(last + 1)],
    });
    expect(await revertName(feed, () => feed.checkPrices(ZONE, last * 86400, 3600, 1, l, l))).toMatchObject({ name: 'NotZoneMidnight' });
    // a proof of half-hourly intervals against an hourly zone (checked first: its links could not match anyway)
    expect(await revertName(feed, () => feed.checkPrices(ZONE, last * 86400 - ZONE_TZ, 1800, 1, l, l))).toMatchObject({
      name: 'WrongGranularity',
      args: [ZONE, 1800n],
    });
    expect(await revertName(feed, () => feed.checkPrices(ZONE + 1n, last * 86400 - ZONE_TZ, 3600, 1, l, l))).toMatchObject({ name: 'UnknownZone' });
    expect(await revertName(feed, () => feed.linkAt(ZONE, last + 1))).toMatchObject({ name: 'PricesNotPublished' });
  });

  it('a corrected day: new version, event, later links recomputed; a binding to the old publication is stale', async () => {
    const genesis = await genesisLink(ZONE, I, FEED_FIRST_DAY);
    const oldLinks = await chainLinks(genesis, FEED_FIRST_DAY, days.slice(0, 3));
    const corrected = days[1]!.map((p, s) => (s === 12 ? p - 25_000 : p)); // a negative price fixed at noon
    const rc = await (await asOperator().correctPrices(ZONE, FEED_FIRST_DAY + 1, corrected)).wait();
    console.log(`correctPrices (1 day behind the last): ${rc!.gasUsed} gas`);
    const newLinks = await chainLinks(genesis, FEED_FIRST_DAY, [days[0]!, corrected, days[2]!]);
    const ev = feed.interface.parseLog(rc!.logs[0]!)!;
    expect(ev.name).toBe('PricesCorrected');
    expect([ev.args.version, ev.args.oldLink, ev.args.newLink, ev.args.lastLink]).toEqual([2n, oldLinks[1], newLinks[1], newLinks[2]]);
    expect(await feed.versionOf(ZONE, FEED_FIRST_DAY + 1)).toBe(2n);
    expect(await feed.linkAt(ZONE, FEED_FIRST_DAY + 2)).toBe(newLinks[2]);
    // days before the corrected one keep their links; proofs over them still bind
    expect(await feed.linkAt(ZONE, FEED_FIRST_DAY)).toBe(oldLinks[0]);
    const start = (d: number) => (FEED_FIRST_DAY + d) * 86400 - ZONE_TZ;
    expect(await revertName(feed, () => feed.checkPrices(ZONE, start(1), 3600, 1, oldLinks[0]!, oldLinks[1]!))).toMatchObject({
      name: 'StalePrices',
      args: [ZONE, BigInt(FEED_FIRST_DAY + 1), newLinks[1], oldLinks[1]],
    });
    // a later day's proof made before the correction carries the old link before it
    expect(await revertName(feed, () => feed.checkPrices(ZONE, start(2), 3600, 1, oldLinks[1]!, oldLinks[2]!))).toMatchObject({ name: 'StalePrices' });
    expect(await feed.checkPrices(ZONE, start(1), 3600, 2, newLinks[0]!, newLinks[2]!)).toBe(BigInt(FEED_FIRST_DAY + 1));
  });

  it('a correction far behind the last day, of an unpublished day, or by a stranger is refused', async () => {
    expect(await revertName(feed, () => asOperator().correctPrices(ZONE, FEED_FIRST_DAY + 9, days[0]!))).toMatchObject({ name: 'PricesNotPublished' });
    expect(await revertName(feed, () => feed.connect(stranger).correctPrices(ZONE, FEED_FIRST_DAY, days[0]!))).toMatchObject({ name: 'NotZoneOperator' });
    for (let d = 3; d < 12; d++) await (await asOperator().publishPrices(ZONE, FEED_FIRST_DAY + d, dayPrices(I, FEED_FIRST_DAY + d))).wait();
    expect(await revertName(feed, () => asOperator().correctPrices(ZONE, FEED_FIRST_DAY + 3, days[3]!))).toMatchObject({ name: 'CorrectionTooLate' });
  });
});
