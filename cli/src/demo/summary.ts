/**
 * What the demo reports (its --json result): shared by the scenario that plays it and the runner.
 * @packageDocumentation
 */
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
  audit: { ok: boolean; verified: number; failed: number; verifierMatches: boolean };
  retailerWithdrew: string;
  seconds: number;
}
