/**
 * worker_threads entry of the audit's proof verification: answers each {@link VerifyJob} with one
 * boolean per proof. Started by {@link VerifyPool} (./verify-pool.ts).
 * @packageDocumentation
 */
import { parentPort } from 'node:worker_threads';
import * as snarkjs from 'snarkjs';
import { installBn128 } from '../../../prover/src/bn128-curve.js';
import type { Groth16Proof } from '../../../prover/src/groth16.js';
import type { VerifyJob, VerifyAnswer } from './verify-pool.js';

const port = parentPort;
if (port === null) throw new Error('sdk/src/audit/verify-worker is a worker_threads entry; start it with new Worker(...)');

// ffjavascript cannot start its helper threads from inside a worker thread, and snarkjs's verify asks
// for the shared multi-threaded curve. A single-threaded curve, built from the checked cached wasm by
// the ffjavascript that this (ESM) snarkjs loads and left where that ffjavascript keeps the shared
// one, makes verify use it: one thread per worker, the pool is the parallelism. (A curve from another
// copy of ffjavascript, such as the CommonJS build, is not accepted: every proof would "fail".)
await installBn128();

/** As prover/src/groth16.ts's verify: false for a bad proof, and for malformed input (snarkjs throws). */
async function verify(vkey: unknown, proof: Groth16Proof, publicSignals: string[]): Promise<boolean> {
  try {
    return (await snarkjs.groth16.verify(vkey, publicSignals, proof)) === true;
  } catch {
    return false;
  }
}

port.on('message', (job: VerifyJob) => {
  void (async () => {
    const ok: boolean[] = [];
    for (const item of job.items) ok.push(await verify(job.vkey, item.proof as Groth16Proof, item.publicSignals));
    port.postMessage({ id: job.id, ok } satisfies VerifyAnswer);
  })();
});
port.postMessage({ id: -1, ok: [] } satisfies VerifyAnswer);
