/**
 * The consumer (its wallet): accepts a tariff, keeps an escrow deposit, proves each bill from its
 * signed readings and the tariff document, settles it, and follows its balance and arrears.
 *
 * `settle` is idempotent: before sending, it asks the chain whether this meter's period is
 * already settled (the meter's billing cursor has moved past the period start and a Settled
 * event for that period exists) and, if so, returns that settlement instead of sending. Re-running
 * after a crash mid-send therefore finds the mined transaction; a bill is never paid twice.
 * @packageDocumentation
 */
import { computeBill, type Bill } from '../../../core/src/bill/compute.js';
import { decodeSettled, type LedgerPosition, type SettledBill } from '../chain/settlement.js';
import { ContractRevertError, chainCall } from '../chain/errors.js';
import type { TxResult } from '../chain/tx.js';
import { ChainError, ValidationError, WattproofError } from '../../../core/src/errors.js';
import type { SignedPeriod } from '../../../core/src/meter/sign.js';
import { tariffCommitment } from '../../../core/src/tariff/encode.js';
import type { Tariff } from '../../../core/src/tariff/schema.js';
import { proveBill } from '../../../prover/src/prove-bill.js';
import type { BillDisclosureOptions } from '../../../prover/src/bill-input.js';
import { deriveEphemeralSecret, disclosureNonce } from '../../../core/src/bill/disclosure.js';
import type { DisclosureKeysClient } from '../chain/disclosure-keys.js';
import { DisclosedSettlementClient } from '../chain/disclosed-settlement.js';
import { DISCLOSED_BILL_SIGNAL_COUNT, DISCLOSED_HOURLY_BILL_SIGNAL_COUNT } from '../../../prover/src/verify-bill.js';
import type { BillProof, ProveProgress } from '../../../prover/src/prove-core.js';
import { decodeBillSignals, toSettlementArgs, type DecodedBillSignals } from '../../../prover/src/verify-bill.js';
import type { PlainProof } from '../../../prover/src/prove-core.js';
import { chooseCircuit } from './circuits.js';
import type { YearToDateOpening } from '../../../core/src/bill/ytd.js';
import type { WattproofConnection } from './connection.js';

/** A bill proof as plain data: what `proveBill` returns and what `settle` takes (extra fields are ignored). */
export interface BillProofData {
  proof: PlainProof;
  publicSignals: readonly string[];
}

/** The period of this meter was settled with a different bill (other amounts or tariff). */
export class AlreadySettledError extends ChainError {
  /** The settlement already on chain. */
  readonly existing: SettledBill;
  constructor(message: string, existing: SettledBill) {
    super(message, { code: 'ALREADY_SETTLED' });
    this.existing = existing;
  }
}

/** Options of {@link Consumer.settle}. */
export interface SettleOptions {
  /** Hash of a transaction sent by an earlier attempt (e.g. from a journal): waited for before anything is sent. */
  pendingTxHash?: string;
  /** Called with the hash as soon as the transaction is sent (write it to a journal). */
  onSubmitted?: (txHash: string) => void;
  /** How long to wait for this account's own pending transactions to be mined before sending, ms (default 120000). */
  pendingWaitMs?: number;
}

/** The outcome of {@link Consumer.settle}. */
export interface SettleReceipt {
  /** `settled`: this call's transaction settled it; `already-settled`: it was settled before (nothing sent). */
  status: 'settled' | 'already-settled';
  txHash: string;
  blockNumber: number;
  /** Gas used by the settling transaction. */
  gasUsed: bigint;
  /** The Settled event. */
  bill: SettledBill;
  /** True when the settlement on chain carries exactly this proof (not just the same public signals). */
  sameProof: boolean;
}

/** Options of {@link Consumer.proveBill}. */
export interface ConsumerProveOptions {
  /** Circuit to prove with; default the smallest built circuit that fits the tariff and period. */
  circuit?: string;
  /** Build directory with the artifacts (default `<repo>/build`). */
  buildDir?: string;
  onProgress?: (event: ProveProgress) => void;
  /** Prove on this thread instead of a worker. */
  inline?: boolean;
  signal?: AbortSignal;
  /**
   * For a circuit with disclosure (docs/disclosure-spec.md): the DisclosureKeys registry (its key in
   * force for the period is read and checked against its hash) and the consumer's disclosure secret,
   * from which the period's ephemeral secret is derived (so the consumer can reopen its own copy).
   */
  disclosure?: { keys: DisclosureKeysClient; consumerSecret: bigint };
  /**
   * Yearly-block tariffs: the opening of the meter's year-to-date commitment left by its last settled
   * bill (`undefined` before its first yearly bill; see `readYearToDate`). The proof returns the
   * new opening in `yearToDate`: keep it (with `writeYearToDate`) once the bill is settled. `newSalt`
   * is the new commitment's salt, default fresh randomness: give one only where the year to date is
   * no secret (a demo proving the same statement each run), since whoever knows it can test guesses.
   */
  yearToDate?: { opening: YearToDateOpening | undefined; newSalt?: bigint };
}

function sameSignals(a: readonly (string | bigint)[], b: readonly (string | bigint)[]): boolean {
  return a.length === b.length && a.every((v, i) => BigInt(v) === BigInt(b[i] ?? -1n));
}

function sameProof(bill: SettledBill, args: ReturnType<typeof toSettlementArgs>): boolean {
  const p = bill.proof;
  if (p === undefined) return false;
  const eq = (x: readonly bigint[], y: readonly bigint[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return eq(p.a, args.a) && eq(p.b[0], args.b[0]) && eq(p.b[1], args.b[1]) && eq(p.c, args.c);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The consumer's facade (the connection's account is the meter's registered consumer). */
export class Consumer {
  constructor(readonly conn: WattproofConnection) {}

  /**
   * Accepts the tariff the retailer offered to `meterId`, after checking that the document the
   * consumer holds is the offered commitment and that the regulator approved it.
   * @throws WattproofError TARIFF_MISMATCH / TARIFF_NOT_APPROVED
   */
  async acceptTariff(meterId: bigint, tariff: Tariff): Promise<TxResult & { commitment: bigint }> {
    const commitment = await tariffCommitment(tariff);
    const offered = await this.conn.tariffs.offeredTariff(meterId);
    if (offered !== commitment) {
      throw new WattproofError(
        'TARIFF_MISMATCH',
        offered === undefined
          ? `no tariff is offered to meter ${meterId}`
          : `meter ${meterId} was offered commitment ${offered}, but the tariff document commits to ${commitment}`,
      );
    }
    const meter = await this.conn.meters.getMeter(meterId);
    const info = meter === undefined ? undefined : await this.conn.tariffs.getTariff(commitment, meter.retailer);
    if (info?.status !== 'approved')
      throw new WattproofError('TARIFF_NOT_APPROVED', `tariff ${commitment} is ${info?.status ?? 'not registered'}, not approved by the regulator`);
    return { ...(await this.conn.tariffs.acceptTariff(meterId, commitment)), commitment };
  }

  /** Deposits tokens into escrow (approving the ERC-20 allowance first when needed). */
  deposit(amount: bigint): Promise<TxResult> {
    return this.conn.settlement.deposit(amount);
  }

  /** Withdraws free balance (balance not reserved for arrears). */
  withdraw(amount: bigint): Promise<TxResult> {
    return this.conn.settlement.withdraw(amount);
  }

  /** Escrow balance, free balance and total arrears of this account. */
  async position(): Promise<LedgerPosition> {
    return this.conn.settlement.position(await this.conn.account());
  }

  /** Unpaid arrears of a meter. */
  arrears(meterId: bigint): Promise<bigint> {
    return this.conn.settlement.arrearsOf(meterId);
  }

  /**
   * Pays a meter's arrears from the escrow balance (default: all of them).
   * @throws WattproofError NOTHING_TO_PAY when the meter has no arrears
   */
  async payArrears(meterId: bigint, amount?: bigint): Promise<TxResult & { amount: bigint }> {
    const value = amount ?? (await this.arrears(meterId));
    if (value === 0n) throw new WattproofError('NOTHING_TO_PAY', `meter ${meterId} has no arrears`);
    return { ...(await this.conn.settlement.payArrears(meterId, value)), amount: value };
  }

  /** The itemized reference bill (display; the proof attests its charge and credit). */
  computeBill(tariff: Tariff, signedPeriod: SignedPeriod): Bill {
    return computeBill(tariff, signedPeriod);
  }

  /** Proves a bill for settlement on this connection's contract (the domain is filled in). */
  async proveBill(tariff: Tariff, signedPeriod: SignedPeriod, opts: ConsumerProveOptions = {}): Promise<BillProof> {
    const circuit = opts.circuit ?? (await chooseCircuit(tariff, signedPeriod, opts.buildDir)).name;
    let disclosure: BillDisclosureOptions | undefined;
    if (opts.disclosure !== undefined) {
      const { key } = await opts.disclosure.keys.keyAt(BigInt(signedPeriod.periodStart));
      const nonce = disclosureNonce(BigInt(signedPeriod.meterId), signedPeriod.periodStart);
      disclosure = { regulatorKey: key, ephemeralSecret: await deriveEphemeralSecret(opts.disclosure.consumerSecret, nonce) };
    }
    return proveBill({
      tariff,
      signedPeriod,
      circuit,
      domain: this.conn.domain(),
      ...(disclosure === undefined ? {} : { disclosure }),
      ...(opts.buildDir === undefined ? {} : { buildDir: opts.buildDir }),
      ...(opts.onProgress === undefined ? {} : { onProgress: opts.onProgress }),
      ...(opts.inline === undefined ? {} : { inline: opts.inline }),
      ...(opts.signal === undefined ? {} : { signal: opts.signal }),
      ...(opts.yearToDate === undefined ? {} : { yearToDate: opts.yearToDate }),
    });
  }

  /**
   * The settlement of the bill's period, if the chain already has one.
   * @returns undefined when the meter's cursor has not passed the period start
   * @throws AlreadySettledError when the period was settled with other public signals;
   *   ChainError ALREADY_BILLED when an earlier period already covers it
   */
  async findSettlement(bill: BillProofData): Promise<SettleReceipt | undefined> {
    const args = toSettlementArgs(bill);
    const claim = decodeBillSignals(bill.publicSignals);
    const meter = await this.conn.meters.getMeter(claim.meterId);
    if (meter === undefined || meter.nextPeriodStart <= BigInt(claim.periodStart)) return undefined;
    const events = await this.conn.settlements({ meterId: claim.meterId });
    const match = events.find((e) => e.periodStart === BigInt(claim.periodStart));
    if (match === undefined) {
      const covering = events.find((e) => e.periodStart < BigInt(claim.periodStart) && e.periodEnd > BigInt(claim.periodStart));
      throw new ChainError(
        `meter ${claim.meterId}: the period starting ${claim.periodStart} is already billed${covering ? ` by the settlement in tx ${covering.txHash}` : ''} (the meter's next period starts at ${meter.nextPeriodStart})`,
        { code: 'ALREADY_BILLED' },
      );
    }
    // Settled logs the five signals of spec §7 (a yearly bill's commitments are in YearToDateReplaced).
    if (!sameSignals(match.publicSignals, bill.publicSignals.slice(0, 5))) {
      throw new AlreadySettledError(
        `meter ${claim.meterId}: the period starting ${claim.periodStart} was already settled with another bill (charge ${match.charge}, credit ${match.credit}, tariff ${match.tariffCommitment}) in tx ${match.txHash}`,
        match,
      );
    }
    const receipt = await chainCall('eth_getTransactionReceipt', () => this.conn.provider.getTransactionReceipt(match.txHash));
    return {
      status: 'already-settled',
      txHash: match.txHash,
      blockNumber: match.blockNumber,
      gasUsed: receipt?.gasUsed ?? 0n,
      bill: match,
      sameProof: sameProof(match, args),
    };
  }

  /** Waits until this account has no pending transactions (a previous run's settle may be one). */
  async #awaitOwnPending(maxMs: number): Promise<void> {
    const signer = this.conn.runner as { getAddress?: () => Promise<string> };
    if (typeof signer.getAddress !== 'function') return;
    const me = await this.conn.account();
    const deadline = Date.now() + maxMs;
    for (;;) {
      const [pending, latest] = await Promise.all([
        chainCall('eth_getTransactionCount', () => this.conn.provider.getTransactionCount(me, 'pending')),
        chainCall('eth_getTransactionCount', () => this.conn.provider.getTransactionCount(me, 'latest')),
      ]);
      if (pending <= latest || Date.now() > deadline) return;
      await sleep(1000);
    }
  }

  #checkDomain(claim: DecodedBillSignals): void {
    if (claim.chainId !== this.conn.chainId || claim.contract.toLowerCase() !== this.conn.addresses.settlement.toLowerCase()) {
      throw new ValidationError(
        'publicSignals[4]',
        `the proof was made for chain ${claim.chainId}, contract ${claim.contract}; this is chain ${this.conn.chainId}, contract ${this.conn.addresses.settlement} (prove it again for this deployment)`,
      );
    }
  }

  /**
   * Settles a proven bill, exactly once. If the chain already holds the settlement of this
   * meter's period with the same public signals, returns it without sending (status
   * `already-settled`); otherwise sends `settle` and returns the new settlement.
   * @throws ValidationError when the proof is for another chain or contract;
   *   AlreadySettledError when the period was settled with another bill;
   *   ContractRevertError naming the contract's check that failed (e.g. `PeriodGap`, `TariffNotAccepted`)
   */
  async settle(bill: BillProofData, opts: SettleOptions = {}): Promise<SettleReceipt> {
    const args = toSettlementArgs(bill);
    this.#checkDomain(decodeBillSignals(bill.publicSignals));

    if (opts.pendingTxHash !== undefined) {
      const hash = opts.pendingTxHash;
      await chainCall(`wait for ${hash}`, () => this.conn.provider.waitForTransaction(hash, 1, opts.pendingWaitMs ?? 120_000)).catch(() => undefined);
    } else {
      await this.#awaitOwnPending(opts.pendingWaitMs ?? 120_000);
    }
    const before = await this.findSettlement(bill);
    if (before !== undefined) return before;

    let hash: string | undefined;
    try {
      // A yearly-block proof carries its year-to-date signals after the five: settleYearly (spec §9);
      // a disclosed one its five disclosure signals: settleDisclosed on a DisclosedSettlement
      // (docs/disclosure-spec.md §5, §10); eight with the hours of the day: settleDisclosedHourly (§8).
      const s: readonly bigint[] = args.signals;
      const five = s.slice(0, 5) as [bigint, bigint, bigint, bigint, bigint];
      const response = await chainCall('settle', () => {
        if (s.length === DISCLOSED_BILL_SIGNAL_COUNT) {
          const words = s.slice(5) as [bigint, bigint, bigint, bigint, bigint];
          return new DisclosedSettlementClient(this.conn.addresses.settlement, this.conn.runner).disclosed.settleDisclosed(args.a, args.b, args.c, five, words);
        }
        if (s.length === DISCLOSED_HOURLY_BILL_SIGNAL_COUNT) {
          const words = s.slice(5) as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
          return new DisclosedSettlementClient(this.conn.addresses.settlement, this.conn.runner).disclosed.settleDisclosedHourly(
            args.a,
            args.b,
            args.c,
            five,
            words,
          );
        }
        return s.length > 5
          ? this.conn.settlement.contract.settleYearly(args.a, args.b, args.c, five, s.slice(5))
          : this.conn.settlement.contract.settle(args.a, args.b, args.c, five);
      });
      hash = response.hash;
      opts.onSubmitted?.(hash);
      const receipt = await chainCall('settle: wait for receipt', () => response.wait());
      if (receipt === null) throw new ChainError(`settle: transaction ${hash} was dropped`, { retryable: true });
      for (const log of receipt.logs) {
        if (log.address.toLowerCase() !== this.conn.addresses.settlement.toLowerCase()) continue;
        // The proof is read back from the transaction this call sent (the event does not log it).
        const settled = decodeSettled(log, response.data);
        if (settled !== undefined) {
          return { status: 'settled', txHash: receipt.hash, blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed, bill: settled, sameProof: true };
        }
      }
      throw new ChainError(`settle: transaction ${receipt.hash} emitted no Settled event`);
    } catch (e) {
      // Lost a race with another submission of the same bill (or with our own earlier attempt):
      // the chain now has it, and that is the answer.
      if (e instanceof ContractRevertError && e.errorName === 'PeriodOverlap') {
        const after = await this.findSettlement(bill);
        if (after !== undefined) return after;
      }
      throw e;
    }
  }

  /** Proves and settles in one go. */
  async proveAndSettle(
    tariff: Tariff,
    signedPeriod: SignedPeriod,
    opts: ConsumerProveOptions & SettleOptions = {},
  ): Promise<{ proof: BillProof; receipt: SettleReceipt }> {
    const proof = await this.proveBill(tariff, signedPeriod, opts);
    return { proof, receipt: await this.settle(proof, opts) };
  }
}
