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

/** The disclosed household and the regulator's view of it (docs/disclosure-spec.md). */
export interface DemoDisclosure {
  /** The disclose instance it proved with. */
  circuit: string;
  /** The DisclosedSettlement and the DisclosureKeys registry beside the plain Settlement. */
  settlement: string;
  disclosureKeys: string;
  /** Settlements the regulator's audit read, and how many decrypted with charge and credit matching. */
  settlements: number;
  matched: number;
  flagged: number;
  /** Mean gas of settleDisclosed. */
  avgGas: string;
  /** Total proving time of its bills, ms. */
  proveMs: number;
  /** The regulator's market summary: Wh per import and export band of the tariff. */
  importBandWh: string[];
  exportBandWh: string[];
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
  /** The disclosed household and the regulator's view of it. */
  disclosure: DemoDisclosure;
  seconds: number;
}
