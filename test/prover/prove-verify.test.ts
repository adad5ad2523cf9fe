// proveBill and verifyBill on the real bill_1d_30m circuit: one proof through the worker
// thread, one inline, both checked off-chain, decoded, and tampered with.
import * as snarkjs from 'snarkjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProofError } from '../../core/src/errors.js';
import { loadCircuitArtifacts, type CircuitArtifacts } from '../../prover/src/artifacts/index.js';
import { shutdownProver } from '../../prover/src/groth16.js';
import { decodeBillSignals, proveBill, toSettlementArgs, verifyBill, type BillProof, type PlainProof, type ProveProgress } from '../../prover/src/index.js';
import { CHAIN_ID, CIRCUIT, DOMAIN, SETTLEMENT, halfHourTariff, referenceBill, signedDay } from './fixtures.js';
import { PROOF_CACHE_ENV } from '../../prover/src/proof-cache.js';
import { builtFromCheckedCode } from '../../prover/src/bn128-curve.js';

// These tests exercise proving itself (the worker, its phases and timings): never a proof from the run's cache.
delete process.env[PROOF_CACHE_ENV];

/** BN254 base field order; negating a G1 point maps y to Q - y. */
const Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583n;
/** BN254 scalar field order. */
const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

const tariff = halfHourTariff();
let signedPeriod: Awaited<ReturnType<typeof signedDay>>;
let artifacts: CircuitArtifacts;
let viaWorker: BillProof;
const events: ProveProgress[] = [];

beforeAll(async () => {
  signedPeriod = await signedDay();
  artifacts = await loadCircuitArtifacts(CIRCUIT);
  viaWorker = await proveBill({ tariff, signedPeriod, circuit: CIRCUIT, domain: DOMAIN, onProgress: (e) => events.push(e) });
  const t = viaWorker.timings;
  console.info(
    `${CIRCUIT} via worker: validate ${t.validateMs.toFixed(0)} ms, artifacts ${t.artifactsMs.toFixed(0)} ms, ` +
      `witness ${t.witnessMs.toFixed(0)} ms, proving ${t.provingMs.toFixed(0)} ms, total ${t.totalMs.toFixed(0)} ms`,
  );
});

afterAll(async () => {
  await shutdownProver();
});

const clone = <T>(x: T): T => structuredClone(x);

describe('proveBill through a worker thread', () => {
  it('reports every phase in order, each started then finished', () => {
    const phases = ['validate', 'artifacts', 'witness', 'proving', 'check'];
    expect(events.map((e) => `${e.phase}:${e.state}`)).toEqual(phases.flatMap((p) => [`${p}:start`, `${p}:done`]));
    for (const e of events.filter((x) => x.state === 'done')) expect(e.ms).toBeGreaterThanOrEqual(0);
  });

  it('returns plain JSON data: decimal strings, the circuit name', () => {
    expect(JSON.parse(JSON.stringify(viaWorker))).toEqual(viaWorker);
    expect(viaWorker.circuit).toBe(CIRCUIT);
    expect(viaWorker.proof.protocol).toBe('groth16');
    expect(viaWorker.proof.curve).toBe('bn128');
    for (const s of [...viaWorker.proof.pi_a, ...viaWorker.proof.pi_b.flat(), ...viaWorker.proof.pi_c, ...viaWorker.publicSignals]) {
      expect(s).toMatch(/^(0|[1-9][0-9]*)$/);
    }
  });

  it('verifies with the circuit verification key', async () => {
    expect(await verifyBill({ ...viaWorker, vkey: artifacts.vkey })).toBe(true);
  });

  it('decodes to the reference bill, the meter period and the settlement domain', () => {
    const bill = referenceBill(tariff, signedPeriod);
    expect(bill.charge).toBeGreaterThan(0n);
    expect(bill.credit).toBeGreaterThan(0n);
    const d = decodeBillSignals(viaWorker.publicSignals);
    expect(d).toMatchObject({
      meterId: signedPeriod.meterId,
      periodStart: signedPeriod.periodStart,
      intervalCount: 48,
      intervalSeconds: 1800,
      nonActualCount: 0,
      charge: bill.charge,
      credit: bill.credit,
      chainId: CHAIN_ID,
      contract: SETTLEMENT.toLowerCase(),
    });
  });

  it('gives the verifier and settle arguments exactly as snarkjs exportSolidityCallData', async () => {
    const calldata: string = await snarkjs.groth16.exportSolidityCallData(viaWorker.proof, viaWorker.publicSignals);
    const [a, b, c, s] = JSON.parse(`[${calldata}]`) as [string[], string[][], string[], string[]];
    const args = toSettlementArgs(viaWorker);
    expect(args.a).toEqual(a.map(BigInt));
    expect(args.b).toEqual(b.map((pair) => pair.map(BigInt)));
    expect(args.c).toEqual(c.map(BigInt));
    expect(args.signals).toEqual(s.map(BigInt));
  });
});

describe('proveBill inline', () => {
  it('proves on the calling thread, with the same public signals, and the proof verifies', async () => {
    const phases: string[] = [];
    const inline = await proveBill({
      tariff,
      signedPeriod,
      domain: DOMAIN,
      artifacts,
      inline: true,
      onProgress: (e) => phases.push(`${e.phase}:${e.state}`),
    });
    const t = inline.timings;
    console.info(`${CIRCUIT} inline: witness ${t.witnessMs.toFixed(0)} ms, proving ${t.provingMs.toFixed(0)} ms, total ${t.totalMs.toFixed(0)} ms`);
    expect(inline.circuit).toBe(CIRCUIT);
    expect(inline.publicSignals).toEqual(viaWorker.publicSignals);
    expect(phases.filter((p) => p.endsWith(':start'))).toEqual(['validate:start', 'artifacts:start', 'witness:start', 'proving:start', 'check:start']);
    expect(await verifyBill({ ...inline, vkey: artifacts.vkey })).toBe(true);
    // from the checked cached wasm (prover/src/bn128-curve.ts), not ffjavascript's code generation
    expect(builtFromCheckedCode((globalThis as { curve_bn128?: unknown }).curve_bn128)).toBe(true);
    // Groth16 proofs are randomized: two honest proofs of one statement differ.
    expect(inline.proof.pi_a).not.toEqual(viaWorker.proof.pi_a);
  });
});

describe('verifyBill rejects tampering', () => {
  it('a negated A (still a curve point)', async () => {
    const proof = clone(viaWorker.proof);
    proof.pi_a[1] = (Q - BigInt(proof.pi_a[1])).toString();
    expect(await verifyBill({ proof, publicSignals: viaWorker.publicSignals, vkey: artifacts.vkey })).toBe(false);
  });

  it('a point moved off the curve', async () => {
    const proof = clone(viaWorker.proof);
    proof.pi_c[0] = (BigInt(proof.pi_c[0]) + 1n).toString();
    expect(await verifyBill({ proof, publicSignals: viaWorker.publicSignals, vkey: artifacts.vkey })).toBe(false);
  });

  it.each([
    ['keyHash', 0],
    ['tariffCommitment', 1],
    ['period', 2],
    ['amounts (charge + 1)', 3],
    ['domain', 4],
  ])('a changed public signal: %s', async (_name, i) => {
    const publicSignals = [...viaWorker.publicSignals];
    publicSignals[i] = (BigInt(publicSignals[i]!) + 1n).toString();
    expect(await verifyBill({ proof: viaWorker.proof, publicSignals, vkey: artifacts.vkey })).toBe(false);
  });
});

describe('malformed proofs and signals are ProofErrors naming the field', () => {
  const cases: [string, (p: PlainProof, s: string[]) => unknown, string][] = [
    ['pi_a too short', (p) => p.pi_a.pop(), 'proof.pi_a'],
    ['a coordinate >= base field', (p) => (p.pi_b[1][0] = Q.toString()), 'proof.pi_b[1][0]'],
    ['a hex coordinate', (p) => (p.pi_c[1] = '0x12'), 'proof.pi_c[1]'],
    ['a number instead of a string', (p) => ((p.pi_a as unknown[])[0] = 5), 'proof.pi_a[0]'],
    ['wrong protocol', (p) => ((p as { protocol: string }).protocol = 'plonk'), 'proof.protocol'],
    ['a signal >= scalar field', (_p, s) => (s[4] = (BigInt(s[4]!) + R).toString()), 'publicSignals[4]'],
    ['a negative signal', (_p, s) => (s[3] = '-1'), 'publicSignals[3]'],
    ['four signals', (_p, s) => s.pop(), 'publicSignals'],
  ];
  it.each(cases)('%s', async (_name, mutate, field) => {
    const proof = clone(viaWorker.proof);
    const publicSignals = [...viaWorker.publicSignals];
    mutate(proof, publicSignals);
    const err = await verifyBill({ proof, publicSignals, vkey: artifacts.vkey }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ProofError);
    expect((err as ProofError).field).toBe(field);
    expect((err as ProofError).message).toMatch(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}: `));
  });

  it('decodeBillSignals rejects a signal that is not a packed period', () => {
    const publicSignals = [...viaWorker.publicSignals];
    publicSignals[2] = (1n << 200n).toString();
    expect(() => decodeBillSignals(publicSignals)).toThrow(ProofError);
    expect(() => decodeBillSignals(publicSignals)).toThrow(/^publicSignals\[2\]: \(period\)/);
  });

  it('a verification key for another circuit size', async () => {
    const vkey = { ...(artifacts.vkey as object), nPublic: 3 };
    await expect(verifyBill({ ...viaWorker, vkey })).rejects.toThrow(/^vkey\.nPublic: /);
  });
});
