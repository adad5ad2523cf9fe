/**
 * Proving a bill, independent of the platform: validate, load artifacts, build the witness
 * input, prove (in a worker or inline), and check the proof's public signals against the
 * reference engine. Node (./prove-bill.ts) and browsers (./browser.ts) only supply artifact
 * loading and worker startup.
 * @packageDocumentation
 */
import { ProofError, ValidationError } from '../../core/src/errors.js';
import { buildBillInput, expectedPublicSignals } from './bill-input.js';
import { abortReason, jobError, runOnWorker } from './worker/host.js';
import { runProveJob } from './worker/job.js';
const SIGNAL_NAMES = ['keyHash', 'tariffCommitment', 'period', 'amounts', 'domain'];
const now = () => globalThis.performance.now();
/** Runs the job on this thread with the same messages a worker would send. */
function runInline(req, onProgress) {
    return new Promise((resolve, reject) => {
        void runProveJob(req, (m) => {
            if (m.type === 'progress')
                onProgress(m);
            else if (m.type === 'result')
                resolve({ proof: m.proof, publicSignals: m.publicSignals, witnessMs: m.witnessMs, provingMs: m.provingMs });
            else if (m.type === 'error')
                reject(jobError(m));
        });
    });
}
function checkParams(a) {
    const { intervalsPerDay, maxDays, readingBits } = a.params;
    if (intervalsPerDay === undefined || maxDays === undefined) {
        throw new ValidationError('circuit', `${a.name} is not a bill circuit (its manifest params have no intervalsPerDay/maxDays)`);
    }
    return { intervalsPerDay, maxDays, readingBits: readingBits ?? 16 };
}
/**
 * Proves a bill on `platform`. See the platform's `proveBill` for the public contract.
 */
export async function proveBillOn(platform, options) {
    if (typeof options !== 'object' || options === null)
        throw new ValidationError('options', 'must be an object');
    const { tariff, signedPeriod, domain, signal } = options;
    const t0 = now();
    const emit = (event) => {
        try {
            options.onProgress?.(event);
        }
        catch {
            // A failing progress display must not fail the proof.
        }
    };
    const step = async (phase, fn) => {
        if (signal?.aborted)
            throw abortReason(signal);
        emit({ phase, state: 'start' });
        const t = now();
        const out = await fn();
        const ms = now() - t;
        emit({ phase, state: 'done', ms });
        return [out, ms];
    };
    const circuit = options.circuit ?? options.artifacts?.name;
    if (typeof circuit !== 'string' || circuit === '')
        throw new ValidationError('circuit', 'must name the circuit (e.g. bill_1d_30m) when no artifacts are given');
    if (options.artifacts !== undefined && options.artifacts.name !== circuit) {
        throw new ValidationError('artifacts', `are for circuit ${options.artifacts.name}, not ${circuit}`);
    }
    // Everything about the tariff and the period is checked before any artifact is touched.
    const [expected, validateMs] = await step('validate', () => expectedPublicSignals(tariff, signedPeriod, { domain }));
    const [artifacts, artifactsMs] = await step('artifacts', () => options.artifacts ? Promise.resolve(options.artifacts) : platform.loadArtifacts(circuit));
    // The circuit-specific checks (resolution, period length, reading width) need its params.
    const input = await buildBillInput(tariff, signedPeriod, { ...checkParams(artifacts), domain });
    if (signal?.aborted)
        throw abortReason(signal);
    const req = { type: 'prove', circuit, input, wasm: artifacts.wasm, zkey: artifacts.zkey };
    const relay = (m) => emit(m.ms === undefined ? { phase: m.phase, state: m.state } : { phase: m.phase, state: m.state, ms: m.ms });
    const job = options.inline ? await runInline(req, relay) : await runOnWorker(platform.startWorker(), req, [], relay, signal);
    // Inline proving cannot be interrupted mid-phase; honour a cancellation that came meanwhile.
    if (signal?.aborted)
        throw abortReason(signal);
    const [publicSignals, checkMs] = await step('check', async () => {
        const got = job.publicSignals;
        if (got.length !== expected.length) {
            throw new ProofError(`circuit ${circuit} output ${got.length} public signals, the bill spec has ${expected.length}`);
        }
        const i = got.findIndex((v, k) => v !== expected[k]);
        if (i >= 0) {
            const field = `publicSignals[${i}]`;
            throw new ProofError(`${field} (${SIGNAL_NAMES[i]}) is ${got[i]} from circuit ${circuit} but ${expected[i]} from the reference engine; the circuit and the engine disagree`, { field });
        }
        return [...got];
    });
    return {
        proof: job.proof,
        publicSignals,
        circuit,
        timings: { validateMs, artifactsMs, witnessMs: job.witnessMs, provingMs: job.provingMs, checkMs, totalMs: now() - t0 },
    };
}
//# sourceMappingURL=prove-core.js.map