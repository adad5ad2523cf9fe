import type { TxResult } from '../chain/tx.js';
import { type AuditReport } from '../audit/audit.js';
import type { PublishedKey } from '../audit/published.js';
import type { WattproofConnection } from './connection.js';
import { type TariffRef } from './retailer.js';
/** Options of {@link Regulator.audit}. */
export interface RegulatorAuditOptions {
    fromBlock?: number;
    toBlock?: number;
    /** Published keys to check against (default: every circuit of build/manifest.json). */
    keys?: PublishedKey[];
    buildDir?: string;
    onProgress?: (done: number, total: number) => void;
}
/** The regulator's facade (REGULATOR_ROLE on the tariff registry; PAUSER_ROLE to pause). */
export declare class Regulator {
    #private;
    readonly conn: WattproofConnection;
    constructor(conn: WattproofConnection);
    /**
     * Approves a pending tariff. Given the document (not just the commitment), first checks that it
     * is the registered one: approval is of what the regulator read.
     * @throws WattproofError (code TARIFF_UNKNOWN) when nothing is registered under the commitment
     */
    approveTariff(tariff: TariffRef, retailer?: string): Promise<TxResult & {
        commitment: bigint;
        retailer: string;
    }>;
    /** Rejects a pending tariff (or withdraws an approval), with a reason kept in the event; works while paused. */
    rejectTariff(tariff: TariffRef, reason: string, retailer?: string): Promise<TxResult & {
        commitment: bigint;
        retailer: string;
    }>;
    /** Pauses settlement and both registries. */
    pause(): Promise<TxResult[]>;
    /** Resumes settlement and both registries. */
    unpause(): Promise<TxResult[]>;
    /**
     * Audits the settlements of a block range (default: from the connection's first block to the
     * latest): every proof re-verified off-chain with the published key, every event checked
     * against its public signals, and the deployed verifier checked to be that key's.
     */
    audit(opts?: RegulatorAuditOptions): Promise<AuditReport>;
}
