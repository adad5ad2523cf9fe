/**
 * Typed clients of the market contracts (docs/market-spec.md): the price feed, the agreement
 * registry and market settlement. Every failure is a ChainError; reverts carry the decoded custom error.
 * @packageDocumentation
 */
import type { Signer } from 'ethers';
import type { SolidityProofArgs } from '../../../prover/src/groth16.js';
import {
  type MarketSettlement,
  MarketSettlement__factory,
  type PpaRegistry,
  PpaRegistry__factory,
  type PriceFeed,
  PriceFeed__factory,
} from '../../../typechain-types/index.js';
import { chainCall } from './errors.js';
import { send, type TxResult } from './tx.js';

/** Agreement kinds as the registry numbers them. */
export const AGREEMENT_KINDS = { spot: 0, fixed: 1, indexed: 2, cfd: 3 } as const;
export type AgreementKind = keyof typeof AGREEMENT_KINDS;

/** The market operator's and everyone's view of the price feed. */
export class PriceFeedClient {
  readonly contract: PriceFeed;
  constructor(address: string, signer: Signer) {
    this.contract = PriceFeed__factory.connect(address, signer);
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
}

/** A party's view of the agreement registry. */
export class PpaRegistryClient {
  readonly contract: PpaRegistry;
  constructor(address: string, signer: Signer) {
    this.contract = PpaRegistry__factory.connect(address, signer);
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
}

/** Submits market proofs. */
export class MarketSettlementClient {
  readonly contract: MarketSettlement;
  constructor(address: string, signer: Signer) {
    this.contract = MarketSettlement__factory.connect(address, signer);
  }
  /** `chainId × 2^160 + address`: the domain proofs for this contract carry. */
  domain(): Promise<bigint> {
    return chainCall('domain', () => this.contract.domain());
  }
  /** Settles one proved market bill. */
  settle(p: SolidityProofArgs): Promise<TxResult> {
    if (p.signals.length !== 7) throw new RangeError(`a market proof has 7 public signals, got ${p.signals.length}`);
    const s = p.signals as [bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    return send('settle(market)', () => this.contract.settle(p.a, p.b, p.c, s));
  }
}
