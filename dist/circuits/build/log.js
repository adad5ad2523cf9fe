/**
 * Progress logging for the build pipeline.
 *
 * snarkjs and ffjavascript report progress through a logger object with
 * `log/debug/info/warn/error`; their `debug` lines arrive thousands of times a
 * second during an FFT, so they are throttled to one line every few seconds.
 */
const PROGRESS_INTERVAL_MS = 5000;
function fmtSeconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
/**
 * Create a build logger writing to stderr (stdout stays clean for data).
 * @param prefix - shown in brackets before each line, e.g. a circuit name
 * @param quiet - drop progress (`debug`) lines entirely
 */
export function createBuildLog(prefix = 'build', quiet = false) {
    let lastProgress = 0;
    const write = (line) => process.stderr.write(`[${prefix}] ${line}\n`);
    return {
        log: (m) => write(m),
        info: (m) => write(m),
        warn: (m) => write(`WARNING: ${m}`),
        error: (m) => write(`ERROR: ${m}`),
        debug: (m) => {
            if (quiet)
                return;
            const now = Date.now();
            if (now - lastProgress < PROGRESS_INTERVAL_MS)
                return;
            lastProgress = now;
            write(`  … ${m}`);
        },
        step(title) {
            const start = Date.now();
            write(`${title} …`);
            return () => write(`${title}: done in ${fmtSeconds(Date.now() - start)}`);
        },
        child(sub) {
            return createBuildLog(`${prefix}:${sub}`, quiet);
        },
    };
}
//# sourceMappingURL=log.js.map