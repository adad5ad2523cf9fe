/**
 * The regulator's audit of market settlements (docs/market-spec.md): from chain data alone, every
 * MarketSettled proof is re-verified (the proof read from the settling transaction's calldata, where
 * it sits just before the signals the event carries), and the feed links it carried are checked against
 * the feed's history replayed from its events with the engine (every publication and correction, in
 * order), so that every price a proof used is shown to be the one published for its day at settlement
 * time. The zone is the agreement's (PpaRegistry), the first delivery day follows from the period's
 * start and the zone's UTC offset.
 * @packageDocumentation
 */
import type { Provider } from 'ethers';
import { unpackPeriod } from '../../../core/src/bill/signals.js';
import { dayLink, genesisLink } from '../../../core/src/market/feed.js';
import { verify } from '../../../prover/src/groth16.js';
import { MarketSettlement__factory, PpaRegistry__factory, PriceFeed__factory } from '../../../typechain-types/index.js';
import { marketDisclosureFromCalldata } from '../chain/disclosed-market.js';
import { proofFromCalldata } from '../chain/settlement.js';
import { proofFromEvent } from './audit.js';
import { connectContract } from '../chain/contracts.js';

/** One audited market settlement. */
export interface AuditedMarketSettlement {
  meterId: bigint;
  agreementId: bigint;
  zone: bigint;
  firstDay: number;
  dayCount: number;
  blockNumber: number;
  /** The Groth16 proof (read from the transaction's calldata) verifies against the instance's verification key; false when the calldata does not carry it. */
  proofValid: boolean;
  /** chainBefore and chainAfter were the feed's links of the period's boundaries when it settled. */
  pricesPublished: boolean;
}

/** Audit of a market settlement contract and its feed. */
export interface MarketAuditReport {
  settlements: AuditedMarketSettlement[];
  ok: boolean;
}

interface FeedEvent {
  block: number;
  index: number;
  tx: string;
  kind: 'zone' | 'publish' | 'correct' | 'settle';
  args: Record<string, unknown>;
}

/**
 * Audits every MarketSettled event of `marketSettlement` (whose verifier's key is `vkey`) in
 * `[fromBlock, toBlock]`, replaying `priceFeed`'s events from `fromBlock` (give the feed's
 * deployment block so that every zone's history is seen).
 */
export async function auditMarket(
  provider: Provider,
  addresses: { priceFeed: string; marketSettlement: string },
  vkey: unknown,
  range: { fromBlock?: number; toBlock?: number } = {},
): Promise<MarketAuditReport> {
  const feed = connectContract(PriceFeed__factory, addresses.priceFeed, provider);
  const market = connectContract(MarketSettlement__factory, addresses.marketSettlement, provider);
  const fromBlock = range.fromBlock ?? 0;
  const toBlock = range.toBlock ?? (await provider.getBlockNumber());
  const events: FeedEvent[] = [];
  const collect = async (kind: FeedEvent['kind'], logs: Array<{ blockNumber: number; index: number; transactionHash: string; args: unknown }>) => {
    for (const l of logs)
      events.push({
        block: l.blockNumber,
        index: l.index,
        tx: l.transactionHash,
        kind,
        args: (l.args as { toObject(deep?: boolean): Record<string, unknown> }).toObject(true),
      });
  };
  const agreements = connectContract(PpaRegistry__factory, await market.agreements(), provider);
  const zoneOfAgreement = new Map<bigint, bigint>();
  const calldata = new Map<string, string>();
  await collect('zone', await feed.queryFilter(feed.filters.ZoneCreated(), fromBlock, toBlock));
  await collect('publish', await feed.queryFilter(feed.filters.PricesPublished(), fromBlock, toBlock));
  await collect('correct', await feed.queryFilter(feed.filters.PricesCorrected(), fromBlock, toBlock));
  await collect('settle', await market.queryFilter(market.filters.MarketSettled(), fromBlock, toBlock));
  events.sort((a, b) => a.block - b.block || a.index - b.index);

  // zone -> (day -> link) and (day -> prices), replayed exactly as the contract keeps them
  const links = new Map<bigint, Map<number, bigint>>();
  const tzOf = new Map<bigint, number>();
  const prices = new Map<bigint, Map<number, number[]>>();
  const settlements: AuditedMarketSettlement[] = [];
  for (const e of events) {
    const a = e.args;
    if (e.kind === 'zone') {
      const zone = a.zone as bigint;
      const firstDay = Number(a.firstDay);
      links.set(zone, new Map([[firstDay - 1, await genesisLink(zone, Number(a.intervalsPerDay), firstDay)]]));
      tzOf.set(zone, Number(a.tzOffsetSeconds));
      prices.set(zone, new Map());
    } else if (e.kind === 'publish' || e.kind === 'correct') {
      const zone = a.zone as bigint;
      const day = Number(a.day);
      const zl = links.get(zone);
      const zp = prices.get(zone);
      if (zl === undefined || zp === undefined) continue; // a zone created before fromBlock: not replayable
      zp.set(day, (a.prices as bigint[]).map(Number));
      // recompute from this day to the last one known, as correctPrices does
      let d = day;
      while (zp.has(d)) {
        zl.set(d, await dayLink(zl.get(d - 1)!, d, zp.get(d)!));
        d++;
      }
    } else {
      const s = (a.publicSignals as bigint[]).map(String);
      const agreementId = a.agreementId as bigint;
      let zone = zoneOfAgreement.get(agreementId);
      if (zone === undefined) {
        zone = (await agreements.getAgreement(agreementId)).zone;
        zoneOfAgreement.set(agreementId, zone);
      }
      // the period signal packs as the bill's (bill spec section 7); the contract refused any other
      const { periodStart, intervalCount, intervalSeconds } = unpackPeriod(s[2]!);
      const dayCount = Math.floor((intervalCount * intervalSeconds) / 86400);
      // a zone's offset never changes: from its ZoneCreated event, or the feed's record when that is out of range
      let tz = tzOf.get(zone);
      if (tz === undefined) {
        tz = Number((await feed.getZone(zone)).tzOffsetSeconds);
        tzOf.set(zone, tz);
      }
      const firstDay = (periodStart + tz) / 86400;
      const zl = links.get(zone);
      const before = zl?.get(firstDay - 1);
      const after = zl?.get(firstDay + dayCount - 1);
      let input = calldata.get(e.tx);
      if (input === undefined) {
        input = (await provider.getTransaction(e.tx))?.data ?? '0x';
        calldata.set(e.tx, input);
      }
      const proof = proofFromCalldata(input, s.map(BigInt));
      // a DisclosedMarketSettlement (docs/disclosure-spec.md §11): its proof also has the eight disclosure
      // words, which follow the seven signals in settleDisclosed's calldata
      const words = marketDisclosureFromCalldata(input, s.map(BigInt));
      const all = words === undefined ? s : [...s, ...words.map(String)];
      settlements.push({
        meterId: a.meterId as bigint,
        agreementId,
        zone,
        firstDay,
        dayCount,
        blockNumber: e.block,
        proofValid: proof !== undefined && (await verify(vkey, proofFromEvent(proof), all)),
        pricesPublished: before !== undefined && after !== undefined && String(before) === s[5] && String(after) === s[4],
      });
    }
  }
  return { settlements, ok: settlements.every((x) => x.proofValid && x.pricesPublished) };
}
