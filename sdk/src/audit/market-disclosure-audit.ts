/**
 * The regulator's disclosure audit of market settlements (docs/disclosure-spec.md §11; `wattproof market
 * audit --disclose`): for every settlement of a DisclosedMarketSettlement in a block range, read the eight
 * disclosure words from its MarketDisclosed event, check they name the key in force for the period,
 * decrypt them with the regulator's secret of that epoch, and recompute charge and credit (market-spec
 * §6) from the disclosed band energies and market sum with the approved terms the regulator holds
 * (matched by commitment). With the circuit's verification key it also re-verifies each proof over all
 * fifteen signals (the proof read from calldata), so an event that a reader tampered with is caught
 * twice: it does not decrypt, and the proof does not verify. A settlement that does not decrypt, names
 * another key, or whose recomputed amounts differ from the settled ones is reported with its reasons.
 * The same audit reads a DisclosedSpotSettlement (a public-price circuit, docs/disclosure-spec.md §12; recognised
 * by its verifier's `disclosureWordCount`): SpotSettled and SpotDisclosed instead, the six signals, and the proof
 * re-verified by the contract's own verifier over the logged signals, words and price point (an eth_call: the
 * price inputs are the feed's, so there is no signal list to hand snarkjs without reading every day's prices).
 * @packageDocumentation
 */
import { Contract, type Provider } from 'ethers';
import { unpackAmounts, unpackPeriod } from '../../../core/src/bill/signals.js';
import { secretsByKeyY } from '../../../core/src/crypto/disclosure.js';
import { ValidationError, WattproofError } from '../../../core/src/errors.js';
import type { MarketAmount } from '../../../core/src/market/compute.js';
import {
  decryptMarketDisclosure,
  type MarketDetails,
  marketDisclosureNonce,
  marketDisclosureSignalsOf,
  recomputeMarketFromDetails,
} from '../../../core/src/market/disclosure.js';
import { type MarketTerms, marketTermsCommitment } from '../../../core/src/market/terms.js';
import { verify } from '../../../prover/src/groth16.js';
import { type DisclosedMarketRecord, DisclosedMarketSettlementClient } from '../chain/disclosed-market.js';
import { type DisclosedSpotRecord, DisclosedSpotSettlementClient } from '../chain/disclosed-spot.js';
import { DisclosureKeysClient } from '../chain/disclosure-keys.js';
import { chainCall } from '../chain/errors.js';
import { proofFromCalldata } from '../chain/settlement.js';
import { proofFromEvent } from './audit.js';

/** One market settlement as the regulator reads it. */
export interface DisclosedMarketView {
  record: DisclosedMarketRecord;
  periodStart: number;
  dayCount: number;
  /** As settled (public signal 3). */
  charge: bigint;
  credit: bigint;
  /** The decrypted details; undefined when they could not be read. */
  details?: MarketDetails;
  /** market-spec §6 recomputed from the details and the approved terms. */
  recomputed?: MarketAmount;
  /**
   * With a verification key (a feed-linked market settlement): the proof from calldata verifies over the event's
   * fifteen signals; for a public-price settlement always checked, by the contract's verifier over the logged
   * six signals, words and price point.
   */
  proofValid?: boolean;
  /** Empty when everything agrees. */
  mismatches: string[];
}

/** What {@link auditMarketDisclosures} needs. */
export interface MarketDisclosureAuditOptions {
  provider: Provider;
  /** The DisclosedMarketSettlement's or DisclosedSpotSettlement's address. */
  settlement: string;
  /** The regulator's secrets (any epochs); the one whose public key is in force for a period decrypts it. */
  regulatorSecrets: readonly bigint[];
  /** Approved market terms the regulator holds (matched by commitment, public signal 1). */
  terms: readonly MarketTerms[];
  /** The circuit's token decimals (its manifest's `tokenDecimals`; the instances use 6). */
  tokenDecimals?: number;
  /** The circuit's verification key: each proof is also re-verified over all its signals. */
  vkey?: unknown;
  fromBlock?: number;
  toBlock?: number;
}

/** Market statistics over the settlements that decrypted (no raw reading). */
export interface MarketDisclosureSummary {
  settlements: number;
  /** Billed energy per adder band 0..7 across all meters, Wh (band numbers are each terms' own). */
  bandWh: bigint[];
  /** Billed energy per hour of the zone's local day 0..23, Wh. */
  hourWh: bigint[];
  /** Sum of e × p over all settlements (Wh × cents/MWh): with the total energy, the volume-weighted price. */
  market: bigint;
}

/** The regulator's disclosure audit of market settlements over one block range. */
export interface MarketDisclosureAuditReport {
  fromBlock: number;
  toBlock: number;
  settlements: DisclosedMarketView[];
  /** How many settlements have at least one mismatch. */
  flagged: number;
  summary: MarketDisclosureSummary;
}

/** What the audit of one settlement needs: the secrets by their key's y, the terms by hash, the key registry (see {@link marketDisclosureContext}). */
export interface MarketDisclosureContext {
  options: MarketDisclosureAuditOptions;
  secrets: Map<bigint, bigint>;
  terms: Map<bigint, MarketTerms>;
  keys: DisclosureKeysClient;
  client: DisclosedMarketSettlementClient | DisclosedSpotSettlementClient;
}

/**
 * Whether `settlement` settles public-price bills with disclosure (DisclosedSpotSettlement): its verifier answers
 * `disclosureWordCount` (IDisclosedPriceVerifier); a DisclosedMarketSettlement's batch verifier does not.
 */
async function isDisclosedSpot(settlement: string, provider: Provider): Promise<boolean> {
  const c = new Contract(settlement, ['function verifier() view returns (address)'], provider);
  const verifier = await chainCall('verifier', () => (c.verifier as () => Promise<string>)());
  const v = new Contract(verifier, ['function disclosureWordCount() view returns (uint256)'], provider);
  return (v.disclosureWordCount as () => Promise<bigint>)().then(
    () => true,
    () => false,
  );
}

/**
 * Indexes the regulator's secrets and terms and connects the contracts, once per audit.
 * @throws ValidationError for a secret that is not a scalar
 */
export async function marketDisclosureContext(opts: MarketDisclosureAuditOptions): Promise<MarketDisclosureContext> {
  const secrets = secretsByKeyY(opts.regulatorSecrets);
  const terms = new Map<bigint, MarketTerms>();
  for (const t of opts.terms) terms.set(await marketTermsCommitment(t), t);
  const client = (await isDisclosedSpot(opts.settlement, opts.provider))
    ? new DisclosedSpotSettlementClient(opts.settlement, opts.provider)
    : new DisclosedMarketSettlementClient(opts.settlement, opts.provider);
  const keys = new DisclosureKeysClient(await client.disclosureKeys(), opts.provider);
  return { options: opts, secrets, terms, keys, client };
}

/**
 * Decrypts and checks every settlement of a DisclosedMarketSettlement or DisclosedSpotSettlement in the block range.
 * @throws ValidationError on a bad range or secret; ChainError when the chain cannot be read
 */
export async function auditMarketDisclosures(opts: MarketDisclosureAuditOptions): Promise<MarketDisclosureAuditReport> {
  const fromBlock = opts.fromBlock ?? 0;
  const toBlock = opts.toBlock ?? (await chainCall('latest block', () => opts.provider.getBlockNumber()));
  if (fromBlock < 0 || toBlock < fromBlock) throw new ValidationError('blocks', `fromBlock ${fromBlock} .. toBlock ${toBlock} is not a range`);
  const ctx = await marketDisclosureContext(opts);
  const records = await ctx.client.settlements(fromBlock, toBlock);
  const settlements: DisclosedMarketView[] = [];
  for (const r of records) settlements.push(await auditDisclosedMarketRecord(r, ctx));
  return { fromBlock, toBlock, settlements, flagged: settlements.filter((s) => s.mismatches.length > 0).length, summary: summarize(settlements) };
}

/**
 * Checks one disclosed market settlement as its events show it (or as a reader was handed it: a record
 * whose words were altered does not decrypt, and with a verification key its proof does not verify).
 */
export async function auditDisclosedMarketRecord(
  record: DisclosedMarketRecord | DisclosedSpotRecord,
  ctx: MarketDisclosureContext,
): Promise<DisclosedMarketView> {
  const { options: opts, secrets, terms, keys } = ctx;
  const { periodStart, intervalCount, intervalSeconds } = unpackPeriod(record.publicSignals[2]!);
  const { charge, credit } = unpackAmounts(record.publicSignals[3]!);
  const dayCount = Math.floor((intervalCount * intervalSeconds) / 86400);
  const mismatches: string[] = [];
  const view: DisclosedMarketView = { record, periodStart, dayCount, charge, credit, mismatches };
  const all = [...record.publicSignals, ...record.disclosure];
  const spot = 'pricePoint' in record && ctx.client instanceof DisclosedSpotSettlementClient ? { record, client: ctx.client } : undefined;
  if (opts.vkey !== undefined || spot !== undefined) {
    const tx = await chainCall(`transaction ${record.txHash}`, () => opts.provider.getTransaction(record.txHash));
    const proof = proofFromCalldata(tx?.data ?? '0x', record.publicSignals);
    if (proof === undefined) view.proofValid = false;
    else if (spot !== undefined) view.proofValid = await spot.client.verifyRecord(proof, spot.record);
    else view.proofValid = await verify(opts.vkey, proofFromEvent(proof), all.map(String));
    if (!view.proofValid) mismatches.push('the proof in the calldata does not verify over the logged signals and disclosure');
  }
  // the words follow the settlement signals as logged: seven of a feed-linked bill, six of a public-price one
  const signals = marketDisclosureSignalsOf(all, record.publicSignals.length);
  const inForce = await keys.keyAt(BigInt(periodStart));
  if (signals.regulatorKeyY !== inForce.key.y) {
    mismatches.push(
      `encrypted to the key with y ${signals.regulatorKeyY}, not to the one with y ${inForce.key.y} in force (epoch ${inForce.epoch}) for the period`,
    );
  }
  const secret = secrets.get(signals.regulatorKeyY);
  if (secret === undefined) {
    mismatches.push(`no secret given for the key with y ${signals.regulatorKeyY}`);
    return view;
  }
  try {
    view.details = decryptMarketDisclosure(signals, secret, marketDisclosureNonce(record.meterId, periodStart));
  } catch (e) {
    if (!(e instanceof WattproofError)) throw e;
    mismatches.push(`the disclosure does not decrypt: ${e.message}`);
    return view;
  }
  const t = terms.get(record.publicSignals[1]!);
  if (t === undefined) {
    mismatches.push(`no approved terms for commitment ${record.publicSignals[1]}`);
    return view;
  }
  if (t.intervalsPerDay * intervalSeconds !== 86400) {
    mismatches.push(`the terms have ${t.intervalsPerDay} intervals per day; the period's intervals are ${intervalSeconds} s`);
    return view;
  }
  view.recomputed = recomputeMarketFromDetails(t, view.details, dayCount, opts.tokenDecimals ?? 6);
  if (view.recomputed.charge !== charge) mismatches.push(`charge ${charge} settled, ${view.recomputed.charge} recomputed from the disclosed details`);
  if (view.recomputed.credit !== credit) mismatches.push(`credit ${credit} settled, ${view.recomputed.credit} recomputed from the disclosed details`);
  return view;
}

function summarize(views: readonly DisclosedMarketView[]): MarketDisclosureSummary {
  const s: MarketDisclosureSummary = { settlements: 0, bandWh: new Array<bigint>(8).fill(0n), hourWh: new Array<bigint>(24).fill(0n), market: 0n };
  for (const v of views) {
    if (v.details === undefined) continue;
    s.settlements++;
    v.details.bandWh.forEach((wh, b) => (s.bandWh[b] = (s.bandWh[b] ?? 0n) + wh));
    v.details.hourWh.forEach((wh, h) => (s.hourWh[h] = (s.hourWh[h] ?? 0n) + wh));
    s.market += v.details.market;
  }
  return s;
}
