/**
 * Progress logging for the build pipeline.
 *
 * snarkjs and ffjavascript report progress through a logger object with
 * `log/debug/info/warn/error`; their `debug` lines arrive thousands of times a
 * second during an FFT, so they are throttled to one line every few seconds.
 */
/** The logger shape snarkjs accepts. */
export interface SnarkLogger {
    log(msg: string): void;
    debug(msg: string): void;
    info(msg: string): void;
    warn(msg: string): void;
    error(msg: string): void;
}
/** Build log: a prefix per step, elapsed time, throttled progress. */
export interface BuildLog extends SnarkLogger {
    /** Announce a step; returns a function that reports its duration. */
    step(title: string): () => void;
    /** A child logger whose lines carry an extra prefix. */
    child(prefix: string): BuildLog;
}
/**
 * Create a build logger writing to stderr (stdout stays clean for data).
 * @param prefix - shown in brackets before each line, e.g. a circuit name
 * @param quiet - drop progress (`debug`) lines entirely
 */
export declare function createBuildLog(prefix?: string, quiet?: boolean): BuildLog;
