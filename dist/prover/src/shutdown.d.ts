/**
 * Stopping snarkjs's worker threads, without loading snarkjs: callers that may never have
 * proved anything (the CLI's `--help`) can call it for free.
 * @packageDocumentation
 */
/**
 * Stop snarkjs's worker threads so a CLI process can exit. Proving again
 * afterwards starts them anew.
 */
export declare function shutdownProver(): Promise<void>;
