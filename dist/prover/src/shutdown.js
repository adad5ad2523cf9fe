/**
 * Stopping snarkjs's worker threads, without loading snarkjs: callers that may never have
 * proved anything (the CLI's `--help`) can call it for free.
 * @packageDocumentation
 */
/**
 * Stop snarkjs's worker threads so a CLI process can exit. Proving again
 * afterwards starts them anew.
 */
export async function shutdownProver() {
    const g = globalThis;
    if (g.curve_bn128)
        await g.curve_bn128.terminate();
}
//# sourceMappingURL=shutdown.js.map