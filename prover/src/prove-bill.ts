/**
 * `proveBill` for Node: artifacts from the build directory, proving in a worker thread (kept
 * between proofs; `shutdownProver` or 30 s idle ends it, and it never keeps the process alive).
 * @packageDocumentation
 */
import { loadCircuitArtifacts } from './artifacts/index.js';
import { proveBillOn, type BillProof, type ProveBillBaseOptions } from './prove-core.js';
import { runOnNodeWorker } from './worker/node-host.js';
import { proofCacheFromEnv } from './proof-cache.js';

export type { BillProof, PlainProof, ProveBillBaseOptions, ProvePhase, ProveProgress, ProveTimings } from './prove-core.js';

/** Options of the Node {@link proveBill}. */
export interface ProveBillOptions extends ProveBillBaseOptions {
  /** Build directory to load artifacts from (default `$WATTPROOF_BUILD_DIR`, else `<repo>/build`). */
  buildDir?: string;
}

/**
 * Proves that `signedPeriod` billed under `tariff` yields the charge and credit the reference
 * engine computes, for settlement in `domain`.
 *
 * Steps, reported through `onProgress` in this order: `validate` (tariff, signed period and
 * domain; a bad one is a ValidationError naming the field, before anything else), `artifacts`
 * (wasm and zkey of `circuit`, sha256-checked against the build manifest; ArtifactError),
 * `witness` and `proving` (in a worker thread unless `inline`), `check` (the proof's public
 * signals must equal the engine's; a difference is a ProofError).
 *
 * @returns the proof and public signals as plain data (decimal strings), the circuit, timings
 * @throws ValidationError | ArtifactError | ProofError, or the signal's reason when aborted
 */
export function proveBill(options: ProveBillOptions): Promise<BillProof> {
  return proveBillOn(
    {
      loadArtifacts: (circuit) => loadCircuitArtifacts(circuit, options.buildDir === undefined ? undefined : { buildDir: options.buildDir }),
      runOnWorker: runOnNodeWorker,
      proofCache: () => proofCacheFromEnv(),
    },
    options,
  );
}
