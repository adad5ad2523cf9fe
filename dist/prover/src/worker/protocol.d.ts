/**
 * The message protocol between a prover host and its worker. One protocol for Node
 * worker_threads and browser Web Workers: every message is structured-clone data.
 * @packageDocumentation
 */
import type { Groth16Proof } from '../groth16.js';
/** The phases the worker reports, in order. */
export type WorkerPhase = 'witness' | 'proving';
/** Host → worker: prove one witness input with these artifact bytes. */
export interface ProveRequest {
    type: 'prove';
    /** Circuit name, for error messages. */
    circuit: string;
    /** Circuit input signals (decimal strings). */
    input: Record<string, string | string[]>;
    /** circom witness calculator. */
    wasm: Uint8Array;
    /** Groth16 proving key. */
    zkey: Uint8Array;
}
/**
 * Worker → host, once, when it listens: the host posts its request only then (a Node worker's
 * port drops messages that arrive before the entry module subscribes).
 */
export interface ReadyMessage {
    type: 'ready';
}
/** Worker → host: a phase started or finished (`ms` is set on `done`). */
export interface ProgressMessage {
    type: 'progress';
    phase: WorkerPhase;
    state: 'start' | 'done';
    ms?: number;
}
/** Worker → host: the proof. */
export interface ResultMessage {
    type: 'result';
    proof: Groth16Proof;
    publicSignals: string[];
    witnessMs: number;
    provingMs: number;
}
/**
 * Worker → host: the job failed. `phase` says where: a `witness` failure means the input does
 * not satisfy the circuit; a `proving` failure means the zkey does not fit the witness.
 */
export interface ErrorMessage {
    type: 'error';
    phase: WorkerPhase | 'request';
    message: string;
}
export type WorkerMessage = ReadyMessage | ProgressMessage | ResultMessage | ErrorMessage;
