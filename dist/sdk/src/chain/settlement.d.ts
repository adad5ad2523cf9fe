/**
 * Typed client of the Settlement contract: the escrow ledger and proof-checked settlement.
 * @packageDocumentation
 */
import type { BigNumberish, ContractRunner, Log } from 'ethers';
import { type Settlement } from '../../../typechain-types/index.js';
import { AdminClient } from './admin.js';
import { type TxResult } from './tx.js';
/** A proof in the generated verifier's argument layout (G2 coordinates already swapped). */
export interface SettlementProof {
    a: readonly [BigNumberish, BigNumberish];
    b: readonly [readonly [BigNumberish, BigNumberish], readonly [BigNumberish, BigNumberish]];
    c: readonly [BigNumberish, BigNumberish];
    /** [keyHash, tariffCommitment, period, amounts, domain] (bill spec section 7). */
    signals: readonly BigNumberish[];
}
/** One settled bill, decoded from a Settled event: everything an auditor needs to re-verify it. */
export interface SettledBill {
    meterId: bigint;
    retailer: string;
    consumer: string;
    periodStart: bigint;
    periodEnd: bigint;
    tariffCommitment: bigint;
    charge: bigint;
    credit: bigint;
    /** Moved from the consumer's escrow to the retailer. */
    paid: bigint;
    /** Net charge the escrow could not cover, added to the meter's arrears. */
    arrearsAdded: bigint;
    /** Moved from the retailer to the consumer (export credit above the charge). */
    refunded: bigint;
    /** Meter arrears cleared by export credit above the charge. */
    arrearsCleared: bigint;
    /** Export credit above the charge the retailer's balance could not pay: now its debt to the consumer. */
    creditOwed: bigint;
    /** Net charge offset against the retailer's debt to the consumer. */
    debtCleared: bigint;
    proof: {
        a: [bigint, bigint];
        b: [[bigint, bigint], [bigint, bigint]];
        c: [bigint, bigint];
    };
    publicSignals: bigint[];
    /** Where the event is. */
    txHash: string;
    blockNumber: number;
    logIndex: number;
}
/** A bill settleBatch skipped: it failed one of settle's checks (a `BillSkipped` event). */
export interface SkippedBill {
    /** Position of the bill in the batch. */
    index: number;
    meterId: bigint;
    /** The custom error of the failed check (e.g. `PeriodOverlap`), or the raw selector when unknown. */
    reason: string;
    /** The 4-byte selector the contract logged (`0x00000000` when the check's call ran out of gas). */
    selector: string;
    txHash: string;
}
/** The outcome of one settleBatch transaction. */
export interface BatchSettlement {
    txHash: string;
    blockNumber: number;
    gasUsed: bigint;
    /** Bills settled, in batch order, each with its position in the batch. */
    settled: (SettledBill & {
        index: number;
    })[];
    skipped: SkippedBill[];
}
/** An account's position in the ledger. */
export interface LedgerPosition {
    balance: bigint;
    /** Withdrawable: balance minus the arrears of the account's meters and its debts as a retailer. */
    free: bigint;
    /** Sum of the arrears of the account's meters. */
    arrears: bigint;
    /** Export credit the account owes its meters' consumers, as a retailer. */
    debt: bigint;
}
/** Roles of the Settlement contract. */
export type SettlementRole = 'DEFAULT_ADMIN_ROLE' | 'PAUSER_ROLE';
/** Filter for {@link SettlementClient.settlements}; omitted fields match everything. */
export interface SettlementFilter {
    meterId?: bigint;
    retailer?: string;
    consumer?: string;
    fromBlock?: number;
    toBlock?: number;
}
/** Decode a Settled log; undefined if the log is another event. */
export declare function decodeSettled(log: Log): SettledBill | undefined;
/**
 * What the Settlement contract reads from a bill's public signals (bill spec section 7), decoded as it
 * decodes them: period `meterId + 2^64 start + 2^104 count + 2^120 seconds`, amounts `charge + 2^96 credit`.
 * The Settled event does not repeat these; they are the signals'.
 */
export declare function claimOfSignals(signals: readonly bigint[]): {
    meterId: bigint;
    tariffCommitment: bigint;
    periodStart: bigint;
    periodEnd: bigint;
    charge: bigint;
    credit: bigint;
};
/**
 * The proof of a settled bill in snarkjs's own layout (decimal strings, projective z = 1, G2
 * coordinates un-swapped), ready for `snarkjs.groth16.verify(vkey, publicSignals, proof)`: the
 * auditor's off-chain re-verification from event data alone.
 */
export declare function toSnarkjsProof(proof: SettledBill['proof']): {
    pi_a: [string, string, string];
    pi_b: [[string, string], [string, string], [string, string]];
    pi_c: [string, string, string];
    protocol: 'groth16';
    curve: 'bn128';
};
/** Plain JSON form of a settled bill: every number as a decimal string. */
export declare function settledBillToJSON(bill: SettledBill): Record<string, unknown>;
/** Decode a BillSkipped log; undefined if the log is another event. */
export declare function decodeSkipped(log: Log): SkippedBill | undefined;
/** The name of the Settlement custom error with 4-byte `selector` (the selector itself when none has it). */
export declare function errorNameOf(selector: string): string;
/** Client of one Settlement deployment. Every call throws ChainError (ContractRevertError on a revert). */
export declare class SettlementClient extends AdminClient<Settlement, SettlementRole> {
    private readonly runner;
    constructor(address: string, runner: ContractRunner);
    /** The domain a proof must carry to settle here (public signal 4). */
    domain(): Promise<bigint>;
    /** The settlement token's address. */
    token(): Promise<string>;
    /** The verifier contract's address. */
    verifier(): Promise<string>;
    /**
     * Settle a bill (anyone may send it). Returns the decoded Settled event.
     * @throws ContractRevertError naming the failed check, e.g. `PeriodOverlap` or `InvalidProof`
     */
    settle(proof: SettlementProof): Promise<SettledBill & {
        gasUsed: bigint;
    }>;
    /**
     * Settle many bills in one transaction (anyone may send it). Each bill passes exactly settle's
     * checks or is skipped (returned in `skipped` with the failed check); the proofs of the bills that
     * pass are checked together, and if they do not all verify the whole transaction reverts
     * (`InvalidProof`). Bills of one meter settle in the order given, each starting where the last ended.
     * @param opts.gasLimit - gas limit of the transaction (default: the node's estimate)
     * @throws ContractRevertError, e.g. `InvalidProof`, `EnforcedPause`, `EmptyBatch`
     */
    settleBatch(proofs: readonly SettlementProof[], opts?: {
        gasLimit?: bigint;
    }): Promise<BatchSettlement>;
    /** The gas settleBatch of `proofs` would use now (the node's estimate; throws the revert it would hit). */
    estimateSettleBatch(proofs: readonly SettlementProof[]): Promise<bigint>;
    /** Check a settlement without sending it; throws the revert the transaction would hit. */
    checkSettle(proof: SettlementProof): Promise<void>;
    /**
     * Deposit `amount` tokens into the caller's ledger balance. With `approve` (default) an ERC-20
     * allowance is granted first when the current one is too small.
     */
    deposit(amount: bigint, opts?: {
        approve?: boolean;
    }): Promise<TxResult>;
    /** Withdraw `amount` of the caller's free balance. */
    withdraw(amount: bigint): Promise<TxResult>;
    /** Pay `amount` of a meter's arrears from the caller's ledger balance. */
    payArrears(meterId: bigint, amount: bigint): Promise<TxResult>;
    /**
     * Pay `amount` of the export credit a meter's retailer owes the meter's consumer, from the
     * retailer's ledger balance (anyone may send it: the retailer after a deposit, or the consumer).
     */
    payCreditDebt(meterId: bigint, amount: bigint): Promise<TxResult>;
    /** An account's ledger balance, free balance, arrears (as a consumer) and debt (as a retailer). */
    position(account: string): Promise<LedgerPosition>;
    /** An account's ledger balance. */
    balanceOf(account: string): Promise<bigint>;
    /** A meter's unpaid arrears. */
    arrearsOf(meterId: bigint): Promise<bigint>;
    /** Export credit a meter's retailer owes the meter's consumer. */
    creditOwedOf(meterId: bigint): Promise<bigint>;
    /** Settled bills matching `filter`, oldest first, decoded from events. */
    settlements(filter?: SettlementFilter): Promise<SettledBill[]>;
    private signerAddress;
}
