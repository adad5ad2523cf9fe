/**
 * Proving a bill, independent of the platform: validate, load artifacts, build the witness
 * input, prove (in a worker or inline), and check the proof's public signals against the
 * reference engine. Node (./prove-bill.ts) and browsers (./browser.ts) only supply artifact
 * loading and worker startup.
 * @packageDocumentation
 */
import { ProofError, ValidationError } from '../../core/src/errors.js';
import type { SignedPeriod } from '../../core/src/meter/sign.js';
import type { Tariff } from '../../core/src/tariff/schema.js';
import type { CircuitArtifacts } from './artifacts/index.js';
import { buildBillInput, expectedPublicSignals, yearToDateAfter, type BillDisclosureOptions, type BillPublicSignals } from './bill-input.js';
import type { YearToDateOpening } from '../../core/src/bill/ytd.js';
import type { DisclosureLayout } from '../../core/src/bill/disclosure.js';
import { newTariffSalt } from '../../core/src/tariff/salt.js';
import type { Groth16Proof } from './groth16.js';
import type { ProofCache } from './proof-cache.js';
import { abortReason, jobError, type JobResult } from './worker/host.js';
import type { ProgressMessage, ProveRequest, WorkerMessage } from './worker/protocol.js';

/**
 * A Groth16 proof as plain data: decimal strings (projective coordinates, z = 1), ready for
 * JSON and, through {@link toSettlementArgs}, for the verifier and settle calls.
 */
export type PlainProof = Groth16Proof;

/** The steps of proving a bill, in the order they run. */
export type ProvePhase = 'validate' | 'artifacts' | 'witness' | 'proving' | 'check';

/** A progress event: a phase started, or finished after `ms` milliseconds. */
export interface ProveProgress {
  phase: ProvePhase;
  state: 'start' | 'done';
  /** Duration of the phase, on `done`. */
  ms?: number;
}

/** Milliseconds spent in each phase of one proof. */
export interface ProveTimings {
  validateMs: number;
  artifactsMs: number;
  witnessMs: number;
  provingMs: number;
  checkMs: number;
  totalMs: number;
}

/** A proven bill: plain data, safe to JSON.stringify. */
export interface BillProof {
  proof: PlainProof;
  /** `[keyHash, tariffCommitment, period, amounts, domain]` (bill spec §7), decimal strings. */
  publicSignals: BillPublicSignals;
  /** The circuit the proof is for (e.g. `bill_1d_30m`); its verification key checks the proof. */
  circuit: string;
  timings: ProveTimings;
  /**
   * Yearly-block tariffs: the opening of the YTD commitment this bill leaves on chain (public signal
   * ytdNew). The consumer must keep it (privately) for the next bill of the tariff year.
   */
  yearToDate?: YearToDateOpening;
}

/** Options of `proveBill` common to every platform. */
export interface ProveBillBaseOptions {
  /** The tariff the consumer accepted. */
  tariff: Tariff;
  /** The meter's signed readings of the period. */
  signedPeriod: SignedPeriod;
  /**
   * The circuit to prove with, e.g. `bill_1d_30m`: its intervals per day must be the tariff's
   * and its maximum days at least the period's. Optional when `artifacts` are given.
   */
  circuit?: string;
  /** Settlement domain: `settlementDomain(chainId, settlementAddress)`. */
  domain: bigint | string | number;
  /**
   * The regulator's key in force for the period and the ephemeral secret: required by, and only by, a
   * circuit with disclosure (`"disclose": 1` or `2`; docs/disclosure-spec.md).
   */
  disclosure?: BillDisclosureOptions;
  /** Already loaded artifacts; by default they are loaded (and sha256-checked) for `circuit`. */
  artifacts?: CircuitArtifacts;
  /** Called as each phase starts and finishes. Exceptions it throws are ignored. */
  onProgress?: (event: ProveProgress) => void;
  /** Cancels proving: the worker is terminated and proveBill rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Prove on the calling thread instead of a worker (tests, simple scripts). Default false. */
  inline?: boolean;
  /**
   * Yearly-block tariffs (required with one): the opening of the meter's year-to-date commitment
   * left by its last settled bill (`opening: undefined` before its first yearly bill), and
   * optionally the new commitment's salt (default fresh randomness).
   */
  yearToDate?: { opening: YearToDateOpening | undefined; newSalt?: bigint };
}

/** What a platform supplies. */
export interface ProverPlatform {
  loadArtifacts(circuit: string): Promise<CircuitArtifacts>;
  /**
   * Runs the job in a worker (rejecting with the signal's reason when aborted, the worker then
   * terminated): a new one per job in browsers, a reused one in Node (./worker/pool.ts).
   */
  runOnWorker(req: ProveRequest, onProgress: (m: ProgressMessage) => void, signal?: AbortSignal): Promise<JobResult>;
  /**
   * A cache of proofs by statement (Node, when `WATTPROOF_PROOF_CACHE` is set: ./proof-cache.ts).
   * A hit skips the witness and proving phases (still reported, in order); the engine check runs as always.
   */
  proofCache?: () => ProofCache | undefined;
}

const SIGNAL_NAMES = [
  'keyHash',
  'tariffCommitment',
  'period',
  'amounts',
  'domain',
  'regulatorKeyY',
  'ephemeralKeyY',
  'disclosureCiphertext[0]',
  'disclosureCiphertext[1]',
  'disclosureCiphertext[2]',
  'disclosureCiphertext[3]',
  'disclosureCiphertext[4]',
  'disclosureCiphertext[5]',
] as const;
/** The last three signals of a yearly circuit (spec §7), after the five and any disclosure signals. */
const YTD_SIGNAL_NAMES = ['ytdOld', 'ytdNew', 'ytdYear'] as const;

/**
 * Name of signal `i` of a bill circuit with `count` signals (5, 10 with disclosure, 13 with the hourly
 * layout, +3 when yearly; 13 is read as the hourly layout, as no instance has both yet).
 */
function signalName(i: number, count: number): string {
  const yearly = count === 8 || count === 16;
  if (yearly && i >= count - 3) return YTD_SIGNAL_NAMES[i - (count - 3)]!;
  return SIGNAL_NAMES[i] ?? `signal ${i}`;
}
const now = (): number => globalThis.performance.now();

/**
 * Runs the job on this thread with the same messages a worker would send. The job module, and
 * snarkjs with it (~200 modules, ~0.13 CPU-s), is loaded by the first inline proof, not by every
 * importer of the prover.
 */
async function runInline(req: ProveRequest, onProgress: (m: WorkerMessage & { type: 'progress' }) => void): Promise<JobResult> {
  const { runProveJob } = await import('./worker/job.js');
  return new Promise((resolve, reject) => {
    void runProveJob(req, (m) => {
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'result') resolve({ proof: m.proof, publicSignals: m.publicSignals, witnessMs: m.witnessMs, provingMs: m.provingMs });
      else if (m.type === 'error') reject(jobError(m));
    });
  });
}

function checkParams(a: CircuitArtifacts): {
  intervalsPerDay: number;
  maxDays: number;
  readingBits: number;
  demand: boolean;
  disclose: boolean;
  disclosureLayout: DisclosureLayout;
  yearly: boolean;
  zone: boolean;
} {
  const { intervalsPerDay, maxDays, readingBits, demand, disclose, yearly, zone } = a.params;
  if (intervalsPerDay === undefined || maxDays === undefined) {
    throw new ValidationError('circuit', `${a.name} is not a bill circuit (its manifest params have no intervalsPerDay/maxDays)`);
  }
  return {
    intervalsPerDay,
    maxDays,
    readingBits: readingBits ?? 16,
    demand: demand === 1,
    disclose: disclose === 1 || disclose === 2,
    disclosureLayout: disclose === 2 ? 2 : 1,
    yearly: yearly === 1,
    zone: zone === 1,
  };
}

/**
 * Proves a bill on `platform`. See the platform's `proveBill` for the public contract.
 */
export async function proveBillOn(platform: ProverPlatform, options: ProveBillBaseOptions): Promise<BillProof> {
  if (typeof options !== 'object' || options === null) throw new ValidationError('options', 'must be an object');
  const { tariff, signedPeriod, domain, signal } = options;
  const t0 = now();
  const emit = (event: ProveProgress): void => {
    try {
      options.onProgress?.(event);
    } catch {
      // A failing progress display must not fail the proof.
    }
  };
  const step = async <T>(phase: ProvePhase, fn: () => Promise<T>): Promise<[T, number]> => {
    if (signal?.aborted) throw abortReason(signal);
    emit({ phase, state: 'start' });
    const t = now();
    const out = await fn();
    const ms = now() - t;
    emit({ phase, state: 'done', ms });
    return [out, ms];
  };

  const circuit = options.circuit ?? options.artifacts?.name;
  if (typeof circuit !== 'string' || circuit === '')
    throw new ValidationError('circuit', 'must name the circuit (e.g. bill_1d_30m) when no artifacts are given');
  if (options.artifacts !== undefined && options.artifacts.name !== circuit) {
    throw new ValidationError('artifacts', `are for circuit ${options.artifacts.name}, not ${circuit}`);
  }

  // Everything about the tariff and the period is checked before any artifact is touched.
  const disclosure = options.disclosure === undefined ? {} : { disclose: true, disclosure: options.disclosure };
  // One new salt for both the expected signals and the witness, so that they agree.
  const yearToDate =
    options.yearToDate === undefined ? undefined : { opening: options.yearToDate.opening, newSalt: options.yearToDate.newSalt ?? newTariffSalt() };
  let [expected, validateMs] = await step('validate', () =>
    expectedPublicSignals(tariff, signedPeriod, { domain, ...disclosure, ...(yearToDate ? { yearToDate } : {}) }),
  );
  const [artifacts, artifactsMs] = await step('artifacts', () => (options.artifacts ? Promise.resolve(options.artifacts) : platform.loadArtifacts(circuit)));
  // The circuit-specific checks (resolution, period length, reading width) need its params.
  // The circuit decides whether a disclosure is needed: buildBillInput refuses one missing or extra.
  const params = checkParams(artifacts);
  // The hourly layout (`"disclose": 2`) encrypts three more elements: its signals follow from the circuit's params.
  if (params.disclosureLayout === 2 && options.disclosure !== undefined) {
    expected = await expectedPublicSignals(tariff, signedPeriod, { domain, ...disclosure, disclosureLayout: 2, ...(yearToDate ? { yearToDate } : {}) });
  }
  const input = await buildBillInput(tariff, signedPeriod, {
    ...params,
    domain,
    ...(options.disclosure === undefined ? {} : { disclosure: options.disclosure }),
    ...(yearToDate ? { yearToDate } : {}),
  });

  if (signal?.aborted) throw abortReason(signal);
  const req: ProveRequest = { type: 'prove', circuit, input, wasm: artifacts.wasm, zkey: artifacts.zkey };
  const relay = (m: { phase: 'witness' | 'proving'; state: 'start' | 'done'; ms?: number }): void =>
    emit(m.ms === undefined ? { phase: m.phase, state: m.state } : { phase: m.phase, state: m.state, ms: m.ms });
  const run = (): Promise<JobResult> => (options.inline ? runInline(req, relay) : platform.runOnWorker(req, relay, signal));
  const cache = platform.proofCache?.();
  let job: JobResult;
  const out = cache === undefined ? { proved: await run() } : await cache.through(artifacts, input, run);
  if ('proved' in out) job = out.proved;
  else {
    // The statement was proved before (same proving key, witness calculator and input): its proof is reused.
    for (const phase of ['witness', 'proving'] as const) {
      relay({ phase, state: 'start' });
      relay({ phase, state: 'done', ms: 0 });
    }
    job = { proof: out.cached.proof, publicSignals: out.cached.publicSignals, witnessMs: 0, provingMs: 0 };
  }
  // Inline proving cannot be interrupted mid-phase; honour a cancellation that came meanwhile.
  if (signal?.aborted) throw abortReason(signal);

  const [publicSignals, checkMs] = await step('check', async () => {
    const got = job.publicSignals;
    if (got.length !== expected.length) {
      throw new ProofError(`circuit ${circuit} output ${got.length} public signals, the bill spec has ${expected.length}`);
    }
    const i = got.findIndex((v, k) => v !== expected[k]);
    if (i >= 0) {
      const field = `publicSignals[${i}]`;
      throw new ProofError(
        `${field} (${signalName(i, got.length)}) is ${got[i]} from circuit ${circuit} but ${expected[i]} from the reference engine; the circuit and the engine disagree`,
        { field },
      );
    }
    return [...got] as BillPublicSignals;
  });

  const ytdNew = yearToDate === undefined ? undefined : await yearToDateAfter(tariff, signedPeriod, yearToDate);
  return {
    proof: job.proof,
    publicSignals,
    circuit,
    timings: { validateMs, artifactsMs, witnessMs: job.witnessMs, provingMs: job.provingMs, checkMs, totalMs: now() - t0 },
    ...(ytdNew ? { yearToDate: ytdNew } : {}),
  };
}
