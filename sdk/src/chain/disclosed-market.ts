/**
 * DisclosedMarketSettlement (docs/disclosure-spec.md §11): settles market bills whose proofs encrypt the
 * settlement's details to the regulator's key in force, and reads its MarketDisclosed events.
 * @packageDocumentation
 */
import type { ContractRunner } from 'ethers';
import { MARKET_DISCLOSURE_SIGNAL_COUNT, MARKET_DISCLOSURE_SIGNAL_OFFSET } from '../../../core/src/market/disclosure.js';
import type { SolidityProofArgs } from '../../../prover/src/groth16.js';
import { type DisclosedMarketSettlement, DisclosedMarketSettlement__factory } from '../../../typechain-types/index.js';
import { chainCall } from './errors.js';
import { send, type TxResult } from './tx.js';
import { connectContract, sharedInterface } from './contracts.js';

/** One disclosed market settlement as its two events show it (MarketSettled, then MarketDisclosed). */
export interface DisclosedMarketRecord {
  meterId: bigint;
  agreementId: bigint;
  /** The seven market signals (MarketSettled). */
  publicSignals: bigint[];
  /** The eight disclosure words (MarketDisclosed): the regulator key's y, the ephemeral key's y, the ciphertext. */
  disclosure: bigint[];
  blockNumber: number;
  txHash: string;
}

/** Submits disclosed market proofs and reads their disclosures. */
export class DisclosedMarketSettlementClient {
  readonly contract: DisclosedMarketSettlement;
  constructor(address: string, runner: ContractRunner) {
    this.contract = connectContract(DisclosedMarketSettlement__factory, address, runner);
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
   * Settles one proved market bill with disclosure (its fifteen signals: the seven market signals, then
   * the eight disclosure words).
   * @throws RangeError for another signal count; ChainError (with the decoded custom error) on a revert
   */
  settleDisclosed(p: SolidityProofArgs): Promise<TxResult> {
    const n = MARKET_DISCLOSURE_SIGNAL_OFFSET + MARKET_DISCLOSURE_SIGNAL_COUNT;
    if (p.signals.length !== n) throw new RangeError(`a disclosed market proof has ${n} public signals, got ${p.signals.length}`);
    const s = p.signals.slice(0, MARKET_DISCLOSURE_SIGNAL_OFFSET) as [bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    const d = p.signals.slice(MARKET_DISCLOSURE_SIGNAL_OFFSET) as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    return send('settleDisclosed(market)', () => this.contract.settleDisclosed(p.a, p.b, p.c, s, d));
  }
  /** Every disclosed settlement in the block range: each MarketDisclosed with the MarketSettled of its transaction. */
  async settlements(fromBlock = 0, toBlock?: number): Promise<DisclosedMarketRecord[]> {
    const c = this.contract;
    const [settled, disclosed] = await Promise.all([
      chainCall('MarketSettled events', () => c.queryFilter(c.filters.MarketSettled(), fromBlock, toBlock)),
      chainCall('MarketDisclosed events', () => c.queryFilter(c.filters.MarketDisclosed(), fromBlock, toBlock)),
    ]);
    // settleDisclosed emits MarketSettled right before MarketDisclosed, in one transaction
    const signalsAt = new Map(settled.map((l) => [`${l.transactionHash}:${l.index + 1}`, l.args.publicSignals.map(BigInt)]));
    const out: DisclosedMarketRecord[] = [];
    for (const l of disclosed) {
      const publicSignals = signalsAt.get(`${l.transactionHash}:${l.index}`);
      if (publicSignals === undefined) continue;
      out.push({
        meterId: l.args.meterId,
        agreementId: l.args.agreementId,
        publicSignals,
        disclosure: l.args.disclosure.map(BigInt),
        blockNumber: l.blockNumber,
        txHash: l.transactionHash,
      });
    }
    return out;
  }
}

/**
 * The eight disclosure words of a `settleDisclosed` call, read from its calldata right after the seven
 * market signals (what the ordinary market audit needs to re-verify a disclosed proof over all its
 * signals); undefined when the calldata is not a settleDisclosed carrying these signals.
 */
export function marketDisclosureFromCalldata(input: string, signals: readonly bigint[]): bigint[] | undefined {
  const hex = input.toLowerCase().replace(/^0x/, '');
  const selector = sharedInterface(DisclosedMarketSettlement__factory).getFunction('settleDisclosed').selector.slice(2);
  if (!hex.startsWith(selector) || signals.length !== MARKET_DISCLOSURE_SIGNAL_OFFSET) return undefined;
  // settleDisclosed(a[2], b[2][2], c[2], s[7], disclosure[8]): static arrays, so s sits at word 8
  const word = (k: number) => hex.slice(8 + k * 64, 8 + (k + 1) * 64);
  for (let k = 0; k < signals.length; k++) if (word(8 + k) !== (signals[k] as bigint).toString(16).padStart(64, '0')) return undefined;
  const out = Array.from({ length: MARKET_DISCLOSURE_SIGNAL_COUNT }, (_, k) => word(15 + k));
  if (out.some((w) => w.length !== 64)) return undefined;
  return out.map((w) => BigInt(`0x${w}`));
}
