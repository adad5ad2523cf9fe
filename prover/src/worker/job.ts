/**
 * The proving job itself, shared by the Node worker, the browser worker and inline proving:
 * the witness first, then the Groth16 proof, so the two phases report (and are timed)
 * separately.
 * @packageDocumentation
 */
import * as snarkjs from 'snarkjs';
import { prepareCurve, type Groth16Proof } from '../groth16.js';
import { installSingleThreadCurve } from './curve.js';
import type { ErrorMessage, ProveRequest, WorkerMessage } from './protocol.js';

const now = (): number => globalThis.performance.now();

/** First line of an error's message: circom and snarkjs append stack-like detail below it. */
function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0]!.trim() || 'unknown error';
}

function isBytes(v: unknown): v is Uint8Array {
  return v instanceof Uint8Array && v.byteLength > 0;
}

function requestProblem(req: unknown): string | undefined {
  if (typeof req !== 'object' || req === null) return 'expected a prove request object';
  const r = req as Partial<ProveRequest>;
  if (r.type !== 'prove') return `unknown request type ${String(r.type)}`;
  if (typeof r.input !== 'object' || r.input === null) return 'input must be an object';
  if (!isBytes(r.wasm)) return 'wasm must be non-empty bytes';
  if (!isBytes(r.zkey)) return 'zkey must be non-empty bytes';
  return undefined;
}

/** How the job may use threads. */
export interface JobOptions {
  /**
   * Do the curve arithmetic on this thread only. Needed inside a Node worker thread, where
   * ffjavascript cannot start its helper threads (its `web-worker` dependency only starts
   * workers from the main thread); elsewhere snarkjs uses one helper thread per core. The curve
   * is then built by the first job and kept for the next ones in this thread (../bn128-curve.ts on
   * Node, ./curve.ts in a browser), so only a worker thread may set it.
   */
  singleThread?: boolean;
}

/**
 * Runs a {@link ProveRequest} and reports through `emit`: progress messages, then exactly one
 * `result` or `error` message. Never throws.
 */
export async function runProveJob(req: ProveRequest, emit: (m: WorkerMessage) => void, opts: JobOptions = {}): Promise<void> {
  const problem = requestProblem(req);
  if (problem !== undefined) {
    emit({ type: 'error', phase: 'request', message: problem } satisfies ErrorMessage);
    return;
  }
  const name = typeof req.circuit === 'string' ? req.circuit : 'circuit';
  // fastfile reads a Uint8Array as an in-memory file, and writes the witness to one.
  const wtns: { type: 'mem'; data?: Uint8Array } = { type: 'mem' };
  let t = now();
  emit({ type: 'progress', phase: 'witness', state: 'start' });
  try {
    await snarkjs.wtns.calculate(req.input, req.wasm, wtns);
  } catch (e) {
    emit({ type: 'error', phase: 'witness', message: `no witness of ${name} satisfies this input: ${firstLine(e)}` });
    return;
  }
  const witnessMs = now() - t;
  emit({ type: 'progress', phase: 'witness', state: 'done', ms: witnessMs });

  t = now();
  emit({ type: 'progress', phase: 'proving', state: 'start' });
  let out: { proof: Groth16Proof; publicSignals: string[] };
  try {
    // The kept curve is installed where snarkjs looks for a multi-threaded one: on Node the one built
    // from the checked cached wasm (single-threaded in a worker thread), in a browser worker without
    // helper threads a single-threaded one.
    if (!(await prepareCurve()) && opts.singleThread === true) await installSingleThreadCurve();
    out = (await snarkjs.groth16.prove(req.zkey, wtns, undefined, { singleThread: false })) as typeof out;
  } catch (e) {
    emit({ type: 'error', phase: 'proving', message: `cannot prove ${name}: ${firstLine(e)}` });
    return;
  }
  const provingMs = now() - t;
  emit({ type: 'progress', phase: 'proving', state: 'done', ms: provingMs });
  // snarkjs returns plain objects already; copy to drop any extra fields it may add.
  const proof: Groth16Proof = {
    pi_a: [...out.proof.pi_a] as Groth16Proof['pi_a'],
    pi_b: out.proof.pi_b.map((p) => [...p]) as Groth16Proof['pi_b'],
    pi_c: [...out.proof.pi_c] as Groth16Proof['pi_c'],
    protocol: 'groth16',
    curve: 'bn128',
  };
  emit({ type: 'result', proof, publicSignals: [...out.publicSignals], witnessMs, provingMs });
}
