import type { SignedPeriod } from '../../core/src/meter/sign.js';
import type { Tariff } from '../../core/src/tariff/schema.js';
import type { CircuitArtifacts } from './artifacts/index.js';
import { type BillPublicSignals } from './bill-input.js';
import type { Groth16Proof } from './groth16.js';
import { type WorkerEndpoint } from './worker/host.js';
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
    /** Already loaded artifacts; by default they are loaded (and sha256-checked) for `circuit`. */
    artifacts?: CircuitArtifacts;
    /** Called as each phase starts and finishes. Exceptions it throws are ignored. */
    onProgress?: (event: ProveProgress) => void;
    /** Cancels proving: the worker is terminated and proveBill rejects with the signal's reason. */
    signal?: AbortSignal;
    /** Prove on the calling thread instead of a worker (tests, simple scripts). Default false. */
    inline?: boolean;
}
/** What a platform supplies. */
export interface ProverPlatform {
    loadArtifacts(circuit: string): Promise<CircuitArtifacts>;
    startWorker(): WorkerEndpoint;
}
/**
 * Proves a bill on `platform`. See the platform's `proveBill` for the public contract.
 */
export declare function proveBillOn(platform: ProverPlatform, options: ProveBillBaseOptions): Promise<BillProof>;
