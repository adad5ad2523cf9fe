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
import { type Bill } from '../../../core/src/bill/compute.js';
import { type LedgerPosition, type SettledBill } from '../chain/settlement.js';
import type { TxResult } from '../chain/tx.js';
import { ChainError } from '../../../core/src/errors.js';
import type { SignedPeriod } from '../../../core/src/meter/sign.js';
import type { Tariff } from '../../../core/src/tariff/schema.js';
import type { BillProof, ProveProgress } from '../../../prover/src/prove-core.js';
import type { PlainProof } from '../../../prover/src/prove-core.js';
import type { WattproofConnection } from './connection.js';
/** A bill proof as plain data: what `proveBill` returns and what `settle` takes (extra fields are ignored). */
export interface BillProofData {
    proof: PlainProof;
    publicSignals: readonly string[];
}
/** The period of this meter was settled with a different bill (other amounts or tariff). */
export declare class AlreadySettledError extends ChainError {
    /** The settlement already on chain. */
    readonly existing: SettledBill;
    constructor(message: string, existing: SettledBill);
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
}
/** The consumer's facade (the connection's account is the meter's registered consumer). */
export declare class Consumer {
    #private;
    readonly conn: WattproofConnection;
    constructor(conn: WattproofConnection);
    /**
     * Accepts the tariff the retailer offered to `meterId`, after checking that the document the
     * consumer holds is the offered commitment and that the regulator approved it.
     * @throws WattproofError TARIFF_MISMATCH / TARIFF_NOT_APPROVED
     */
    acceptTariff(meterId: bigint, tariff: Tariff): Promise<TxResult & {
        commitment: bigint;
    }>;
    /** Deposits tokens into escrow (approving the ERC-20 allowance first when needed). */
    deposit(amount: bigint): Promise<TxResult>;
    /** Withdraws free balance (balance not reserved for arrears). */
    withdraw(amount: bigint): Promise<TxResult>;
    /** Escrow balance, free balance and total arrears of this account. */
    position(): Promise<LedgerPosition>;
    /** Unpaid arrears of a meter. */
    arrears(meterId: bigint): Promise<bigint>;
    /**
     * Pays a meter's arrears from the escrow balance (default: all of them).
     * @throws WattproofError NOTHING_TO_PAY when the meter has no arrears
     */
    payArrears(meterId: bigint, amount?: bigint): Promise<TxResult & {
        amount: bigint;
    }>;
    /** The itemized reference bill (display; the proof attests its charge and credit). */
    computeBill(tariff: Tariff, signedPeriod: SignedPeriod): Bill;
    /** Proves a bill for settlement on this connection's contract (the domain is filled in). */
    proveBill(tariff: Tariff, signedPeriod: SignedPeriod, opts?: ConsumerProveOptions): Promise<BillProof>;
    /**
     * The settlement of the bill's period, if the chain already has one.
     * @returns undefined when the meter's cursor has not passed the period start
     * @throws AlreadySettledError when the period was settled with other public signals;
     *   ChainError ALREADY_BILLED when an earlier period already covers it
     */
    findSettlement(bill: BillProofData): Promise<SettleReceipt | undefined>;
    /**
     * Settles a proven bill, exactly once. If the chain already holds the settlement of this
     * meter's period with the same public signals, returns it without sending (status
     * `already-settled`); otherwise sends `settle` and returns the new settlement.
     * @throws ValidationError when the proof is for another chain or contract;
     *   AlreadySettledError when the period was settled with another bill;
     *   ContractRevertError naming the contract's check that failed (e.g. `PeriodGap`, `TariffNotAccepted`)
     */
    settle(bill: BillProofData, opts?: SettleOptions): Promise<SettleReceipt>;
    /** Proves and settles in one go. */
    proveAndSettle(tariff: Tariff, signedPeriod: SignedPeriod, opts?: ConsumerProveOptions & SettleOptions): Promise<{
        proof: BillProof;
        receipt: SettleReceipt;
    }>;
}
