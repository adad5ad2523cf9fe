/**
 * The collector: a retailer (or any relayer) gathers consumers' bill proofs, verifies them off-chain,
 * drops the invalid ones with a reason, and settles the rest with `settleBatch` in batches that fit a
 * gas limit.
 *
 * It is idempotent: before planning, and again before each batch is sent, it reads each meter's billing
 * cursor; a bill whose period the cursor has passed is looked up among the meter's settlements (`Settled` and `BatchSettled` events) and
 * reported `already-settled` (same public signals) or dropped `already-billed` (another bill), never sent
 * again. Re-running after a crash therefore pays nothing twice, and the contract refuses a second bill
 * for a period in any case (`PeriodOverlap`).
 * @packageDocumentation
 */
import { ValidationError, isWattproofError } from '../../../core/src/errors.js';
import { decodeBillSignals, toSettlementArgs, verifyBill, YEARLY_BILL_SIGNAL_COUNT, type DecodedBillSignals } from '../../../prover/src/verify-bill.js';
import type { PlainProof } from '../../../prover/src/prove-core.js';
import { ContractRevertError, chainCall } from '../chain/errors.js';
import type { SettledBill, SettlementProof, SkippedBill } from '../chain/settlement.js';
import type { WattproofConnection } from '../roles/connection.js';

/** One proof handed to the collector (a file of the inbox, a body posted to it, ...). */
export interface CollectedProof {
  /** Where it came from (a file name), for the report. */
  id: string;
  proof: PlainProof;
  publicSignals: readonly string[];
}

/** Why a proof was dropped. */
export type DropCode =
  | 'malformed'
  | 'wrong-domain'
  | 'yearly'
  | 'invalid-proof'
  | 'duplicate'
  | 'unknown-meter'
  | 'already-billed'
  | 'gap'
  | 'not-ended'
  | 'skipped';

/** A proof the collector did not settle, and why. */
export interface DroppedProof {
  id: string;
  code: DropCode;
  reason: string;
  meterId?: bigint;
  periodStart?: number;
}

/** A proof that passed off-chain verification and the chain-state checks: ready to settle. */
export interface ReadyBill {
  id: string;
  claim: DecodedBillSignals;
  proof: SettlementProof & { signals: bigint[] };
  publicSignals: readonly string[];
}

/** A bill that is settled on chain (by this run or before it). */
export interface SettledOutcome {
  id: string;
  meterId: bigint;
  periodStart: number;
  /** `settled`: by a batch of this run; `already-settled`: found on chain with the same signals. */
  status: 'settled' | 'already-settled';
  txHash: string;
  bill?: SettledBill;
}

/** One settleBatch transaction of a run. */
export interface BatchReport {
  txHash: string;
  size: number;
  settled: number;
  skipped: number;
  gasUsed: bigint;
  /** gasUsed / size. */
  gasPerBill: bigint;
}

/** What a collector run did. */
export interface CollectReport {
  received: number;
  settled: SettledOutcome[];
  dropped: DroppedProof[];
  batches: BatchReport[];
  /** Bills planned but not sent (dry run). */
  pending: ReadyBill[];
}

/** Options of {@link Collector}. */
export interface CollectorOptions {
  /** Verification key of the deployment's circuit (its vkey.json), for the off-chain check. */
  vkey: unknown;
  /** Gas limit of one settleBatch transaction (default 15,000,000: half of a 30M block). */
  gasLimit?: bigint;
  /** Planning model: gas of a batch = baseGas + n * perBillGas (defaults from bench/results.json). */
  baseGas?: bigint;
  perBillGas?: bigint;
  /** Largest batch, whatever the gas (default 256). */
  maxBatch?: number;
  /** Progress lines. */
  log?: (line: string) => void;
  /**
   * Verifies many proofs at once, one boolean each in order (e.g. a {@link VerifyPool}'s `verifyAll`
   * on worker threads, as the CLI and the bench pass); default: one after another on this thread.
   * A malformed proof must come out `false`, not throw.
   */
  verifyMany?: (vkey: unknown, items: { proof: PlainProof; publicSignals: string[] }[]) => Promise<boolean[]>;
}

/** Defaults of the planning model: a batch of n bills costs about BASE + n * PER_BILL gas (bench). */
export const BATCH_BASE_GAS = 250_000n;
export const BATCH_PER_BILL_GAS = 95_000n;
/** Default gas limit of one batch: half a 30M block. */
export const DEFAULT_BATCH_GAS_LIMIT = 15_000_000n;

/** Bills that fit `gasLimit` under the model, at least one. */
export function billsPerBatch(gasLimit: bigint, baseGas = BATCH_BASE_GAS, perBillGas = BATCH_PER_BILL_GAS, maxBatch = 256): number {
  if (perBillGas <= 0n) throw new ValidationError('perBillGas', 'must be positive');
  const n = gasLimit > baseGas ? Number((gasLimit - baseGas) / perBillGas) : 0;
  return Math.max(1, Math.min(maxBatch, n));
}

const key = (meterId: bigint, start: number) => `${meterId}:${start}`;

function sameSignals(a: readonly (string | bigint)[], b: readonly (string | bigint)[]): boolean {
  return a.length === b.length && a.every((v, i) => BigInt(v) === BigInt(b[i] ?? -1n));
}

/** Collects, verifies and settles bill proofs in batches on one deployment. */
export class Collector {
  readonly gasLimit: bigint;
  readonly baseGas: bigint;
  readonly perBillGas: bigint;
  readonly maxBatch: number;
  readonly #log: (line: string) => void;
  /**
   * Proofs this collector has already verified off-chain (key: the proof and its signals), so that a
   * retried run (after a dropped RPC link, say) does not verify them again: a valid proof stays valid.
   */
  readonly #verified = new Set<string>();

  constructor(
    readonly conn: WattproofConnection,
    readonly opts: CollectorOptions,
  ) {
    this.gasLimit = opts.gasLimit ?? DEFAULT_BATCH_GAS_LIMIT;
    this.baseGas = opts.baseGas ?? BATCH_BASE_GAS;
    this.perBillGas = opts.perBillGas ?? BATCH_PER_BILL_GAS;
    this.maxBatch = opts.maxBatch ?? 256;
    this.#log = opts.log ?? (() => {});
    if (this.gasLimit <= this.baseGas) throw new ValidationError('gasLimit', `must be above the batch's base gas ${this.baseGas}`);
  }

  /**
   * Off-chain checks of each proof (shape, domain of this deployment, Groth16 with the key), then the
   * chain's state: the meter exists, the period starts at the meter's cursor or right after another
   * ready bill of the meter, and has ended. Bills of one meter come out in period order.
   */
  async check(items: readonly CollectedProof[]): Promise<{ ready: ReadyBill[]; dropped: DroppedProof[]; settled: SettledOutcome[] }> {
    const dropped: DroppedProof[] = [];
    const candidates: ReadyBill[] = [];
    for (const item of items) {
      let claim: DecodedBillSignals;
      let proof: ReadyBill['proof'];
      try {
        const args = toSettlementArgs(item);
        claim = decodeBillSignals(item.publicSignals);
        proof = { a: args.a, b: args.b, c: args.c, signals: [...args.signals] };
      } catch (e) {
        dropped.push({ id: item.id, code: 'malformed', reason: isWattproofError(e) ? (e as Error).message : String(e) });
        continue;
      }
      const at = { meterId: claim.meterId, periodStart: claim.periodStart };
      if (claim.chainId !== this.conn.chainId || claim.contract.toLowerCase() !== this.conn.addresses.settlement.toLowerCase()) {
        dropped.push({ id: item.id, code: 'wrong-domain', reason: `made for chain ${claim.chainId}, contract ${claim.contract}, not this deployment`, ...at });
        continue;
      }
      if (item.publicSignals.length === YEARLY_BILL_SIGNAL_COUNT) {
        // settleBatch passes a bill's first four signals (its domain is the contract's); a yearly circuit's proof
        // binds three more after the domain, so the contract
        // would refuse it (ExtraSignalsRequired) after the gas of a batch: drop it here, saying where it goes.
        dropped.push({
          id: item.id,
          code: 'yearly',
          reason:
            'a yearly-block proof (eight public signals: the five and the year-to-date commitments) settles only by settleYearly, one bill a transaction; ' +
            'settleBatch carries no year-to-date signals and the contract refuses it (ExtraSignalsRequired): the consumer settles it itself (`wattproof settle`)',
          ...at,
        });
        continue;
      }
      candidates.push({ id: item.id, claim, proof, publicSignals: item.publicSignals });
    }
    const proofOf = new Map(items.map((i) => [i.id, i.proof]));
    // One key per candidate (its proof and signals), computed once.
    const keys = candidates.map((c) => JSON.stringify([proofOf.get(c.id), c.publicSignals]));
    const fresh = candidates.flatMap((c, k) => (this.#verified.has(keys[k]!) ? [] : [{ c, key: keys[k]! }]));
    const jobs = fresh.map(({ c }) => ({ proof: proofOf.get(c.id)!, publicSignals: [...c.publicSignals] }));
    let oks: boolean[];
    if (this.opts.verifyMany !== undefined) {
      oks = jobs.length === 0 ? [] : await this.opts.verifyMany(this.opts.vkey, jobs);
      if (oks.length !== jobs.length) throw new Error(`verifyMany answered ${oks.length} of ${jobs.length} proofs`);
    } else {
      oks = [];
      // verifyBill answers false for a malformed proof; a throw here is a fault of the verifier itself.
      for (const j of jobs) oks.push(await verifyBill({ proof: j.proof, publicSignals: j.publicSignals as never, vkey: this.opts.vkey }).catch(() => false));
    }
    for (const [k, f] of fresh.entries()) if (oks[k] === true) this.#verified.add(f.key);
    const verified: ReadyBill[] = [];
    for (const [k, c] of candidates.entries()) {
      if (this.#verified.has(keys[k]!)) verified.push(c);
      else
        dropped.push({
          id: c.id,
          code: 'invalid-proof',
          reason: 'the Groth16 proof does not verify with the circuit key',
          meterId: c.claim.meterId,
          periodStart: c.claim.periodStart,
        });
    }
    const { ready, dropped: stateDropped, settled } = await this.#againstChain(verified);
    return { ready, dropped: [...dropped, ...stateDropped], settled };
  }

  /** Splits ready bills (in check's order) into batches under the gas model. */
  plan(ready: readonly ReadyBill[]): ReadyBill[][] {
    const n = billsPerBatch(this.gasLimit, this.baseGas, this.perBillGas, this.maxBatch);
    const out: ReadyBill[][] = [];
    for (let i = 0; i < ready.length; i += n) out.push(ready.slice(i, i + n));
    return out;
  }

  /**
   * check, plan, and send each batch (unless `dryRun`). Before each batch the cursors are read again
   * (a bill settled meanwhile is reported, not sent); a batch whose estimate exceeds the gas limit is
   * split in two until it fits.
   */
  async collect(items: readonly CollectedProof[], opts: { dryRun?: boolean } = {}): Promise<CollectReport> {
    const checked = await this.check(items);
    if (opts.dryRun === true) {
      const batches = this.plan(checked.ready);
      this.#log(
        `${items.length} proofs: ${checked.ready.length} ready in ${batches.length} batch(es), ${checked.settled.length} already settled, ${checked.dropped.length} dropped`,
      );
      return { received: items.length, settled: checked.settled, dropped: checked.dropped, batches: [], pending: checked.ready };
    }
    return this.submit(checked, items.length);
  }

  /**
   * Plans and sends what {@link Collector.check} found ready (the second half of `collect`, for a caller
   * that checked first, e.g. to time the two apart). Cursors are read again before each batch.
   */
  async submit(
    checked: { ready: readonly ReadyBill[]; dropped: readonly DroppedProof[]; settled: readonly SettledOutcome[] },
    received = checked.ready.length,
  ): Promise<CollectReport> {
    const report: CollectReport = { received, settled: [...checked.settled], dropped: [...checked.dropped], batches: [], pending: [] };
    const batches = this.plan(checked.ready);
    this.#log(
      `${received} proofs: ${checked.ready.length} ready in ${batches.length} batch(es), ${checked.settled.length} already settled, ${checked.dropped.length} dropped`,
    );
    for (const batch of batches) await this.#send(batch, report);
    return report;
  }

  async #send(batch: readonly ReadyBill[], report: CollectReport): Promise<void> {
    // Idempotent retry: what was settled meanwhile is reported, not sent again.
    const { ready, dropped, settled } = await this.#againstChain(batch);
    report.dropped.push(...dropped);
    report.settled.push(...settled);
    if (ready.length === 0) return;
    const proofs = ready.map((b) => b.proof);
    let estimate: bigint;
    try {
      estimate = await this.estimateOrLimit(proofs);
    } catch (e) {
      // A lost link or a timeout says nothing about the bills: the caller retries the whole run (what
      // settled meanwhile is then found on chain). Only a revert means some bill of the batch fails.
      if (!(e instanceof ContractRevertError)) throw e;
      // The node's estimate fails when the batch would revert; send it only alone, to name the bill.
      if (ready.length > 1) {
        this.#log(`estimate of a batch of ${ready.length} failed (${e instanceof Error ? e.message : String(e)}): splitting`);
        const half = Math.ceil(ready.length / 2);
        await this.#send(ready.slice(0, half), report);
        await this.#send(ready.slice(half), report);
        return;
      }
      const reason = e instanceof ContractRevertError ? (e.errorName ?? e.message) : (e as Error).message;
      report.dropped.push({
        id: ready[0]!.id,
        code: 'skipped',
        reason: `the settlement would revert: ${reason}`,
        meterId: ready[0]!.claim.meterId,
        periodStart: ready[0]!.claim.periodStart,
      });
      return;
    }
    if (estimate > this.gasLimit && ready.length > 1) {
      this.#log(`batch of ${ready.length} needs ~${estimate} gas, above the limit ${this.gasLimit}: splitting`);
      const half = Math.ceil(ready.length / 2);
      await this.#send(ready.slice(0, half), report);
      await this.#send(ready.slice(half), report);
      return;
    }
    const gasLimit = (estimate * 12n) / 10n + 50_000n;
    const result = await this.conn.settlement.settleBatch(proofs, { gasLimit: gasLimit < this.gasLimit || ready.length === 1 ? gasLimit : this.gasLimit });
    this.#log(`batch ${result.txHash}: ${result.settled.length} settled, ${result.skipped.length} skipped, ${result.gasUsed} gas`);
    report.batches.push({
      txHash: result.txHash,
      size: ready.length,
      settled: result.settled.length,
      skipped: result.skipped.length,
      gasUsed: result.gasUsed,
      gasPerBill: result.gasUsed / BigInt(ready.length),
    });
    for (const s of result.settled) {
      const b = ready[s.index]!;
      report.settled.push({ id: b.id, meterId: b.claim.meterId, periodStart: b.claim.periodStart, status: 'settled', txHash: result.txHash, bill: s });
    }
    for (const s of result.skipped) report.dropped.push(this.#skipped(ready[s.index]!, s));
  }

  /**
   * The node's gas estimate of settleBatch of `proofs`, or the collector's gas limit when the estimate
   * fails without a revert reason but the batch runs within the limit (Hardhat's estimator fails
   * batches of 64 and more bills that way, while a call with the limit succeeds: measured in
   * bench/batch-gas.ts). Throws the revert when the batch would revert.
   */
  async estimateOrLimit(proofs: readonly SettlementProof[]): Promise<bigint> {
    try {
      return await this.conn.settlement.estimateSettleBatch(proofs, { gasLimit: this.gasLimit });
    } catch (e) {
      if (proofs.length <= 1 || e instanceof ContractRevertError) throw e;
      // The call at the limit tells a batch that reverts (its revert, so the caller splits it) from one the
      // estimator cannot price; anything else (a lost link) is the estimate's own failure.
      const failed = await this.conn.settlement.checkSettleBatch(proofs, this.gasLimit).then(
        () => undefined,
        (c: unknown) => c,
      );
      if (failed !== undefined) throw failed instanceof ContractRevertError ? failed : e;
      this.#log(
        `the node could not estimate a batch of ${proofs.length} (${e instanceof Error ? e.message : String(e)}), which runs within ${this.gasLimit} gas: sending it with that limit`,
      );
      return this.gasLimit;
    }
  }

  #skipped(b: ReadyBill, s: SkippedBill): DroppedProof {
    return { id: b.id, code: 'skipped', reason: `the contract skipped it: ${s.reason}`, meterId: b.claim.meterId, periodStart: b.claim.periodStart };
  }

  /**
   * The chain's view of verified bills: per meter, in period order from the cursor. A bill before the
   * cursor is already settled (same signals) or billed by another bill; a duplicate period is dropped;
   * a bill after a hole waits (gap); a period that has not ended waits (not-ended).
   */
  async #againstChain(bills: readonly ReadyBill[]): Promise<{ ready: ReadyBill[]; dropped: DroppedProof[]; settled: SettledOutcome[] }> {
    const dropped: DroppedProof[] = [];
    const settled: SettledOutcome[] = [];
    const byMeter = new Map<bigint, ReadyBill[]>();
    for (const b of bills) {
      const list = byMeter.get(b.claim.meterId) ?? [];
      list.push(b);
      byMeter.set(b.claim.meterId, list);
    }
    const latest = await chainCall('eth_getBlockByNumber', () => this.conn.provider.getBlock('latest'));
    const now = BigInt(latest?.timestamp ?? Math.floor(Date.now() / 1000));
    const ready: ReadyBill[] = [];
    // The settlements of the meters whose cursor passed a bill, read once for the run: settleBatch's bills are in
    // BatchSettled events, which name no meter in their topics, so each read scans every batch and its calldata.
    let all: Promise<SettledBill[]> | undefined;
    const settledOf = async (meterId: bigint) => {
      all ??= this.conn.settlements();
      return (await all).filter((e) => e.meterId === meterId);
    };
    for (const [meterId, list] of byMeter) {
      const at = (b: ReadyBill) => ({ id: b.id, meterId, periodStart: b.claim.periodStart });
      const meter = await this.conn.meters.getMeter(meterId);
      if (meter === undefined) {
        for (const b of list) dropped.push({ ...at(b), code: 'unknown-meter', reason: `meter ${meterId} is not registered` });
        continue;
      }
      list.sort((x, y) => x.claim.periodStart - y.claim.periodStart);
      let cursor = meter.nextPeriodStart;
      let events: SettledBill[] | undefined;
      const seen = new Set<string>();
      for (const b of list) {
        const start = BigInt(b.claim.periodStart);
        const end = start + BigInt(b.claim.intervalCount * b.claim.intervalSeconds);
        if (seen.has(key(meterId, b.claim.periodStart))) {
          dropped.push({ ...at(b), code: 'duplicate', reason: `another proof of meter ${meterId}'s period starting ${start} came first` });
          continue;
        }
        seen.add(key(meterId, b.claim.periodStart));
        if (start < meter.nextPeriodStart) {
          events ??= await settledOf(meterId);
          const match = events.find((e) => e.periodStart === start);
          if (match !== undefined && sameSignals(match.publicSignals, b.publicSignals)) {
            settled.push({ id: b.id, meterId, periodStart: b.claim.periodStart, status: 'already-settled', txHash: match.txHash, bill: match });
          } else {
            dropped.push({
              ...at(b),
              code: 'already-billed',
              reason: `meter ${meterId}'s period starting ${start} is already billed${match ? ` (by another bill, tx ${match.txHash})` : ''}`,
            });
          }
          continue;
        }
        if (start !== cursor) {
          dropped.push({
            ...at(b),
            code: 'gap',
            reason: `meter ${meterId}'s next period starts at ${cursor}, not ${start}: it waits for the bills in between`,
          });
          continue;
        }
        if (end > now) {
          dropped.push({ ...at(b), code: 'not-ended', reason: `the period ends at ${end}, after the chain's time ${now}` });
          continue;
        }
        ready.push(b);
        cursor = end;
      }
    }
    return { ready, dropped, settled };
  }
}

/** A collector's inbox entry parsed from JSON (a proof file or a body posted to the inbox). */
export function collectedFromJson(id: string, doc: unknown): CollectedProof {
  const d = doc as { proof?: unknown; publicSignals?: unknown } | null;
  if (d === null || typeof d !== 'object' || d.proof === undefined || !Array.isArray(d.publicSignals)) {
    throw new ValidationError(id, 'is not a bill proof (needs proof and publicSignals)');
  }
  return { id, proof: d.proof as PlainProof, publicSignals: (d.publicSignals as unknown[]).map(String) };
}
