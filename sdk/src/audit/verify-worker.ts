/**
 * worker_threads entry of the audit's proof verification: answers each {@link VerifyJob} with one
 * boolean per proof. Started by {@link VerifyPool} (./verify-pool.ts).
 * @packageDocumentation
 */
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { Groth16Proof } from '../../../prover/src/groth16.js';
import type { VerifyJob, VerifyAnswer } from './verify-pool.js';

const port = parentPort;
if (port === null) throw new Error('sdk/src/audit/verify-worker is a worker_threads entry; start it with new Worker(...)');

// ffjavascript cannot start its helper threads from inside a worker thread, and snarkjs's verify asks
// for the shared multi-threaded curve. Building a single-threaded curve first and leaving it where
// ffjavascript caches the shared one makes verify use it: one thread per worker, the pool is the
// parallelism. snarkjs is loaded through require, so that it and the curve come from the same
// (CommonJS) copy of ffjavascript: compiled ESM would otherwise load snarkjs's ESM build, whose
// ffjavascript instance does not accept a curve built by the other one (every proof "fails").
// snarkjs first: loading any copy of ffjavascript resets that cache to null, and snarkjs's own
// dependencies load another copy.
const require = createRequire(import.meta.url);
const snarkjs = require('snarkjs') as { groth16: { verify(vkey: unknown, signals: string[], proof: unknown): Promise<boolean> } };
const snarkjsRequire = createRequire(require.resolve('snarkjs'));
const ff = snarkjsRequire('ffjavascript') as { buildBn128(singleThread: boolean): Promise<unknown> };
(globalThis as { curve_bn128?: unknown }).curve_bn128 = await ff.buildBn128(true);

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
