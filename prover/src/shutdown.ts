/**
 * Stopping snarkjs's worker threads and the prover's idle workers, without loading snarkjs:
 * callers that may never have proved anything (the CLI's `--help`) can call it for free.
 * @packageDocumentation
 */

/** Releases of resources kept between proofs (the Node worker pool registers its own). */
const releases = new Set<() => void>();

/**
 * Have {@link shutdownProver} call `release` (idempotent registrations: a function is kept once).
 * For the prover's own modules, which keep workers between proofs.
 */
export function registerProverRelease(release: () => void): void {
  releases.add(release);
}

/**
 * Stop snarkjs's worker threads and terminate the prover workers kept idle between proofs, so
 * that their memory is freed and a CLI process can exit. Proving again afterwards starts them anew.
 */
export async function shutdownProver(): Promise<void> {
  for (const release of releases) release();
  const g = globalThis as { curve_bn128?: { terminate(): Promise<void> } | null };
  if (g.curve_bn128) await g.curve_bn128.terminate();
}
