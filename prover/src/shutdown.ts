/**
 * Stopping snarkjs's worker threads, without loading snarkjs: callers that may never have
 * proved anything (the CLI's `--help`) can call it for free.
 * @packageDocumentation
 */
/**
 * Stop snarkjs's worker threads so a CLI process can exit. Proving again
 * afterwards starts them anew.
 */
export async function shutdownProver(): Promise<void> {
  const g = globalThis as { curve_bn128?: { terminate(): Promise<void> } | null };
  if (g.curve_bn128) await g.curve_bn128.terminate();
}
