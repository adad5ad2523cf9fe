/**
 * The regulator's audit: re-verify every settlement from chain data alone.
 *
 * For a block range it walks the Settlement contract's `Settled` events and, for each one,
 * checks that the event's decoded fields are the ones its public signals encode, that the
 * signals are bound to this chain and contract, that the ledger movement adds up, that the key
 * in the proof belongs to the meter, that periods of one meter never overlap, and re-verifies
 * the Groth16 proof off-chain with the published verification key. Once per audit it also
 * checks that the deployed verifier is the one generated from that key.
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
    /** True when the verifier matches and every settlement is verified. */
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
