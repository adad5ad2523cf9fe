/**
 * The BN254 curve of a single-threaded prover worker, built once and kept for its next jobs.
 *
 * ffjavascript caches the curve it builds (in `globalThis.curve_bn128`) only in multi-threaded
 * mode, and a worker thread cannot use that mode (its helper threads start only from the main
 * thread); building the curve anew cost each proof ~0.3-0.5 s of CPU. So the worker builds a
 * single-threaded curve once and puts it in that slot: snarkjs, asked for a multi-threaded curve,
 * then gets it from the slot and never starts a helper thread. Only for threads that prove in
 * single-threaded mode (workers): on the main thread the slot belongs to ffjavascript. Browsers only:
 * on Node, ../bn128-curve.ts fills the slot from the checked cached wasm instead.
 * @packageDocumentation
 */
import * as snarkjs from 'snarkjs';

interface Curve {
  terminate(): Promise<void>;
}

let built: Promise<Curve> | undefined;

/**
 * Builds (on the first call) the single-threaded BN254 curve and installs it where snarkjs finds
 * it when proving without `singleThread`. Rejects when the curve cannot be built; the next call
 * tries again.
 */
export async function installSingleThreadCurve(): Promise<void> {
  built ??= (snarkjs.curves.getCurveFromName('bn128', { singleThread: true }) as Promise<Curve>).catch((e: unknown) => {
    built = undefined;
    throw e;
  });
  (globalThis as { curve_bn128?: Curve | null }).curve_bn128 = await built;
}
