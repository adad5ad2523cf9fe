// proveBill's Node workers are kept between proofs (prover/src/worker/pool.ts): consecutive
// proofs share one worker and its curve; a cancelled, failed or crashed worker is never reused;
// concurrent proofs get a worker each; an idle worker never keeps the process alive.
// proveBill itself is proved (and cancelled) on bill_1d_30m; where a check is about the pool, not
// the bill, the job is foundation_tiny's (~0.1 s against ~1.6 s): still a real proof on a pool
// worker, verified against its own vkey.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProofError } from '../../core/src/errors.js';
import { loadCircuitArtifacts, type CircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { buildBillInput } from '../../prover/src/bill-input.js';
import { verify } from '../../prover/src/groth16.js';
import { proveBill, shutdownProver, verifyBill, type BillProof } from '../../prover/src/index.js';
import { PROOF_CACHE_ENV } from '../../prover/src/proof-cache.js';
import type { JobResult } from '../../prover/src/worker/host.js';
import { nodeWorkerStats, runOnNodeWorker } from '../../prover/src/worker/node-host.js';
import type { ProveRequest } from '../../prover/src/worker/protocol.js';
import { CIRCUIT, DOMAIN, halfHourTariff, signedDay } from './fixtures.js';

// Every proof here must go through a worker: never one from the run's proof cache.
delete process.env[PROOF_CACHE_ENV];

const ROOT = resolve(__dirname, '../..');
const tariff = halfHourTariff();
let signedPeriod: Awaited<ReturnType<typeof signedDay>>;
let artifacts: CircuitArtifacts;
let tiny: CircuitArtifacts;

const prove = (signal?: AbortSignal, onProgress?: (e: { phase: string; state: string }) => void): Promise<BillProof> =>
  proveBill({ tariff, signedPeriod, artifacts, domain: DOMAIN, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) });

const verifies = (p: BillProof): Promise<boolean> => verifyBill({ ...p, vkey: artifacts.vkey });

/** foundation_tiny's public signals for secrets a, b and domain d: Poseidon(a, b), a * b, d. */
const tinyInput = (a: number, b: number, d: number) => ({ secretA: String(a), secretB: String(b), domain: String(d) });

/** A real proof of foundation_tiny through the pool. */
const proveTiny = (onProgress: () => void = () => undefined, a = 3, b = 5, d = 7): Promise<JobResult> =>
  runOnNodeWorker({ type: 'prove', circuit: 'foundation_tiny', input: tinyInput(a, b, d), wasm: tiny.wasm, zkey: tiny.zkey }, onProgress);

/**
 * A proof after whatever came before must be right: it verifies against the vkey and its
 * signals are the circuit's for this input.
 */
async function expectGoodProof(): Promise<void> {
  const p = await proveTiny();
  expect(p.publicSignals.slice(1)).toEqual(['15', '7']);
  expect(await verify(tiny.vkey, p.proof, p.publicSignals)).toBe(true);
}

beforeAll(async () => {
  signedPeriod = await signedDay();
  artifacts = await loadCircuitArtifacts(CIRCUIT);
  tiny = await loadCircuitArtifacts('foundation_tiny');
  await shutdownProver();
});

afterAll(async () => {
  await shutdownProver();
});

describe('consecutive proofs', () => {
  it('two proofs in a row run on one worker, and both verify', async () => {
    const before = nodeWorkerStats();
    const first = await prove();
    expect(nodeWorkerStats()).toEqual({ started: before.started + 1, idle: 1, busy: 0 });
    const second = await prove();
    expect(nodeWorkerStats()).toEqual({ started: before.started + 1, idle: 1, busy: 0 });
    expect(await verifies(first)).toBe(true);
    expect(await verifies(second)).toBe(true);
    // Same statement, fresh randomness: the kept worker did not replay its first proof.
    expect(second.publicSignals).toEqual(first.publicSignals);
    expect(second.proof.pi_a).not.toEqual(first.proof.pi_a);
  });
});

describe('a worker whose job did not end cleanly is not reused', () => {
  it('a cancelled proof terminates its (reused) worker; the next proof starts a new one and verifies', async () => {
    const before = nodeWorkerStats();
    expect(before.idle).toBe(1);
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    const error = await prove(controller.signal, (e) => {
      if (e.phase === 'proving' && e.state === 'start') controller.abort(reason);
    }).catch((e: unknown) => e);
    expect(error).toBe(reason);
    // The idle worker took the job and was terminated with it.
    expect(nodeWorkerStats()).toEqual({ started: before.started, idle: 0, busy: 0 });
    await expectGoodProof();
    expect(nodeWorkerStats()).toEqual({ started: before.started + 1, idle: 1, busy: 0 });
  });

  it('a job the witness refuses (bad input) ends its worker; the next proof is correct', async () => {
    const before = nodeWorkerStats();
    const input = await buildBillInput(tariff, signedPeriod, { intervalsPerDay: 48, maxDays: 1, domain: DOMAIN });
    const bad: ProveRequest = { type: 'prove', circuit: CIRCUIT, input: { ...input, domain: 'not a number' }, wasm: artifacts.wasm, zkey: artifacts.zkey };
    const error = await runOnNodeWorker(bad, () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProofError);
    expect((error as Error).message).toMatch(/no witness of bill_1d_30m/);
    expect(nodeWorkerStats()).toEqual({ started: before.started, idle: before.idle - 1, busy: 0 });
    await expectGoodProof();
  });

  it('a proving failure (the zkey of another circuit) ends its worker; the next proof is correct', async () => {
    const before = nodeWorkerStats();
    expect(before.idle).toBeGreaterThan(0);
    const input = await buildBillInput(tariff, signedPeriod, { intervalsPerDay: 48, maxDays: 1, domain: DOMAIN });
    const bad: ProveRequest = { type: 'prove', circuit: CIRCUIT, input, wasm: artifacts.wasm, zkey: tiny.zkey };
    const error = await runOnNodeWorker(bad, () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProofError);
    expect((error as Error).message).toMatch(/cannot prove bill_1d_30m/);
    expect(nodeWorkerStats()).toEqual({ started: before.started, idle: before.idle - 1, busy: 0 });
    await expectGoodProof();
    expect(nodeWorkerStats().started).toBe(before.started + 1);
  });
});

describe('concurrent proofs and shutdown', () => {
  it('shutdownProver ends the idle workers; two concurrent proofs run on two workers and both verify', async () => {
    await proveTiny();
    expect(nodeWorkerStats().idle).toBeGreaterThan(0);
    await shutdownProver();
    const before = nodeWorkerStats();
    expect(before.idle).toBe(0);
    let maxBusy = 0;
    const onProgress = (): void => {
      maxBusy = Math.max(maxBusy, nodeWorkerStats().busy);
    };
    const [a, b] = await Promise.all([proveTiny(onProgress, 3, 5, 7), proveTiny(onProgress, 4, 6, 8)]);
    expect(maxBusy).toBe(2);
    expect(nodeWorkerStats().started).toBe(before.started + 2);
    // Each job's answer is its own input's: the two workers did not mix them up.
    expect(a.publicSignals.slice(1)).toEqual(['15', '7']);
    expect(b.publicSignals.slice(1)).toEqual(['24', '8']);
    expect(await verify(tiny.vkey, a.proof, a.publicSignals)).toBe(true);
    expect(await verify(tiny.vkey, b.proof, b.publicSignals)).toBe(true);
  });
});

describe('an idle worker does not keep the process alive', () => {
  it('a script that proves once and never calls shutdownProver exits promptly', async () => {
    const script = `
      import { loadCircuitArtifacts } from ${JSON.stringify(`${ROOT}/prover/src/artifacts/index.js`)};
      import { nodeWorkerStats, runOnNodeWorker } from ${JSON.stringify(`${ROOT}/prover/src/worker/node-host.js`)};
      const { wasm, zkey } = await loadCircuitArtifacts('foundation_tiny');
      const input = ${JSON.stringify(tinyInput(3, 5, 7))};
      const p = await runOnNodeWorker({ type: 'prove', circuit: 'foundation_tiny', input, wasm, zkey }, () => undefined);
      process.stdout.write(JSON.stringify({ signals: p.publicSignals.length, stats: nodeWorkerStats() }) + '\\n');`;
    const env = { ...process.env };
    delete env[PROOF_CACHE_ENV];
    // A file, not `-e`: workers inherit the process's execArgv, and `--input-type` fails them.
    const dir = await mkdtemp(join(tmpdir(), 'wattproof-idle-'));
    const file = join(dir, 'prove-once.mts');
    await writeFile(file, script);
    const out = await new Promise<{ line: string; afterProofMs: number; code: number | null }>((res, rej) => {
      const child = spawn(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, env });
      let stdout = '';
      let stderr = '';
      let provedAt: number | undefined;
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        provedAt ??= Date.now();
      });
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // The idle timeout is 30 s: a child still alive at 60 s is kept alive by its worker.
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('error', rej);
      child.on('close', (code) => {
        clearTimeout(timer);
        if (provedAt === undefined) rej(new Error(`the script did not prove (code ${code}): ${stderr.slice(0, 2000)}`));
        else res({ line: stdout.trim(), afterProofMs: Date.now() - provedAt, code });
      });
    });
    await rm(dir, { recursive: true, force: true });
    expect(out.code).toBe(0);
    expect(JSON.parse(out.line)).toEqual({ signals: 3, stats: { started: 1, idle: 1, busy: 0 } });
    // Well below the 30 s idle timeout: the process ended because nothing else was left to run.
    expect(out.afterProofMs).toBeLessThan(5000);
  });
});
