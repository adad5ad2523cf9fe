/**
 * The regulator's audit: re-verify every settlement from chain data alone.
 *
 * For a block range it walks the Settlement contract's `Settled` events and, for each one,
 * checks that the event's decoded fields are the ones its public signals encode, that the
 * signals are bound to this chain and contract, that the ledger movement adds up, that the key
 * in the proof belongs to the meter, that periods of one meter never overlap, and re-verifies
 * the Groth16 proof off-chain with the published verification key. Once per audit it also
 * checks that the deployed verifier is the one generated from that key, and walks the meter
 * registry's cursor moves (`PeriodClaimed`) of the range: every move must come with a `Settled`
 * event of the contract that made it, in the same transaction, for the same meter and period; a
 * move without one (a `SETTLEMENT_ROLE` holder moving a cursor without a proof) is reported, as is
 * every repair by the metering authority (`CursorRepaired`).
 * @packageDocumentation
 */
import type { Log, Provider } from 'ethers';
import { type SettledBill } from '../chain/settlement.js';
import { type Groth16Proof } from '../../../prover/src/groth16.js';
import { type PublishedKey } from './published.js';
import { type VerifierCheck } from './verifier-code.js';
/** Names of the per-settlement checks, in the order they run. */
export type AuditCheck = 'event' | 'signals' | 'domain' | 'fields' | 'movement' | 'key' | 'continuity' | 'proof';
/** One audited settlement. */
export interface AuditedSettlement {
    txHash: string;
    blockNumber: number;
    logIndex: number;
    /** Decoded event fields (undefined if the log is not a decodable Settled event). */
    meterId?: bigint;
    periodStart?: bigint;
    periodEnd?: bigint;
    tariffCommitment?: bigint;
    charge?: bigint;
    credit?: bigint;
    /** True when every check passed. */
    verified: boolean;
    /** Outcome of each check that ran. */
    checks: Partial<Record<AuditCheck, boolean>>;
    /** Why it is not verified (empty when verified). */
    reasons: string[];
}
/** A move of a meter's billing cursor by a settlement contract (a `PeriodClaimed` event). */
export interface CursorMove {
    meterId: bigint;
    /** The contract that moved it (holder of SETTLEMENT_ROLE). */
    settlement: string;
    periodStart: bigint;
    periodEnd: bigint;
    txHash: string;
    blockNumber: number;
    /** True when the same transaction has a matching `Settled` event of that contract. */
    settled: boolean;
    /** Why it is not explained by a settlement (absent when settled). */
    reason?: string;
}
/** A repair of a meter's billing cursor by the metering authority (a `CursorRepaired` event). */
export interface CursorRepair {
    meterId: bigint;
    authority: string;
    from: bigint;
    to: bigint;
    keyValidFrom: bigint;
    reason: string;
    txHash: string;
    blockNumber: number;
}
/** What an audit found. */
export interface AuditReport {
    settlement: string;
    chainId: bigint;
    fromBlock: number;
    toBlock: number;
    /** The circuit whose published key the verifier matches (undefined when none does). */
    circuit?: string;
    /** Whether that key is a development (insecure) one. */
    insecureKey?: boolean;
    verifier: VerifierCheck;
    settlements: AuditedSettlement[];
    verified: number;
    failed: number;
    /** Every cursor move of the meter registry in the range, each checked against a Settled event. */
    cursorMoves: CursorMove[];
    /** Cursor moves without a matching Settled event (each one a period moved past without a proof). */
    unexplainedMoves: number;
    /** Cursor repairs by the metering authority in the range (evented, listed for review). */
    repairs: CursorRepair[];
    /** True when the verifier matches, every settlement is verified and every cursor move is explained. */
    ok: boolean;
}
/** Options of {@link audit} and {@link auditLogs}. */
export interface AuditOptions {
    /** The provider to read the chain with. */
    provider: Provider;
    /** The Settlement contract audited. */
    settlement: string;
    /** Published keys to try; default all circuits in build/manifest.json. */
    keys?: PublishedKey[];
    /** Build directory holding manifest.json (when `keys` is not given). */
    buildDir?: string;
    /** Limit to these circuits (when `keys` is not given). */
    circuits?: readonly string[];
    /** Progress: called after each settlement is audited. */
    onProgress?: (done: number, total: number) => void;
}
/** snarkjs proof from the event's Solidity-order points (undoing the G2 coordinate swap). */
export declare function proofFromEvent(p: SettledBill['proof']): Groth16Proof;
/**
 * Audits the given logs (normally the Settled logs of a block range; any log may be passed, e.g.
 * one kept from elsewhere, and a log that does not decode is reported as not verified).
 */
export declare function auditLogs(logs: readonly Log[], opts: AuditOptions & {
    fromBlock?: number;
    toBlock?: number;
}): Promise<AuditReport>;
/** The Settled logs of a Settlement contract over a block range, fetched in chunks. */
export declare function settledLogs(provider: Provider, settlement: string, fromBlock: number, toBlock: number): Promise<Log[]>;
/**
 * The meter registry's cursor moves and repairs over a block range. Each move (`PeriodClaimed`) is
 * matched with a `Settled` event that the moving contract emitted in the same transaction for the
 * same meter and period; a move without one is returned with `settled: false` and a reason.
 */
export declare function auditCursorMoves(provider: Provider, meterRegistry: string, fromBlock: number, toBlock: number): Promise<{
    moves: CursorMove[];
    repairs: CursorRepair[];
}>;
/**
 * Audits the settlements of blocks `fromBlock..toBlock` (default: 0 to the latest block).
 * @returns a report with one entry per Settled event; `ok` is true when the verifier is the
 *   published circuit's and every settlement verified.
 */
export declare function audit(opts: AuditOptions & {
    fromBlock?: number;
    toBlock?: number;
}): Promise<AuditReport>;
/** Plain JSON form of a report (numbers as decimal strings). */
export declare function auditReportToJSON(report: AuditReport): Record<string, unknown>;
