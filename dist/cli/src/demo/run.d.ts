import type { Output } from '../output.js';
/** Options of {@link runDemo}. */
export interface DemoOptions {
    /** Force a circuit (`bill_31d_60m` or `bill_1d_30m`); default automatic (also $WATTPROOF_DEMO_CIRCUIT). */
    circuit?: string;
    out: Output;
}
/** One settled bill of the demo. */
export interface DemoBill {
    period: string;
    days: number;
    importKwh: number;
    exportKwh: number;
    charge: string;
    credit: string;
    proveMs: number;
    gasUsed: string;
    paid: string;
    arrearsAdded: string;
    txHash: string;
}
/** What the demo did (the `--json` result). */
export interface DemoSummary {
    ok: boolean;
    circuit: string;
    monthly: boolean;
    settlement: string;
    bills: DemoBill[];
    arrearsRepaid: string;
    replayRejectedWith: string;
    idempotentResettle: string;
    audit: {
        ok: boolean;
        verified: number;
        failed: number;
        verifierMatches: boolean;
    };
    retailerWithdrew: string;
    seconds: number;
}
/** Runs the demo; returns its summary (ok when every step behaved as expected). */
export declare function runDemo(opts: DemoOptions): Promise<DemoSummary>;
