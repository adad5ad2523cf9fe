/**
 * The wholesale side (docs/market-spec.md): the market operator publishing prices, a generator
 * selling its export meter's output, a wholesaler buying it (and a consumer on a spot-indexed
 * tariff, which is the same flow on the import series).
 * @packageDocumentation
 */
import type { Signer } from 'ethers';
import type { CurvePoint } from '../../../core/src/crypto/disclosure.js';
import { ValidationError } from '../../../core/src/errors.js';
import type { MarketSeries } from '../../../core/src/market/input.js';
import { type MarketTerms, marketTermsCommitment } from '../../../core/src/market/terms.js';
import type { SignedPeriod } from '../../../core/src/meter/sign.js';
import { type MarketProof, proveMarketBill, type PublicPriceMarketProof, provePublicPriceBill } from '../../../prover/src/prove-market.js';
import { type AgreementKind, MarketSettlementClient, PpaRegistryClient, PriceFeedClient, SpotSettlementClient } from '../chain/market.js';
import { DisclosedMarketSettlementClient } from '../chain/disclosed-market.js';
import { DisclosedSpotSettlementClient } from '../chain/disclosed-spot.js';
import type { TxResult } from '../chain/tx.js';

/** Where the market contracts are. */
export interface MarketAddresses {
  priceFeed: string;
  ppaRegistry: string;
  marketSettlement: string;
  /** SpotSettlement of a public-price circuit (docs/market-spec.md §11), when deployed. */
  spotSettlement?: string;
  /** DisclosedMarketSettlement of a `"disclose": 1` market circuit (docs/disclosure-spec.md §10), when deployed. */
  disclosedMarketSettlement?: string;
  /** DisclosedSpotSettlement of a `"publicPrices": 1, "disclose": 1` circuit (docs/disclosure-spec.md §12), when deployed. */
  disclosedSpotSettlement?: string;
}

/** The regulator's disclosure of a market proof: the key in force for the period (DisclosureKeys) and the ephemeral secret. */
export interface MarketDisclosureOptions {
  regulatorKey: CurvePoint;
  /** In [1, 2^253): `deriveEphemeralSecret(proverSecret, nonce)` lets the prover reopen its own copy later. */
  ephemeralSecret: bigint;
}

/** A market zone as a party sees it. */
export interface ZoneRef {
  zone: bigint;
  tzOffsetSeconds: number;
}

/** What {@link MarketParty.accept} sent: the acceptance, then each keepBase (empty until both parties accepted). */
export interface AcceptResult extends TxResult {
  /** The keepBase transactions, MarketSettlement's first, then SpotSettlement's. */
  keptBases: TxResult[];
}

/** What every market party can do: read the feed, accept agreements, prove and settle. */
export class MarketParty {
  readonly feed: PriceFeedClient;
  readonly agreements: PpaRegistryClient;
  readonly settlement: MarketSettlementClient;
  /** The public-price settlement, when its address was given. */
  readonly spot: SpotSettlementClient | undefined;
  /** The disclosed market settlement, when its address was given. */
  readonly disclosed: DisclosedMarketSettlementClient | undefined;
  /** The disclosed public-price settlement, when its address was given. */
  readonly disclosedSpot: DisclosedSpotSettlementClient | undefined;
  constructor(
    readonly signer: Signer,
    addresses: MarketAddresses,
  ) {
    this.feed = new PriceFeedClient(addresses.priceFeed, signer);
    this.agreements = new PpaRegistryClient(addresses.ppaRegistry, signer);
    this.settlement = new MarketSettlementClient(addresses.marketSettlement, signer);
    this.spot = addresses.spotSettlement === undefined ? undefined : new SpotSettlementClient(addresses.spotSettlement, signer);
    this.disclosed =
      addresses.disclosedMarketSettlement === undefined ? undefined : new DisclosedMarketSettlementClient(addresses.disclosedMarketSettlement, signer);
    this.disclosedSpot =
      addresses.disclosedSpotSettlement === undefined ? undefined : new DisclosedSpotSettlementClient(addresses.disclosedSpotSettlement, signer);
  }

  /**
   * Accepts an agreement the other party proposed. Once it is accepted by both, keeps its base point on
   * the settlement contracts `keepBase` names (default: every one this party was given), so that its
   * first settlement costs what a repeat one does (docs/market-spec.md §11, "Gas"): a one-time ~60k gas
   * paid here instead of inside the first settle. When a keepBase reverts (the meter's key is revoked, the
   * agreement ended, the meter's parties changed: every settlement would fail too), the acceptance stands
   * and the ChainError is thrown.
   * @example
   * ```ts
   * const { keptBases } = await consumer.accept(offer.id); // MarketSettlement, then SpotSettlement if given
   * ```
   */
  async accept(id: bigint, opts: { keepBase?: 'all' | 'market' | 'spot' | 'none' } = {}): Promise<AcceptResult> {
    const tx = await this.agreements.accept(id);
    const which = opts.keepBase ?? 'all';
    if (which === 'none') return { ...tx, keptBases: [] };
    const a = await this.agreements.get(id);
    if (a === undefined || !a.payerAccepted || !a.payeeAccepted) return { ...tx, keptBases: [] };
    const keptBases: TxResult[] = [];
    if (which !== 'spot') keptBases.push(await this.settlement.keepBase(id));
    if (which === 'spot') keptBases.push(await this.requireSpot().keepBase(id));
    else if (which === 'all' && this.spot !== undefined) keptBases.push(await this.spot.keepBase(id));
    return { ...tx, keptBases };
  }

  /**
   * Proves a signed period under `terms` at the feed's current prices: `prices[d]` must be the
   * published prices of the period's day d; the proof binds to the feed's link before the period.
   * With `disclosure` (a `"disclose": 1` circuit) the proof also encrypts the settlement's details to the
   * regulator's key and is bound to the DisclosedMarketSettlement given at construction.
   * @example
   * ```ts
   * const proof = await party.prove({ circuit: 'mkt_spot_1d_60m_disclose', signed, series: 'import', terms, zone, prices,
   *   disclosure: { regulatorKey, ephemeralSecret } });
   * await party.settle(proof); // settleDisclosed
   * ```
   */
  async prove(p: {
    circuit: string;
    signed: SignedPeriod;
    series: MarketSeries;
    terms: MarketTerms;
    zone: ZoneRef;
    prices: number[][];
    disclosure?: MarketDisclosureOptions;
  }): Promise<MarketProof> {
    const local = p.signed.periodStart + p.zone.tzOffsetSeconds;
    if (local % 86400 !== 0) throw new ValidationError('signed.periodStart', "must be the market zone's local midnight");
    const target = p.disclosure === undefined ? this.settlement : this.requireDisclosed();
    const [chainBefore, domain] = await Promise.all([this.feed.linkAt(p.zone.zone, local / 86400 - 1), target.domain()]);
    return proveMarketBill(p.circuit, {
      signed: p.signed,
      series: p.series,
      terms: p.terms,
      zoneTzSeconds: p.zone.tzOffsetSeconds,
      prices: p.prices,
      chainBefore,
      domain,
      ...(p.disclosure !== undefined ? { disclosure: p.disclosure } : {}),
    });
  }

  /** Submits a proved market bill (anyone may): a disclosed one (fifteen signals) to the DisclosedMarketSettlement. */
  settle(proof: MarketProof): Promise<TxResult> {
    if (proof.details !== undefined) return this.requireDisclosed().settleDisclosed(proof.solidity);
    return this.settlement.settle(proof.solidity);
  }

  private requireDisclosed(): DisclosedMarketSettlementClient {
    if (this.disclosed === undefined) throw new ValidationError('addresses.disclosedMarketSettlement', 'is needed for a market bill with disclosure');
    return this.disclosed;
  }

  /**
   * Proves a signed period with a public-price circuit (docs/market-spec.md §11) for the SpotSettlement
   * given at construction: `prices[d]` must be the feed's current prices of the period's day d. With
   * `disclosure` (a `"publicPrices": 1, "disclose": 1` circuit) the proof also encrypts the settlement's details
   * to the regulator's key and is bound to the DisclosedSpotSettlement given at construction.
   * @example
   * ```ts
   * const proof = await party.provePublicPrices({ circuit: 'mkt_spotpub_31d_60m', signed, series: 'import', terms, zone, prices });
   * await party.settleSpot(proof);
   * const disclosed = await party.provePublicPrices({ circuit: 'mkt_spotpub_3d_60m_disclose', signed, series: 'import', terms,
   *   zone, prices, disclosure: { regulatorKey, ephemeralSecret } });
   * await party.settleSpot(disclosed); // settleDisclosed
   * ```
   */
  async provePublicPrices(p: {
    circuit: string;
    signed: SignedPeriod;
    series: MarketSeries;
    terms: MarketTerms;
    zone: ZoneRef;
    prices: number[][];
    disclosure?: MarketDisclosureOptions;
  }): Promise<PublicPriceMarketProof> {
    const domain = await (p.disclosure === undefined ? this.requireSpot() : this.requireDisclosedSpot()).domain();
    return provePublicPriceBill(p.circuit, {
      signed: p.signed,
      series: p.series,
      terms: p.terms,
      zoneTzSeconds: p.zone.tzOffsetSeconds,
      prices: p.prices,
      domain,
      ...(p.disclosure !== undefined ? { disclosure: p.disclosure } : {}),
    });
  }

  /** Submits a proved public-price bill (anyone may): a disclosed one (six signals and eight words) to the DisclosedSpotSettlement. */
  async settleSpot(proof: PublicPriceMarketProof): Promise<TxResult> {
    if (proof.details !== undefined) return this.requireDisclosedSpot().settleDisclosed(proof.solidity);
    return this.requireSpot().settle(proof.solidity);
  }

  private requireDisclosedSpot(): DisclosedSpotSettlementClient {
    if (this.disclosedSpot === undefined) throw new ValidationError('addresses.disclosedSpotSettlement', 'is needed for a public-price bill with disclosure');
    return this.disclosedSpot;
  }

  private requireSpot(): SpotSettlementClient {
    if (this.spot === undefined) throw new ValidationError('addresses.spotSettlement', 'is needed for a public-price market bill');
    return this.spot;
  }
}

/** A generator: proposes agreements for its export meter (it is the payee) and settles its days. */
export class Generator extends MarketParty {
  /** Proposes an agreement in which `buyer` pays this generator for the meter's export. */
  async proposeAgreement(a: { meterId: bigint; zone: bigint; kind: AgreementKind; buyer: string; validFrom: number; validUntil: number; terms: MarketTerms }) {
    const me = await this.signer.getAddress();
    return this.agreements.propose({ ...a, payer: a.buyer, payee: me, terms: await marketTermsCommitment(a.terms) });
  }

  /** Proves and settles one period of the export meter. */
  async settlePeriod(p: {
    circuit: string;
    signed: SignedPeriod;
    terms: MarketTerms;
    zone: ZoneRef;
    prices: number[][];
  }): Promise<{ proof: MarketProof; tx: TxResult }> {
    const proof = await this.prove({ ...p, series: 'export' });
    return { proof, tx: await this.settle(proof) };
  }
}

/** A wholesaler: buys from generators (payer), sells to retailers (payee). */
export class Wholesaler extends MarketParty {
  /** Proposes an agreement in which this wholesaler pays `seller` (a generator) for `meterId`'s export. */
  async proposePurchase(a: { meterId: bigint; zone: bigint; kind: AgreementKind; seller: string; validFrom: number; validUntil: number; terms: MarketTerms }) {
    const me = await this.signer.getAddress();
    return this.agreements.propose({ ...a, payer: me, payee: a.seller, terms: await marketTermsCommitment(a.terms) });
  }
}

/** The market operator of a zone: publishes and corrects delivery days. */
export class MarketOperator {
  readonly feed: PriceFeedClient;
  constructor(signer: Signer, priceFeed: string) {
    this.feed = new PriceFeedClient(priceFeed, signer);
  }
  publishDay(zone: bigint, day: number, prices: readonly number[]): Promise<TxResult> {
    return this.feed.publishPrices(zone, day, prices);
  }
  correctDay(zone: bigint, day: number, prices: readonly number[]): Promise<TxResult> {
    return this.feed.correctPrices(zone, day, prices);
  }
}
