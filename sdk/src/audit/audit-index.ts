/**
 * The regulator's audit index: every settlement of one Settlement contract, re-verified once and kept
 * in a database (a SQLite file, or PostgreSQL given a connection URL), so that the audit of a meter,
 * a retailer or a period is a query, not a walk over every log since block zero.
 *
 * {@link AuditIndex.sync} reads the chain in block ranges up to the head minus a confirmation depth.
 * Each range's settlements get the same checks as {@link auditLogs} (event fields against the proven
 * signals, domain, ledger movement, meter key, no period billed twice, the Groth16 proof re-verified,
 * here in parallel worker threads) and each cursor move of the meter registry is matched with its
 * Settled event; then the range is written in one transaction together with the hashes of its blocks
 * and the new sync height. A crash therefore loses at most the range in flight, and a re-run resumes
 * after the last committed range without re-verifying anything. Before reading on, sync compares the
 * stored block hashes with the chain's, newest first: on a mismatch (a reorganisation deeper than the
 * confirmation depth) everything above the newest block that still matches is rolled back and read again.
 * @packageDocumentation
 */
import type { Log, Provider } from 'ethers';
import { IndexError, ValidationError } from '../../../core/src/errors.js';
import { MeterRegistryClient } from '../chain/meter-registry.js';
import { chainCall } from '../chain/errors.js';
import { billsOfLogs, SettlementClient, withProofs, yearToDateFromCalldata, type SettledBill, type YearToDateSignals } from '../chain/settlement.js';
import {
  auditCursorChain,
  auditCursorMoves,
  fieldChecks,
  identifyVerifier,
  proofFromEvent,
  settledLogs,
  type AuditCheck,
  type AuditContext,
  type AuditedSettlement,
} from './audit.js';
import { openIndexStore, redactUrl, type CursorMoveRow, type IndexStore, type SettlementRow } from './index-store.js';
import { loadPublishedKeys, type PublishedKey } from './published.js';
import type { VerifierCheck } from './verifier-code.js';
import { VerifyPool } from './verify-pool.js';
import { disclosureFromCalldata } from '../chain/disclosed-settlement.js';
import {
  BILL_SIGNAL_COUNT,
  DISCLOSED_BILL_SIGNAL_COUNT,
  DISCLOSED_HOURLY_BILL_SIGNAL_COUNT,
  YEARLY_BILL_SIGNAL_COUNT,
} from '../../../prover/src/verify-bill.js';

/** Default confirmation depth: blocks this close to the head are not indexed yet. */
export const DEFAULT_CONFIRMATIONS = 12;
/** Default blocks per sync range (one transaction each). */
export const DEFAULT_RANGE_BLOCKS = 2000;
/** Stored block hashes compared per round when looking for a fork point. */
const FORK_SEARCH_STEP = 64;

/** Options of {@link AuditIndex.open}. */
export interface AuditIndexOptions {
  /** A SQLite file path (`:memory:` for a throwaway index) or a `postgres://` connection URL. */
  location: string;
  provider: Provider;
  /** The Settlement contract indexed; an index holds one contract of one chain. */
  settlement: string;
  /** First block to index when the index is new (default 0; e.g. the deployment block). */
  fromBlock?: number;
  /** Published keys to identify the verifier with (default: build/manifest.json's). */
  keys?: PublishedKey[];
  buildDir?: string;
  circuits?: readonly string[];
  /** Worker threads verifying proofs (default: the machine's parallelism); ignored when `pool` is given. */
  workers?: number;
  /**
   * Verification workers to use instead of starting this index's own: one pool shared by several
   * indexes of one process starts its threads (each loading snarkjs and the curve) once. The caller
   * closes it; {@link AuditIndex.close} leaves it running.
   */
  pool?: VerifyPool;
}

/** Options of {@link AuditIndex.sync}. */
export interface SyncOptions {
  /** Blocks at the head left unindexed until they are this deep (default {@link DEFAULT_CONFIRMATIONS}). */
  confirmations?: number;
  /** Blocks per range and transaction (default {@link DEFAULT_RANGE_BLOCKS}). */
  rangeBlocks?: number;
  /** Index no further than this block (default: head minus confirmations). */
  toBlock?: number;
  /** Called after each committed range. */
  onRange?: (r: { fromBlock: number; toBlock: number; settlements: number; verified: number }) => void;
  /**
   * Test hook, called inside each range's transaction before it commits: throwing here is a crash in
   * the middle of a write (the range is rolled back, nothing of it is kept).
   */
  beforeCommit?: (r: { fromBlock: number; toBlock: number }) => void;
}

/** What one sync did. */
export interface SyncReport {
  /** First and last block read by this sync (toBlock < fromBlock when nothing was new). */
  fromBlock: number;
  toBlock: number;
  /** Blocks rolled back after a reorganisation: the fork point and the height before it (undefined when none). */
  rolledBack?: { forkBlock: number; from: number };
  /** Settlements indexed by this sync, and how many of them verified. */
  indexed: number;
  verified: number;
  /** Proofs re-verified by this sync (the resume test counts them). */
  proofsVerified: number;
  ms: number;
}

/** Which settlements a query selects; omitted fields match all. */
export interface IndexFilter {
  meterId?: bigint;
  retailer?: string;
  consumer?: string;
  /** Unix seconds: settlements whose period overlaps [periodFrom, periodTo). */
  periodFrom?: bigint;
  periodTo?: bigint;
}

/** A settlement as the index holds it. */
export type IndexedSettlement = AuditedSettlement &
  Pick<SettledBill, 'meterId' | 'retailer' | 'consumer' | 'periodStart' | 'periodEnd' | 'tariffCommitment' | 'charge' | 'credit' | 'paid' | 'arrearsAdded'>;

/** The audit of a selection, answered from the index. */
export interface IndexReport {
  settlement: string;
  chainId: bigint;
  /** The index covers blocks fromBlock..syncedTo. */
  fromBlock: number;
  syncedTo: number;
  circuit?: string;
  verifier: VerifierCheck;
  filter: IndexFilter;
  settlements: IndexedSettlement[];
  verified: number;
  failed: number;
  /** Cursor moves (of the selected meters) without a Settled event in the same transaction. */
  unexplainedMoves: CursorMoveRow[];
  /** True when the verifier matches, every selected settlement verified and every move is explained. */
  ok: boolean;
}

const META_CHAIN = 'chain_id';
const META_SETTLEMENT = 'settlement';
const META_FROM = 'from_block';
const META_SYNCED = 'synced_to';
const META_VERIFIER = 'verifier';

/** The audit index of one Settlement contract. Open with {@link AuditIndex.open}; close when done. */
export class AuditIndex {
  readonly #pool: VerifyPool;
  /** Whether {@link AuditIndex.close} stops the pool (not a caller's shared one). */
  readonly #ownsPool: boolean;
  #ctx: AuditContext;

  private constructor(
    readonly store: IndexStore,
    readonly provider: Provider,
    readonly settlement: string,
    readonly chainId: bigint,
    readonly fromBlock: number,
    readonly verifier: VerifierCheck,
    readonly key: PublishedKey | undefined,
    readonly meterRegistry: string,
    workers: number | undefined,
    pool: VerifyPool | undefined,
  ) {
    this.#ownsPool = pool === undefined;
    this.#pool = pool ?? new VerifyPool(workers);
    this.#ctx = { chainId, settlement, meters: new MeterRegistryClient(meterRegistry, provider) };
    if (key !== undefined) this.#ctx.key = key;
  }

  /**
   * Opens the index at `opts.location` for `opts.settlement` (creating it when new). A new index
   * identifies the deployed verifier once (regenerating and compiling it: seconds) and records it.
   * @throws IndexError when the index belongs to another chain or contract.
   */
  static async open(opts: AuditIndexOptions): Promise<AuditIndex> {
    const store = await openIndexStore(opts.location);
    try {
      const { provider } = opts;
      const settlement = opts.settlement.toLowerCase();
      const client = new SettlementClient(opts.settlement, provider);
      const network = await chainCall('eth_chainId', () => provider.getNetwork());
      const meta = await readMeta(store);
      const where = redactUrl(opts.location);
      if (meta[META_CHAIN] !== undefined && BigInt(meta[META_CHAIN]) !== network.chainId) {
        throw new IndexError(`the index ${where} is of chain ${meta[META_CHAIN]}, not chain ${network.chainId}`);
      }
      if (meta[META_SETTLEMENT] !== undefined && meta[META_SETTLEMENT] !== settlement) {
        throw new IndexError(`the index ${where} is of Settlement ${meta[META_SETTLEMENT]}, not ${settlement}`);
      }
      const [verifierAddress, meters] = await Promise.all([client.verifier(), chainCall('Settlement.meters', () => client.contract.meters())]);
      const fromBlock = meta[META_FROM] !== undefined ? Number(meta[META_FROM]) : (opts.fromBlock ?? 0);
      if (!Number.isSafeInteger(fromBlock) || fromBlock < 0) throw new ValidationError('fromBlock', `${fromBlock} is not a block number`);
      const keys = opts.keys ?? (await loadPublishedKeys({ buildDir: opts.buildDir, only: opts.circuits }));
      let check: VerifierCheck;
      let key: PublishedKey | undefined;
      const stored = meta[META_VERIFIER] === undefined ? undefined : (JSON.parse(meta[META_VERIFIER]) as { check: VerifierCheck; circuit?: string });
      const storedKey = stored?.circuit === undefined ? undefined : keys.find((k) => k.circuit === stored.circuit);
      if (
        stored !== undefined &&
        stored.check.address.toLowerCase() === verifierAddress.toLowerCase() &&
        (stored.circuit === undefined || storedKey !== undefined)
      ) {
        // The verifier is fixed at deployment: identified once, when the index was made.
        check = stored.check;
        key = storedKey;
      } else {
        // a plain Settlement's verifier, a yearly deployment's (eight signals: its bills are settleYearly's)
        // or a DisclosedSettlement's (ten or thirteen signals)
        const found = await identifyVerifier(provider, verifierAddress, keys, [
          BILL_SIGNAL_COUNT,
          YEARLY_BILL_SIGNAL_COUNT,
          DISCLOSED_BILL_SIGNAL_COUNT,
          DISCLOSED_HOURLY_BILL_SIGNAL_COUNT,
        ]);
        check = found.check;
        key = found.key;
      }
      await store.transaction(async (tx) => {
        await setMeta(tx, META_CHAIN, network.chainId.toString());
        await setMeta(tx, META_SETTLEMENT, settlement);
        await setMeta(tx, META_FROM, String(fromBlock));
        await setMeta(tx, META_VERIFIER, JSON.stringify({ check, ...(key === undefined ? {} : { circuit: key.circuit }) }));
      });
      return new AuditIndex(store, provider, opts.settlement, network.chainId, fromBlock, check, key, meters, opts.workers, opts.pool);
    } catch (e) {
      await store.close();
      throw e;
    }
  }

  /** The last block the index covers (fromBlock - 1 when it covers none yet). */
  async syncedTo(): Promise<number> {
    const meta = await readMeta(this.store);
    return meta[META_SYNCED] === undefined ? this.fromBlock - 1 : Number(meta[META_SYNCED]);
  }

  /** Undoes a reorganisation: returns the fork point when stored block hashes no longer match the chain. */
  async #checkFork(syncedTo: number): Promise<SyncReport['rolledBack']> {
    let below = Number.MAX_SAFE_INTEGER;
    let fork: number | undefined;
    let mismatch = false;
    while (fork === undefined) {
      const rows = await this.store.query<{ number: number; hash: string }>('SELECT number, hash FROM blocks WHERE number < ? ORDER BY number DESC LIMIT ?', [
        below,
        FORK_SEARCH_STEP,
      ]);
      if (rows.length === 0) break;
      for (const row of rows) {
        const block = await chainCall(`eth_getBlockByNumber(${row.number})`, () => this.provider.getBlock(row.number));
        if (block?.hash === row.hash) {
          fork = row.number;
          break;
        }
        mismatch = true;
      }
      below = rows[rows.length - 1]!.number;
    }
    if (!mismatch) return undefined;
    const forkBlock = fork ?? this.fromBlock - 1;
    await this.store.transaction(async (tx) => {
      await tx.query('DELETE FROM settlements WHERE block_number > ?', [forkBlock]);
      await tx.query('DELETE FROM cursor_moves WHERE block_number > ?', [forkBlock]);
      await tx.query('DELETE FROM blocks WHERE number > ?', [forkBlock]);
      await setMeta(tx, META_SYNCED, String(Math.min(forkBlock, syncedTo)));
    });
    return { forkBlock, from: syncedTo };
  }

  /**
   * Brings the index up to the head minus the confirmation depth, one range per transaction.
   * Resumes after the last committed range; re-reads blocks a reorganisation replaced.
   */
  async sync(opts: SyncOptions = {}): Promise<SyncReport> {
    const t0 = performance.now();
    const confirmations = opts.confirmations ?? DEFAULT_CONFIRMATIONS;
    const rangeBlocks = opts.rangeBlocks ?? DEFAULT_RANGE_BLOCKS;
    if (!Number.isSafeInteger(confirmations) || confirmations < 0) throw new ValidationError('confirmations', `${confirmations} is not a block count`);
    if (!Number.isSafeInteger(rangeBlocks) || rangeBlocks < 1) throw new ValidationError('rangeBlocks', `${rangeBlocks} is not a positive block count`);
    const rolledBack = await this.#checkFork(await this.syncedTo());
    const head = await chainCall('eth_blockNumber', () => this.provider.getBlockNumber());
    const target = Math.min(head - confirmations, opts.toBlock ?? Number.MAX_SAFE_INTEGER);
    const start = (await this.syncedTo()) + 1;
    const report: SyncReport = { fromBlock: start, toBlock: start - 1, indexed: 0, verified: 0, proofsVerified: 0, ms: 0 };
    if (rolledBack !== undefined) report.rolledBack = rolledBack;
    for (let from = start; from <= target; from += rangeBlocks) {
      const to = Math.min(target, from + rangeBlocks - 1);
      const r = await this.#syncRange(from, to, opts.beforeCommit);
      report.toBlock = to;
      report.indexed += r.settlements;
      report.verified += r.verified;
      report.proofsVerified += r.proofs;
      opts.onRange?.({ fromBlock: from, toBlock: to, settlements: r.settlements, verified: r.verified });
    }
    report.ms = performance.now() - t0;
    return report;
  }

  async #syncRange(from: number, to: number, beforeCommit: SyncOptions['beforeCommit']): Promise<{ settlements: number; verified: number; proofs: number }> {
    // Everything that needs the chain or the workers happens before the transaction opens.
    const [logs, { moves }, endBlock] = await Promise.all([
      settledLogs(this.provider, this.settlement, from, to),
      auditCursorMoves(this.provider, this.meterRegistry, from, to),
      chainCall(`eth_getBlockByNumber(${to})`, () => this.provider.getBlock(to)),
    ]);
    if (endBlock?.hash == null) throw new IndexError(`block ${to} is not on the chain (the node is behind or restarted)`);
    const items: { log: Log; bill?: SettledBill; result: AuditedSettlement }[] = [];
    const keyCache = new Map<bigint, Promise<bigint | undefined>>();
    // A Settled log is one bill, a BatchSettled log one per bill of its batch (signals and proofs from the calldata).
    const entries = (await billsOfLogs(this.provider, this.meterRegistry, logs)).flatMap((r): { log: Log; bill?: SettledBill; error?: string }[] =>
      r.bills === undefined ? [{ log: r.log, ...(r.error === undefined ? {} : { error: r.error }) }] : r.bills.map((bill) => ({ log: r.log, bill })),
    );
    for (const { log, bill, error } of entries) {
      const reasons: string[] = [];
      const checks: AuditedSettlement['checks'] = {};
      checks.event = bill !== undefined;
      const result: AuditedSettlement = { txHash: log.transactionHash, blockNumber: log.blockNumber, logIndex: log.index, verified: false, checks, reasons };
      if (bill?.batchIndex !== undefined) result.batchIndex = bill.batchIndex;
      if (bill === undefined) {
        reasons.push(error ?? 'event: not a decodable Settled event');
        items.push({ log, result });
        continue;
      }
      fieldChecks(bill, this.#ctx, reasons, checks);
      const kh = bill.publicSignals[0] ?? 0n;
      let owner = keyCache.get(kh);
      if (owner === undefined) {
        owner = this.#ctx.meters!.getKey(kh).then((k) => k?.meterId);
        keyCache.set(kh, owner);
      }
      const meterOfKey = await owner;
      checks.key = meterOfKey === bill.meterId;
      if (!checks.key)
        reasons.push(meterOfKey === undefined ? `key: ${kh} is not a registered meter key` : `key: belongs to meter ${meterOfKey}, not ${bill.meterId}`);
      items.push({ log, bill, result });
    }
    const decoded = items.filter((it) => it.bill !== undefined);
    // claimSettlement emits no PeriodClaimed: follow each meter's cursor from its last indexed settlement (whose
    // block the chain then starts at) through this range; a jump is a move nobody evented (auditCursorChain).
    const starts = new Map<bigint, number>();
    for (const meterId of new Set(decoded.map((it) => it.bill!.meterId))) {
      const [row] = await this.store.query<{ block_number: number }>(
        'SELECT block_number FROM settlements WHERE meter_id = ? ORDER BY block_number DESC, log_index DESC, batch_index DESC LIMIT 1',
        [meterId.toString()],
      );
      if (row !== undefined) starts.set(meterId, Number(row.block_number));
    }
    moves.push(
      ...(await auditCursorChain(
        this.provider,
        this.meterRegistry,
        decoded.map((it) => it.bill!),
        from,
        to,
        { startOf: (m) => starts.get(m) },
      )),
    );
    // The Settled event does not log the proof: read it from each transaction's calldata.
    const filled = await withProofs(
      this.provider,
      decoded.map((it) => it.bill!),
    );
    decoded.forEach((it, i) => {
      it.bill = filled[i];
      if (it.bill!.proof === undefined) {
        it.result.checks.proof = false;
        it.result.reasons.push(`proof: does not verify: the calldata of tx ${it.bill!.txHash} carries no proof of these public signals`);
      }
    });
    // A yearly deployment (settleYearly, bill spec §9): each proof also has the three year-to-date
    // signals, which the Settled event does not log; they are read from the calldata after the five.
    const yearly = this.key?.publicSignals === YEARLY_BILL_SIGNAL_COUNT;
    if (yearly) {
      const inputs = new Map<string, Promise<string | undefined>>();
      for (const it of decoded) {
        let input = inputs.get(it.bill!.txHash);
        if (input === undefined) {
          const hash = it.bill!.txHash;
          input = chainCall(`transaction ${hash}`, async () => (await this.provider.getTransaction(hash))?.data);
          inputs.set(hash, input);
        }
        const data = await input;
        const ytd = data === undefined ? undefined : yearToDateFromCalldata(data, it.bill!.publicSignals);
        if (ytd !== undefined) it.result.yearToDate = ytd;
        else if (it.bill!.proof !== undefined) {
          it.result.checks.proof = false;
          it.result.reasons.push(`proof: not checked, the calldata of tx ${it.bill!.txHash} carries no year-to-date signals after the five`);
        }
      }
    }
    // A DisclosedSettlement's proofs cover the disclosure words too: read them from the calldata after the five.
    const layout = this.key?.publicSignals === DISCLOSED_BILL_SIGNAL_COUNT ? 1 : this.key?.publicSignals === DISCLOSED_HOURLY_BILL_SIGNAL_COUNT ? 2 : undefined;
    const extra = new Map<SettledBill, bigint[]>();
    if (layout !== undefined) {
      const inputs = new Map<string, Promise<string | undefined>>();
      for (const it of decoded.filter((d) => d.bill!.proof !== undefined)) {
        const hash = it.bill!.txHash;
        if (!inputs.has(hash))
          inputs.set(
            hash,
            chainCall(`transaction ${hash}`, async () => (await this.provider.getTransaction(hash))?.data),
          );
        const data = await inputs.get(hash)!;
        const words = data === undefined ? undefined : disclosureFromCalldata(data, it.bill!.publicSignals, layout);
        if (words === undefined) {
          it.result.checks.proof = false;
          it.result.reasons.push(`proof: does not verify: the calldata of tx ${hash} carries no disclosure signals after these five (not a settleDisclosed)`);
        } else extra.set(it.bill!, words);
      }
    }
    const toVerify = decoded.filter(
      (it) => it.bill!.proof !== undefined && (!yearly || it.result.yearToDate !== undefined) && (layout === undefined || extra.has(it.bill!)),
    );
    // a proof's signals: the five the event logs, then what only the calldata carries (year to date or disclosure)
    const signalsOf = (it: (typeof items)[number]): bigint[] => {
      const y = it.result.yearToDate;
      const tail = y === undefined ? (extra.get(it.bill!) ?? []) : [y.old, y.new, y.year];
      return [...it.bill!.publicSignals, ...tail];
    };
    let proofs = 0;
    if (this.key !== undefined && toVerify.length > 0) {
      const ok = await this.#pool.verifyAll(
        this.key.vkey,
        toVerify.map((it) => ({ proof: proofFromEvent(it.bill!.proof!), publicSignals: signalsOf(it).map(String) })),
      );
      proofs = ok.length;
      toVerify.forEach((it, i) => {
        it.result.checks.proof = ok[i] === true;
        if (!ok[i]) it.result.reasons.push(`proof: does not verify with the published ${this.key!.circuit} verification key`);
      });
    } else {
      for (const it of toVerify) {
        it.result.checks.proof = false;
        it.result.reasons.push('proof: not checked, no published verification key matches the deployed verifier');
      }
    }
    let verified = 0;
    await this.store.transaction(async (tx) => {
      // Continuity against what is indexed already and what precedes in this range (logs are in chain order).
      for (const it of items) {
        if (it.bill === undefined) continue;
        const b = it.bill;
        const [dup] = await tx.query<{ tx_hash: string }>(
          'SELECT tx_hash FROM settlements WHERE meter_id = ? AND period_start < ? AND period_end > ? ORDER BY block_number, log_index, batch_index LIMIT 1',
          [b.meterId.toString(), Number(b.periodEnd), Number(b.periodStart)],
        );
        it.result.checks.continuity = dup === undefined;
        if (dup !== undefined) it.result.reasons.push(`continuity: period overlaps the settlement in tx ${dup.tx_hash} (meter ${b.meterId} billed twice)`);
        if (yearly) await this.#yearToDateLink(tx, b, it.result);
        it.result.verified = it.result.reasons.length === 0 && Object.values(it.result.checks).every((v) => v === true);
        if (it.result.verified) verified++;
        await tx.query(
          `INSERT INTO settlements (block_number, log_index, batch_index, tx_hash, block_hash, meter_id, retailer, consumer, period_start, period_end,
            tariff_commitment, charge, credit, paid, arrears_added, refunded, arrears_cleared, credit_owed, debt_cleared,
            public_signals, proof, verified, checks, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            it.log.blockNumber,
            it.log.index,
            // -1 for a Settled log's bill; a batched bill's position in its batch
            b.batchIndex ?? -1,
            it.log.transactionHash,
            it.log.blockHash,
            b.meterId.toString(),
            b.retailer.toLowerCase(),
            b.consumer.toLowerCase(),
            Number(b.periodStart),
            Number(b.periodEnd),
            b.tariffCommitment.toString(),
            b.charge.toString(),
            b.credit.toString(),
            b.paid.toString(),
            b.arrearsAdded.toString(),
            b.refunded.toString(),
            b.arrearsCleared.toString(),
            b.creditOwed.toString(),
            b.debtCleared.toString(),
            // the eight signals the proof was verified with (a yearly bill's year to date included)
            JSON.stringify(signalsOf(it).map(String)),
            JSON.stringify(b.proof, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
            it.result.verified ? 1 : 0,
            JSON.stringify(it.result.checks),
            JSON.stringify(it.result.reasons),
          ],
        );
      }
      for (const m of moves) {
        await tx.query(
          `INSERT INTO cursor_moves (block_number, tx_hash, meter_id, settlement, period_start, period_end, settled, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          [
            m.blockNumber,
            m.txHash,
            m.meterId.toString(),
            m.settlement.toLowerCase(),
            Number(m.periodStart),
            Number(m.periodEnd),
            m.settled ? 1 : 0,
            m.reason ?? null,
          ],
        );
      }
      const hashes = new Map<number, string>([[to, endBlock.hash!]]);
      for (const it of items) hashes.set(it.log.blockNumber, it.log.blockHash);
      for (const [n, h] of hashes)
        await tx.query('INSERT INTO blocks (number, hash) VALUES (?, ?) ON CONFLICT (number) DO UPDATE SET hash = excluded.hash', [n, h]);
      await setMeta(tx, META_SYNCED, String(to));
      beforeCommit?.({ fromBlock: from, toBlock: to });
    });
    return { settlements: items.length, verified, proofs };
  }

  /**
   * The year-to-date chain of a yearly bill (bill spec §9), against the meter's previous settlement
   * in the index (this range's earlier rows included: they are inserted in chain order): it consumes
   * the commitment that bill left, in the same tariff year, or starts a later tariff year fresh (old
   * commitment 0). A meter's first indexed bill must be fresh when the index starts at block 0; else
   * its predecessor lies before the index and only the rest of its chain is checked.
   */
  async #yearToDateLink(tx: Pick<IndexStore, 'query'>, b: SettledBill, result: AuditedSettlement): Promise<void> {
    const y: YearToDateSignals | undefined = result.yearToDate;
    const fail = (why: string): void => {
      result.checks.yearToDate = false;
      result.reasons.push(`year to date: ${why}`);
    };
    result.checks.yearToDate = true;
    if (y === undefined) return fail(`tx ${b.txHash} carries no year-to-date signals for meter ${b.meterId}`);
    const [prevRow] = await tx.query<{ public_signals: string; tx_hash: string }>(
      'SELECT public_signals, tx_hash FROM settlements WHERE meter_id = ? AND period_end <= ? ORDER BY period_end DESC, block_number DESC, log_index DESC, batch_index DESC LIMIT 1',
      [b.meterId.toString(), Number(b.periodStart)],
    );
    const prev = prevRow === undefined ? undefined : (JSON.parse(prevRow.public_signals) as string[]).map(BigInt);
    if (prev === undefined) {
      if (this.fromBlock === 0 && y.old !== 0n) fail(`meter ${b.meterId}'s first yearly bill consumes commitment ${y.old}, not a fresh start (0)`);
      return;
    }
    if (prev.length !== YEARLY_BILL_SIGNAL_COUNT) return fail(`meter ${b.meterId}'s previous settlement (tx ${prevRow!.tx_hash}) has no year-to-date signals`);
    const [prevNew, prevYear] = [prev[6]!, prev[7]!];
    if (y.old === 0n) {
      if (y.year <= prevYear) fail(`a fresh start (old commitment 0) within tariff year ${prevYear}: the year to date was reset mid-year`);
    } else if (y.old !== prevNew || y.year !== prevYear) {
      fail(
        `consumes commitment ${y.old} of tariff year ${y.year}, but meter ${b.meterId}'s previous bill (tx ${prevRow!.tx_hash}) left ${prevNew} of tariff year ${prevYear} (a stale, replayed or forged commitment)`,
      );
    }
  }

  /** Settlements matching `filter`, in chain order. */
  async settlements(filter: IndexFilter = {}): Promise<IndexedSettlement[]> {
    const { where, params } = whereOf(filter);
    const rows = await this.store.query<SettlementRow>(`SELECT * FROM settlements${where} ORDER BY block_number, log_index, batch_index`, params);
    return rows.map(rowToSettlement);
  }

  /** Counts of the settlements matching `filter`: all, verified. */
  async counts(filter: IndexFilter = {}): Promise<{ total: number; verified: number }> {
    const { where, params } = whereOf(filter);
    const [row] = await this.store.query<{ n: number; ok: number | null }>(`SELECT COUNT(*) AS n, SUM(verified) AS ok FROM settlements${where}`, params);
    return { total: Number(row?.n ?? 0), verified: Number(row?.ok ?? 0) };
  }

  /** The audit of the settlements matching `filter`, from the index alone (no chain access). */
  async report(filter: IndexFilter = {}): Promise<IndexReport> {
    const settlements = await this.settlements(filter);
    const verified = settlements.filter((s) => s.verified).length;
    const moveWhere: string[] = ['settled = 0'];
    const moveParams: (string | number)[] = [];
    if (filter.meterId !== undefined) {
      moveWhere.push('meter_id = ?');
      moveParams.push(filter.meterId.toString());
    }
    const unexplainedMoves = await this.store.query<CursorMoveRow>(
      `SELECT * FROM cursor_moves WHERE ${moveWhere.join(' AND ')} ORDER BY block_number`,
      moveParams,
    );
    const report: IndexReport = {
      settlement: this.settlement,
      chainId: this.chainId,
      fromBlock: this.fromBlock,
      syncedTo: await this.syncedTo(),
      verifier: this.verifier,
      filter,
      settlements,
      verified,
      failed: settlements.length - verified,
      unexplainedMoves,
      ok: this.verifier.matches && verified === settlements.length && unexplainedMoves.length === 0,
    };
    if (this.key !== undefined) report.circuit = this.key.circuit;
    return report;
  }

  /** Stops the verification workers (unless they are a caller's `pool`) and closes the database. */
  async close(): Promise<void> {
    if (this.#ownsPool) await this.#pool.close();
    await this.store.close();
  }
}

async function readMeta(store: Pick<IndexStore, 'query'>): Promise<Record<string, string>> {
  const rows = await store.query<{ key: string; value: string }>('SELECT key, value FROM meta');
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

async function setMeta(tx: Pick<IndexStore, 'query'>, key: string, value: string): Promise<void> {
  await tx.query('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
}

function whereOf(filter: IndexFilter): { where: string; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (filter.meterId !== undefined) {
    clauses.push('meter_id = ?');
    params.push(filter.meterId.toString());
  }
  if (filter.retailer !== undefined) {
    clauses.push('retailer = ?');
    params.push(filter.retailer.toLowerCase());
  }
  if (filter.consumer !== undefined) {
    clauses.push('consumer = ?');
    params.push(filter.consumer.toLowerCase());
  }
  if (filter.periodTo !== undefined) {
    clauses.push('period_start < ?');
    params.push(Number(filter.periodTo));
  }
  if (filter.periodFrom !== undefined) {
    clauses.push('period_end > ?');
    params.push(Number(filter.periodFrom));
  }
  return { where: clauses.length === 0 ? '' : ` WHERE ${clauses.join(' AND ')}`, params };
}

function rowToSettlement(r: SettlementRow): IndexedSettlement {
  // a yearly bill's row keeps the eight signals its proof was verified with: the year to date is the last three
  const signals = (JSON.parse(r.public_signals) as string[]).map(BigInt);
  const ytd = signals.length === YEARLY_BILL_SIGNAL_COUNT ? { yearToDate: { old: signals[5]!, new: signals[6]!, year: signals[7]! } } : {};
  return {
    ...ytd,
    txHash: r.tx_hash,
    blockNumber: r.block_number,
    logIndex: r.log_index,
    ...(r.batch_index >= 0 ? { batchIndex: r.batch_index } : {}),
    meterId: BigInt(r.meter_id),
    retailer: r.retailer,
    consumer: r.consumer,
    periodStart: BigInt(r.period_start),
    periodEnd: BigInt(r.period_end),
    tariffCommitment: BigInt(r.tariff_commitment),
    charge: BigInt(r.charge),
    credit: BigInt(r.credit),
    paid: BigInt(r.paid),
    arrearsAdded: BigInt(r.arrears_added),
    verified: r.verified === 1,
    checks: JSON.parse(r.checks) as Partial<Record<AuditCheck, boolean>>,
    reasons: JSON.parse(r.reasons) as string[],
  };
}
