/**
 * A consumer's spot-indexed bill in the wallet (docs/market-spec.md): the page reads the
 * agreement, the zone and the day's published prices from the chain, computes the bill with the
 * engine, proves it in the prover's Web Worker (the same worker as the retail bill: it proves any
 * circuit of the manifest) and settles it through the MarketSettlement of its circuit. The
 * readings and the terms stay on the page; only the proof and its seven public signals go out.
 * @packageDocumentation
 */
import type { ContractRunner } from 'ethers';
import { ProofError, ValidationError, WattproofError } from '../../core/src/errors.js';
import { type MarketAmount, marketBillWitness } from '../../core/src/market/index.js';
import type { SignedPeriod } from '../../core/src/meter/sign.js';
import { type Agreement, dayDate, MarketSettlementClient, PpaRegistryClient, PriceFeedClient } from '../../sdk/src/chain/market.js';
import type { TxResult } from '../../sdk/src/chain/tx.js';
import type { MarketTermsDocument } from '../../sdk/src/market/terms-document.js';
import { marketTermsCommitment } from '../../core/src/market/terms.js';
import { type Groth16Proof, toSolidityArgs } from '../../prover/src/groth16.js';
import { runOnWorker } from '../../prover/src/worker/pool.js';
import { wrapWebWorker } from '../../prover/src/worker/browser-host.js';
import type { ProveRequest } from '../../prover/src/worker/protocol.js';
import { artifacts } from './prover.js';

/** Where the market contracts of the session are. */
export interface MarketSession {
  priceFeed: string;
  ppaRegistry: string;
  /** MarketSettlement of `circuit`. */
  marketSettlement: string;
  /** The spot (import series) circuit the page proves with, e.g. `mkt_spot_1d_60m`. */
  circuit: string;
  /** First block of the market deployment (event scans start here). */
  fromBlock: number;
}

/** What the chain says about a spot bill before it is proved. */
export interface SpotContext {
  agreement: Agreement;
  tzOffsetSeconds: number;
  firstDay: number;
  /** The published prices of each day (cents/MWh). */
  prices: number[][];
  chainBefore: bigint;
  domain: bigint;
}

/**
 * Reads the agreement of the period's meter under the terms, the zone and the prices in force.
 * @throws WattproofError AGREEMENT_NOT_ACTIVE / PRICES_NOT_PUBLISHED; ValidationError for a period off the zone's days
 */
export async function spotContext(runner: ContractRunner, m: MarketSession, signed: SignedPeriod, doc: MarketTermsDocument): Promise<SpotContext> {
  const registry = new PpaRegistryClient(m.ppaRegistry, runner);
  const feed = new PriceFeedClient(m.priceFeed, runner);
  const commitment = await marketTermsCommitment(doc.terms);
  const agreement = await registry.forTerms(signed.meterId, commitment);
  if (agreement === undefined)
    throw new WattproofError('AGREEMENT_NOT_ACTIVE', `meter ${signed.meterId} has no agreement under these terms (commitment ${commitment})`);
  if (!agreement.payerAccepted || !agreement.payeeAccepted) {
    throw new WattproofError('AGREEMENT_NOT_ACTIVE', `agreement ${agreement.id} is not accepted by both parties yet`);
  }
  const zone = await feed.getZone(agreement.zone);
  if (zone === undefined) throw new ValidationError('agreement.zone', `zone ${agreement.zone} is not open in the price feed`);
  const local = signed.periodStart + zone.tzOffsetSeconds;
  const days = signed.imports.length / zone.intervalsPerDay;
  if (local % 86400 !== 0 || !Number.isInteger(days)) throw new ValidationError('period', `does not cover whole delivery days of zone ${agreement.zone}`);
  const firstDay = local / 86400;
  if (firstDay + days - 1 > zone.lastDay) {
    throw new WattproofError(
      'PRICES_NOT_PUBLISHED',
      `zone ${agreement.zone} is published through ${dayDate(zone.lastDay)}; ${dayDate(firstDay + days - 1)} is not yet`,
    );
  }
  const [prices, chainBefore, domain] = await Promise.all([
    feed.currentPrices(agreement.zone, firstDay, days, m.fromBlock),
    feed.linkAt(agreement.zone, firstDay - 1),
    new MarketSettlementClient(m.marketSettlement, runner).domain(),
  ]);
  return { agreement, tzOffsetSeconds: zone.tzOffsetSeconds, firstDay, prices, chainBefore, domain };
}

/** A proved spot bill. */
export interface SpotProof {
  amount: MarketAmount;
  proof: Groth16Proof;
  publicSignals: string[];
  provingMs: number;
}

/**
 * Proves the spot bill in the prover's Web Worker and checks that the proof's public signals are
 * the engine's (so the page never settles an amount it did not compute).
 */
export async function proveSpotInWorker(m: MarketSession, signed: SignedPeriod, doc: MarketTermsDocument, ctx: SpotContext): Promise<SpotProof> {
  const a = await artifacts(m.circuit);
  const { maxDays, tokenDecimals } = a.params as Record<string, number>;
  const w = await marketBillWitness({
    signed,
    series: 'import',
    terms: doc.terms,
    zoneTzSeconds: ctx.tzOffsetSeconds,
    prices: ctx.prices,
    chainBefore: ctx.chainBefore,
    domain: ctx.domain,
    maxDays: maxDays ?? 1,
    tokenDecimals: tokenDecimals ?? 6,
  });
  const worker = wrapWebWorker(new Worker(new URL('../../prover/src/worker/browser-worker.ts', import.meta.url), { type: 'module' }));
  // copies: the worker takes the bytes, the page keeps its artifacts for the next proof
  const req: ProveRequest = { type: 'prove', circuit: m.circuit, input: w.input as ProveRequest['input'], wasm: a.wasm.slice(), zkey: a.zkey.slice() };
  const job = await runOnWorker(worker, req, [req.wasm.buffer as ArrayBuffer, req.zkey.buffer as ArrayBuffer], () => undefined);
  const got = job.publicSignals;
  if (got.length !== w.publicSignals.length || got.some((s, i) => BigInt(s) !== w.publicSignals[i])) {
    throw new ProofError(`${m.circuit}: the proof's public signals differ from the engine's`);
  }
  return { amount: w.amount, proof: job.proof, publicSignals: got, provingMs: job.witnessMs + job.provingMs };
}

/** Settles a proved spot bill with the page's signer. */
export function settleSpot(runner: ContractRunner, m: MarketSession, p: SpotProof): Promise<TxResult> {
  return new MarketSettlementClient(m.marketSettlement, runner).settle(toSolidityArgs(p.proof, p.publicSignals));
}
