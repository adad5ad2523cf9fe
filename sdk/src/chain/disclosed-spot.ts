/**
 * DisclosedSpotSettlement (docs/disclosure-spec.md §12): settles public-price market bills whose proofs
 * encrypt the settlement's details to the regulator's key in force, and reads its SpotDisclosed events.
 * @packageDocumentation
 */
import type { ContractRunner } from 'ethers';
import { MARKET_DISCLOSURE_SIGNAL_COUNT } from '../../../core/src/market/disclosure.js';
import type { SolidityProofArgs } from '../../../prover/src/groth16.js';
import { type DisclosedSpotSettlement, DisclosedSpotSettlement__factory, IDisclosedPriceVerifier__factory } from '../../../typechain-types/index.js';
import type { DisclosedMarketRecord } from './disclosed-market.js';
import { chainCall } from './errors.js';
import type { SettledProof } from './settlement.js';
import { send, type TxResult } from './tx.js';
import { connectContract } from './contracts.js';

/** The six signals of a public-price bill (keyHash, terms, period, amounts, firstDay, domain). */
const SPOT_SIGNALS = 6;

/** One disclosed public-price settlement: its six signals (SpotSettled), its words (SpotDisclosed), the feed's price point. */
export interface DisclosedSpotRecord extends DisclosedMarketRecord {
  /** The price inputs' share of vk_x the proof verified against (SpotSettled). */
  pricePoint: [bigint, bigint];
}

/** Submits disclosed public-price proofs and reads their disclosures. */
export class DisclosedSpotSettlementClient {
  readonly contract: DisclosedSpotSettlement;
  constructor(address: string, runner: ContractRunner) {
    this.contract = connectContract(DisclosedSpotSettlement__factory, address, runner);
  }
  /** `chainId × 2^160 + address`: the domain proofs for this contract carry. */
  domain(): Promise<bigint> {
    return chainCall('domain', () => this.contract.domain());
  }
  /** The DisclosureKeys registry the contract checks the key in force against. */
  disclosureKeys(): Promise<string> {
    return chainCall('disclosureKeys', () => this.contract.disclosureKeys());
  }
  /**
   * Settles one proved public-price bill with disclosure: `p.signals` are its six settlement signals, then the
   * eight disclosure words (the price inputs between them are the feed's, never sent).
   * @throws RangeError for another signal count; ChainError (with the decoded custom error) on a revert
   */
  settleDisclosed(p: SolidityProofArgs): Promise<TxResult> {
    const n = SPOT_SIGNALS + MARKET_DISCLOSURE_SIGNAL_COUNT;
    if (p.signals.length !== n) throw new RangeError(`a disclosed public-price proof settles with ${n} signals, got ${p.signals.length}`);
    const s = p.signals.slice(0, SPOT_SIGNALS) as [bigint, bigint, bigint, bigint, bigint, bigint];
    const d = p.signals.slice(SPOT_SIGNALS) as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    return send('settleDisclosed(spot)', () => this.contract.settleDisclosed(p.a, p.b, p.c, s, d));
  }
  /** Every disclosed settlement in the block range: each SpotDisclosed with the SpotSettled of its transaction. */
  async settlements(fromBlock = 0, toBlock?: number): Promise<DisclosedSpotRecord[]> {
    const c = this.contract;
    const [settled, disclosed] = await Promise.all([
      chainCall('SpotSettled events', () => c.queryFilter(c.filters.SpotSettled(), fromBlock, toBlock)),
      chainCall('SpotDisclosed events', () => c.queryFilter(c.filters.SpotDisclosed(), fromBlock, toBlock)),
    ]);
    // settleDisclosed emits SpotSettled right before SpotDisclosed, in one transaction
    const at = new Map(settled.map((l) => [`${l.transactionHash}:${l.index + 1}`, l]));
    const out: DisclosedSpotRecord[] = [];
    for (const l of disclosed) {
      const s = at.get(`${l.transactionHash}:${l.index}`);
      if (s === undefined) continue;
      out.push({
        meterId: l.args.meterId,
        agreementId: l.args.agreementId,
        publicSignals: s.args.publicSignals.map(BigInt),
        disclosure: l.args.disclosure.map(BigInt),
        pricePoint: [BigInt(s.args.pricePoint[0]!), BigInt(s.args.pricePoint[1]!)],
        blockNumber: l.blockNumber,
        txHash: l.transactionHash,
      });
    }
    return out;
  }
  /**
   * Re-verifies a settled proof with the contract's own verifier over the record's six signals, its words and its
   * price point (an eth_call: the audit's check that the logged words are the proven ones; the ordinary audit
   * checks that the verifier's code is the published circuit's).
   */
  async verifyRecord(proof: SettledProof, r: DisclosedSpotRecord): Promise<boolean> {
    const verifier = connectContract(IDisclosedPriceVerifier__factory, await chainCall('verifier', () => this.contract.verifier()), this.contract.runner);
    const s = r.publicSignals as [bigint, bigint, bigint, bigint, bigint, bigint];
    const d = r.disclosure as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    return chainCall('verifyDisclosedProof', () => verifier.verifyDisclosedProof(proof.a, proof.b, proof.c, s, d, r.pricePoint));
  }
}
