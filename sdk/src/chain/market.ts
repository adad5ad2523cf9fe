/**
 * Typed clients of the market contracts (docs/market-spec.md): the price feed, the agreement
 * registry and market settlement. Every failure is a ChainError; reverts carry the decoded custom error.
 * @packageDocumentation
 */
import { type ContractRunner, ZeroAddress } from 'ethers';
import { unpackAmounts, unpackPeriod } from '../../../core/src/bill/signals.js';
import { WattproofError } from '../../../core/src/errors.js';
import type { SolidityProofArgs } from '../../../prover/src/groth16.js';
import {
  type MarketSettlement,
  MarketSettlement__factory,
  type PpaRegistry,
  PpaRegistry__factory,
  type PriceFeed,
  PriceFeed__factory,
  type SpotSettlement,
  SpotSettlement__factory,
} from '../../../typechain-types/index.js';
import { chainCall } from './errors.js';
import { send, type TxResult } from './tx.js';
import { connectContract } from './contracts.js';

/** Agreement kinds as the registry numbers them. */
export const AGREEMENT_KINDS = { spot: 0, fixed: 1, indexed: 2, cfd: 3 } as const;
export type AgreementKind = keyof typeof AGREEMENT_KINDS;

/** The market operator's and everyone's view of the price feed. */
export class PriceFeedClient {
  readonly contract: PriceFeed;
  constructor(address: string, signer: ContractRunner) {
    this.contract = connectContract(PriceFeed__factory, address, signer);
  }
  /** Publishes the zone's next delivery day (cents per MWh, one per interval). */
  publishPrices(zone: bigint, day: number, prices: readonly number[]): Promise<TxResult> {
    return send(`publishPrices(${zone}, ${day})`, () => this.contract.publishPrices(zone, day, [...prices]));
  }
  /** Corrects a published day (an explicit, evented correction; later links are recomputed). */
  correctPrices(zone: bigint, day: number, prices: readonly number[]): Promise<TxResult> {
    return send(`correctPrices(${zone}, ${day})`, () => this.contract.correctPrices(zone, day, [...prices]));
  }
  /** `L[day]`: the link a proof starting the day after must carry as chainBefore. */
  linkAt(zone: bigint, day: number): Promise<bigint> {
    return chainCall(`linkAt(${zone}, ${day})`, () => this.contract.linkAt(zone, day));
  }
  /** Opens a zone (ZONE_ADMIN_ROLE): its operator, 24/48/96 intervals, fixed UTC offset, first delivery day. */
  createZone(z: { zone: bigint; operator: string; intervalsPerDay: number; tzOffsetSeconds: number; firstDay: number }): Promise<TxResult> {
    return send(`createZone(${z.zone})`, () => this.contract.createZone(z.zone, z.operator, z.intervalsPerDay, z.tzOffsetSeconds, z.firstDay));
  }
  /** A zone, or undefined when it was never opened. */
  async getZone(zone: bigint): Promise<FeedZone | undefined> {
    const z = await chainCall(`getZone(${zone})`, () => this.contract.getZone(zone)).catch((e: unknown) => {
      if ((e as { revert?: { name?: string } }).revert?.name === 'UnknownZone' || /UnknownZone/.test(String((e as Error).message))) return undefined;
      throw e;
    });
    if (z === undefined || Number(z.intervalsPerDay) === 0) return undefined;
    return {
      zone,
      operator: z.operator,
      intervalsPerDay: Number(z.intervalsPerDay),
      tzOffsetSeconds: Number(z.tzOffsetSeconds),
      firstDay: Number(z.firstDay),
      lastDay: Number(z.lastDay),
      genesis: z.genesis,
    };
  }
  /**
   * Every publication and correction of the zone's days in `[fromDay, toDay]`, oldest first, read
   * from the feed's events (the contract keeps only packed prices): what a prover needs (the
   * current prices of each day) and what an auditor shows (each day's history).
   */
  async publications(zone: bigint, fromDay: number, toDay: number, fromBlock = 0): Promise<DayPublication[]> {
    const c = this.contract;
    const [published, corrected] = await Promise.all([
      chainCall('PricesPublished events', () => c.queryFilter(c.filters.PricesPublished(zone), fromBlock)),
      chainCall('PricesCorrected events', () => c.queryFilter(c.filters.PricesCorrected(zone), fromBlock)),
    ]);
    const out: DayPublication[] = [];
    for (const e of published)
      out.push({
        day: Number(e.args.day),
        version: Number(e.args.version),
        link: e.args.link,
        prices: e.args.prices.map(Number),
        corrected: false,
        blockNumber: e.blockNumber,
        txHash: e.transactionHash,
        logIndex: e.index,
      });
    for (const e of corrected)
      out.push({
        day: Number(e.args.day),
        version: Number(e.args.version),
        link: e.args.newLink,
        prices: e.args.prices.map(Number),
        corrected: true,
        blockNumber: e.blockNumber,
        txHash: e.transactionHash,
        logIndex: e.index,
      });
    return out.filter((p) => p.day >= fromDay && p.day <= toDay).sort((a, b) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex);
  }
  /**
   * The prices in force for each day of `[fromDay, fromDay + days)` (the latest publication or
   * correction of each).
   * @throws WattproofError PRICES_NOT_PUBLISHED naming the first day not published
   */
  async currentPrices(zone: bigint, fromDay: number, days: number, fromBlock = 0): Promise<number[][]> {
    const pubs = await this.publications(zone, fromDay, fromDay + days - 1, fromBlock);
    const latest = new Map<number, number[]>();
    for (const p of pubs) latest.set(p.day, p.prices);
    return Array.from({ length: days }, (_, d) => {
      const prices = latest.get(fromDay + d);
      if (prices === undefined)
        throw new WattproofError('PRICES_NOT_PUBLISHED', `zone ${zone} has no published prices for delivery day ${fromDay + d} (${dayDate(fromDay + d)})`);
      return prices;
    });
  }
}

/** A market zone of the feed. */
export interface FeedZone {
  zone: bigint;
  operator: string;
  intervalsPerDay: number;
  tzOffsetSeconds: number;
  firstDay: number;
  /** Last published day (`firstDay - 1` while none is). */
  lastDay: number;
  genesis: bigint;
}

/** One publication (version 1) or correction (version > 1) of a delivery day. */
export interface DayPublication {
  day: number;
  version: number;
  /** `L[day]` right after this publication. */
  link: bigint;
  prices: number[];
  corrected: boolean;
  blockNumber: number;
  txHash: string;
  logIndex: number;
}

/** `20517` -> `2026-03-04`. */
export function dayDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A party's view of the agreement registry. */
export class PpaRegistryClient {
  readonly contract: PpaRegistry;
  constructor(address: string, signer: ContractRunner) {
    this.contract = connectContract(PpaRegistry__factory, address, signer);
  }
  /** Proposes (and so accepts, as its proposer) an agreement; returns its id from the event. */
  async propose(a: {
    meterId: bigint;
    zone: bigint;
    kind: AgreementKind;
    payer: string;
    payee: string;
    validFrom: number;
    validUntil: number;
    terms: bigint;
  }): Promise<TxResult & { id: bigint }> {
    const id = (await chainCall('agreementCount', () => this.contract.agreementCount())) + 1n;
    const tx = await send(`propose(meter ${a.meterId})`, () =>
      this.contract.propose(a.meterId, a.zone, AGREEMENT_KINDS[a.kind], a.payer, a.payee, a.validFrom, a.validUntil, a.terms),
    );
    return { ...tx, id };
  }
  /** Accepts an agreement as its other party. */
  accept(id: bigint): Promise<TxResult> {
    return send(`accept(${id})`, () => this.contract.accept(id));
  }
  /** An agreement by id, or undefined. */
  async get(id: bigint): Promise<Agreement | undefined> {
    const a = await chainCall(`getAgreement(${id})`, () => this.contract.getAgreement(id));
    return a.payer === ZeroAddress ? undefined : agreementOf(id, a);
  }
  /** The agreement of `meterId` under the terms commitment `terms`, or undefined. */
  async forTerms(meterId: bigint, terms: bigint): Promise<Agreement | undefined> {
    const [id, a] = await chainCall(`agreementFor(${meterId})`, () => this.contract.agreementFor(meterId, terms));
    return id === 0n ? undefined : agreementOf(id, a);
  }
  /** Every agreement (optionally of one meter), in id order. */
  async list(filter: { meterId?: bigint; fromBlock?: number } = {}): Promise<Agreement[]> {
    const c = this.contract;
    const logs = await chainCall('AgreementProposed events', () =>
      c.queryFilter(c.filters.AgreementProposed(undefined, filter.meterId), filter.fromBlock ?? 0),
    );
    const out: Agreement[] = [];
    for (const l of logs) {
      const a = await this.get(l.args.id);
      if (a !== undefined) out.push(a);
    }
    return out.sort((x, y) => (x.id < y.id ? -1 : 1));
  }
}

/** An agreement of the registry. */
export interface Agreement {
  id: bigint;
  meterId: bigint;
  zone: bigint;
  kind: AgreementKind;
  payer: string;
  payee: string;
  validFrom: number;
  validUntil: number;
  payerAccepted: boolean;
  payeeAccepted: boolean;
  /** The terms commitment (the terms stay private). */
  terms: bigint;
}

const KIND_NAMES = Object.keys(AGREEMENT_KINDS) as AgreementKind[];

function agreementOf(
  id: bigint,
  a: {
    meterId: bigint;
    zone: bigint;
    kind: bigint;
    payer: string;
    payee: string;
    validFrom: bigint;
    validUntil: bigint;
    payerAccepted: boolean;
    payeeAccepted: boolean;
    terms: bigint;
  },
): Agreement {
  return {
    id,
    meterId: a.meterId,
    zone: a.zone,
    kind: KIND_NAMES[Number(a.kind)] ?? 'spot',
    payer: a.payer,
    payee: a.payee,
    validFrom: Number(a.validFrom),
    validUntil: Number(a.validUntil),
    payerAccepted: a.payerAccepted,
    payeeAccepted: a.payeeAccepted,
    terms: a.terms,
  };
}

/** Submits market proofs. */
export class MarketSettlementClient {
  readonly contract: MarketSettlement;
  constructor(address: string, signer: ContractRunner) {
    this.contract = connectContract(MarketSettlement__factory, address, signer);
  }
  /** `chainId × 2^160 + address`: the domain proofs for this contract carry. */
  domain(): Promise<bigint> {
    return chainCall('domain', () => this.contract.domain());
  }
  /**
   * Folds and keeps the base point settlements under agreement `agreementId` read (its meter's current
   * key, its terms, this contract's domain, all read on chain), so that the first settlement costs what
   * a repeat does (docs/market-spec.md §11, "Gas"). Anyone may send it once both parties accepted;
   * idempotent. Reverts (a ChainError) as settle would for every period from the meter's cursor on.
   */
  keepBase(agreementId: bigint): Promise<TxResult> {
    return send(`keepBase(${agreementId})`, () => this.contract.keepBase(agreementId));
  }
  /** The kept base point of (`keyHash`, `terms`), or undefined when none is kept. */
  async keptBase(keyHash: bigint, terms: bigint): Promise<readonly [bigint, bigint] | undefined> {
    const [x, y] = await chainCall('keptBase', () => this.contract.keptBase(keyHash, terms));
    return x === 0n && y === 0n ? undefined : [x, y];
  }
  /** Settles one proved market bill. */
  settle(p: SolidityProofArgs): Promise<TxResult> {
    if (p.signals.length !== 7) throw new RangeError(`a market proof has 7 public signals, got ${p.signals.length}`);
    const s = p.signals as [bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    return send('settle(market)', () => this.contract.settle(p.a, p.b, p.c, s));
  }
  /** Every MarketSettled event: who paid whom under which agreement, for which days (no volumes: there are none on chain). */
  async settlements(fromBlock = 0): Promise<MarketSettledRecord[]> {
    const c = this.contract;
    const logs = await chainCall('MarketSettled events', () => c.queryFilter(c.filters.MarketSettled(), fromBlock));
    // The event carries the meter, the agreement and the proven signals: the parties and the zone are the
    // agreement's, the days follow from the period signal and the zone's UTC offset (docs/market-spec.md).
    const runner = c.runner;
    const agreements = connectContract(PpaRegistry__factory, await chainCall('agreements', () => c.agreements()), runner);
    const feed = connectContract(PriceFeed__factory, await chainCall('feed', () => c.feed()), runner);
    const agreementOf = new Map<bigint, { payer: string; payee: string; zone: bigint }>();
    const tzOf = new Map<bigint, number>();
    const out: MarketSettledRecord[] = [];
    for (const l of logs) {
      const agreementId = l.args.agreementId;
      let ag = agreementOf.get(agreementId);
      if (ag === undefined) {
        const a = await chainCall(`getAgreement(${agreementId})`, () => agreements.getAgreement(agreementId));
        ag = { payer: a.payer, payee: a.payee, zone: a.zone };
        agreementOf.set(agreementId, ag);
      }
      let tz = tzOf.get(ag.zone);
      if (tz === undefined) {
        const zone = ag.zone;
        tz = Number((await chainCall(`getZone(${zone})`, () => feed.getZone(zone))).tzOffsetSeconds);
        tzOf.set(ag.zone, tz);
      }
      const { periodStart, intervalCount, intervalSeconds } = unpackPeriod(l.args.publicSignals[2]!);
      const { charge, credit } = unpackAmounts(l.args.publicSignals[3]!);
      out.push({
        meterId: l.args.meterId,
        agreementId,
        payer: ag.payer,
        payee: ag.payee,
        zone: ag.zone,
        firstDay: Math.floor((periodStart + tz) / 86400),
        dayCount: Math.floor((intervalCount * intervalSeconds) / 86400),
        charge,
        credit,
        chainAfter: l.args.publicSignals[4]!,
        blockNumber: l.blockNumber,
        txHash: l.transactionHash,
      });
    }
    return out;
  }
}

/** One market settlement as its event shows it. */
export interface MarketSettledRecord {
  meterId: bigint;
  agreementId: bigint;
  payer: string;
  payee: string;
  zone: bigint;
  firstDay: number;
  dayCount: number;
  /** Paid by payer to payee (token smallest units). */
  charge: bigint;
  /** Paid back by payee to payer. */
  credit: bigint;
  /** The feed link of the last day the proof used (which publication it priced against). */
  chainAfter: bigint;
  blockNumber: number;
  txHash: string;
}

/**
 * SpotSettlement (docs/market-spec.md §11): settles public-price market bills with six signals; the
 * feed supplies the prices' share of the verification.
 */
export class SpotSettlementClient {
  readonly contract: SpotSettlement;
  constructor(address: string, signer: ContractRunner) {
    this.contract = connectContract(SpotSettlement__factory, address, signer);
  }
  /** `chainId × 2^160 + address`: the domain proofs for this contract carry. */
  domain(): Promise<bigint> {
    return chainCall('domain', () => this.contract.domain());
  }
  /**
   * Folds and keeps the base point settlements under agreement `agreementId` read (its meter's current
   * key, its terms, this contract's domain, all read on chain), so that the first settlement costs what
   * a repeat does (docs/market-spec.md §11, "Gas"). Anyone may send it once both parties accepted;
   * idempotent. Reverts (a ChainError) as settle would for every period from the meter's cursor on.
   */
  keepBase(agreementId: bigint): Promise<TxResult> {
    return send(`keepBase(${agreementId})`, () => this.contract.keepBase(agreementId));
  }
  /** The kept base point of (`keyHash`, `terms`), or undefined when none is kept. */
  async keptBase(keyHash: bigint, terms: bigint): Promise<readonly [bigint, bigint] | undefined> {
    const [x, y] = await chainCall('keptBase', () => this.contract.keptBase(keyHash, terms));
    return x === 0n && y === 0n ? undefined : [x, y];
  }
  /** Settles one proved public-price bill (its six settlement signals). */
  settle(p: SolidityProofArgs): Promise<TxResult> {
    if (p.signals.length !== 6) throw new RangeError(`a public-price market proof settles with 6 signals, got ${p.signals.length}`);
    const s = p.signals as [bigint, bigint, bigint, bigint, bigint, bigint];
    return send('settle(spot)', () => this.contract.settle(p.a, p.b, p.c, s));
  }
}
