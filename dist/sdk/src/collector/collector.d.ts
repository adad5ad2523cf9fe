import { type DecodedBillSignals } from '../../../prover/src/verify-bill.js';
import type { PlainProof } from '../../../prover/src/prove-core.js';
import type { SettledBill, SettlementProof } from '../chain/settlement.js';
import type { WattproofConnection } from '../roles/connection.js';
/** One proof handed to the collector (a file of the inbox, a body posted to it, ...). */
export interface CollectedProof {
    /** Where it came from (a file name), for the report. */
    id: string;
    proof: PlainProof;
    publicSignals: readonly string[];
}
/** Why a proof was dropped. */
export type DropCode = 'malformed' | 'wrong-domain' | 'invalid-proof' | 'duplicate' | 'unknown-meter' | 'already-billed' | 'gap' | 'not-ended' | 'skipped';
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
    proof: SettlementProof & {
        signals: bigint[];
    };
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
}
/** Defaults of the planning model: a batch of n bills costs about BASE + n * PER_BILL gas (bench). */
export declare const BATCH_BASE_GAS = 250000n;
export declare const BATCH_PER_BILL_GAS = 95000n;
/** Default gas limit of one batch: half a 30M block. */
export declare const DEFAULT_BATCH_GAS_LIMIT = 15000000n;
/** Bills that fit `gasLimit` under the model, at least one. */
export declare function billsPerBatch(gasLimit: bigint, baseGas?: bigint, perBillGas?: bigint, maxBatch?: number): number;
/** Collects, verifies and settles bill proofs in batches on one deployment. */
export declare class Collector {
    #private;
    readonly conn: WattproofConnection;
    readonly opts: CollectorOptions;
    readonly gasLimit: bigint;
    readonly baseGas: bigint;
    readonly perBillGas: bigint;
    readonly maxBatch: number;
    constructor(conn: WattproofConnection, opts: CollectorOptions);
    /**
     * Off-chain checks of each proof (shape, domain of this deployment, Groth16 with the key), then the
     * chain's state: the meter exists, the period starts at the meter's cursor or right after another
     * ready bill of the meter, and has ended. Bills of one meter come out in period order.
     */
    check(items: readonly CollectedProof[]): Promise<{
        ready: ReadyBill[];
        dropped: DroppedProof[];
        settled: SettledOutcome[];
    }>;
    /** Splits ready bills (in check's order) into batches under the gas model. */
    plan(ready: readonly ReadyBill[]): ReadyBill[][];
    /**
     * check, plan, and send each batch (unless `dryRun`). Before each batch the cursors are read again
     * (a bill settled meanwhile is reported, not sent); a batch whose estimate exceeds the gas limit is
     * split in two until it fits.
     */
    collect(items: readonly CollectedProof[], opts?: {
        dryRun?: boolean;
    }): Promise<CollectReport>;
}
/** A collector's inbox entry parsed from JSON (a proof file or a body posted to the inbox). */
export declare function collectedFromJson(id: string, doc: unknown): CollectedProof;
