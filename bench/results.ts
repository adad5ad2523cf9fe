/**
 * The shape of bench/results.json.
 * @packageDocumentation
 */
import type { CeremonyFigures } from './ceremony.js';
import type { CollectFigures } from './collect.js';
import type { DisclosurePair, DisclosurePairFigures } from './disclosure.js';
import type { LoadResult } from './load.js';
import type { ImportFigures } from './import.js';
import type { CliStartFigures } from './cli-start.js';
import type { BrowserFigures } from './browser.js';
import type { GasFigures } from './gas.js';
import type { MachineInfo } from './machine.js';
import type { MarketFigures } from './market-report.js';
import type { ProvingFigures } from './measure.js';
import type { SetupFigures } from './setup.js';
import type { TargetResult } from './targets.js';

/** Size and cost of one circuit. */
export interface CircuitFigures {
  name: string;
  description: string;
  params: Record<string, number>;
  /** Intervals per period at full length: `intervalsPerDay * maxDays`. */
  intervals: number;
  constraints: number;
  wires: number;
  constraintsPerInterval: number;
  publicSignals: number;
  ptauPower: number;
  /** Proving key size: what a browser wallet downloads. */
  zkeyBytes: number;
  wasmBytes: number;
  proving: ProvingFigures | { status: string };
  /** The proof's public signals equal the TypeScript engine's, and it verifies. */
  checked?: boolean;
}

/** bench/results.json. */
/** Issue 14: the disclosure's proving cost (bench/disclosure.ts pairs) beside its gas (in `gas.disclosed`). */
export type DisclosureFigures =
  | { status: string }
  | {
      status: 'measured';
      command: string;
      measuredAt: string;
      loadAverageAtStart: number;
      loadAverageAtEnd: number;
      pairs: Partial<Record<DisclosurePair, DisclosurePairFigures>>;
    };

export interface BenchResults {
  format: 'wattproof.bench.v1';
  date: string;
  command: string;
  quick: boolean;
  warmupRuns: number;
  measuredRuns: number;
  durationSeconds: number;
  /** Of which spent building circuits, ceremonies, setups (0 when everything was cached). */
  buildSeconds: number;
  machine: MachineInfo & { loadAverageAtEnd: number };
  /** 31-day hourly: constraints / intervals. */
  constraintsPerInterval: number | null;
  /** 31-day hourly: our constraints / the naive baseline's. */
  baselineRatio: number | null;
  /** 31-day hourly: our median proving time (witness + proof) / the baseline's. */
  baselineProvingTimeRatio: number | null;
  /** 31-day hourly: proof-only time ratio (without witness generation). */
  baselineProofOnlyRatio: number | null;
  /** 31-day hourly: CPU-time ratio of witness + proof (less sensitive to other load than wall time). */
  baselineCpuTimeRatio: number | null;
  /** Gas of one `settle`, verification included. */
  settleGas: number | null;
  circuits: Record<string, CircuitFigures>;
  baseline: CircuitFigures | { status: string };
  gas: GasFigures;
  browser: BrowserFigures;
  /** Wall time of the compiled CLI before it is done (issue 10), with `node -e 0` as the yardstick. */
  cliStartMs?: CliStartFigures;
  /** Trusted-setup ceremony times per instance (issue 16); `--ceremony-only` adds its date and machine. */
  ceremony?: CeremonyFigures & { date?: string; machine?: unknown };
  targets: TargetResult[];
  notes: string[];
  /** Development setup (fresh ptau + phase 2) per instance, fast vs snarkjs (issue 15): `--setup-only`. */
  setup?: SetupFigures & { machine?: unknown };
  /** Meter import throughput (issue 12), written by `npm run bench -- --import-only`. */
  importThroughput?: ImportFigures;
  /** Written by `npx tsx bench/batch-gas.ts` (issue 15): settleBatch gas per bill by batch size. */
  batchGas?: BatchGasFigures;
  /** Written by `npm run bench -- collect` (issue 15): the collector on 1,000 proofs over JSON-RPC. */
  collector1000?: CollectFigures & { command: string; measuredAt: string };
  /** Written by `npm run bench -- load` (issue 18): the load run's details. */
  load?: LoadResult & { measuredAt: string };
  loadSettlementsPerSecond?: number;
  loadFaultsRecovered?: number;
  auditVerifiedPerSecond?: number;
  /** Market bills (issue 13): `npm run bench -- --market-only` or `npx tsx bench/market.ts --write`. */
  market?: MarketFigures;
  disclosure?: DisclosureFigures;
  /** Written by `npm run mutants` (circuits/build/mutants.ts); `npm run bench` keeps it as it is. */
  mutants?: { killed: number; total: number; [key: string]: unknown };
}

/** What bench/results.json keeps under `batchGas`. */
export interface BatchGasFigures {
  date: string;
  command: string;
  circuit: string;
  /**
   * Gas of one settle: a plain bill (the escrow pays it) and one whose escrow is empty (all arrears), each a
   * meter's second bill; `first`: a meter's first bill of a key and tariff (it keeps the base point).
   */
  settle: { plain: number; arrears: number; first?: number };
  /** By batch size: receipt gasUsed of the settleBatch transaction and gas per bill. */
  batches: Record<string, { gasUsed: number; perBill: number; withinBlock: boolean }>;
  blockGasLimit: number;
  /** The EVM's per-transaction gas cap (EIP-7825): a batch must stay below it, whatever the block limit. */
  txGasCap: number;
  /**
   * The collector path timed on the same proofs: each handed to an HTTP inbox (`handToCollector`),
   * then read, verified off-chain and planned (`Collector.collect` dry run), then submitted in
   * gas-sized settleBatch transactions (Hardhat in-process: mining is instant, so `submitMs` is the
   * collector's own work, the node's estimates and execution).
   */
  collector?: { proofs: number; handOffMs: number; verifyMs: number; submitMs: number; totalMs: number; batches: number; perProofMs: number };
  notes: string[];
}
