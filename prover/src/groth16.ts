/**
 * Groth16 proving and verifying (snarkjs), and the conversion of a proof to
 * the argument layout of the generated Solidity verifiers.
 */
import { ProofError } from '../../core/src/errors.js';
import type { CircuitArtifacts } from './artifacts/index.js';

/**
 * snarkjs, loaded on first proof or verification: ~200 modules (~0.13 CPU-s a process) that the
 * modules importing this one only for toSolidityArgs or the types (SDK, CLI, contract code) need not load.
 */
let snarkjsModule: Promise<typeof import('snarkjs')> | undefined;
const loadSnarkjs = (): Promise<typeof import('snarkjs')> => (snarkjsModule ??= import('snarkjs'));

/** A snarkjs Groth16 proof: decimal strings, projective coordinates (z = 1). */
export interface Groth16Proof {
  pi_a: [string, string, string];
  pi_b: [[string, string], [string, string], [string, string]];
  pi_c: [string, string, string];
  protocol: 'groth16';
  curve: 'bn128';
}

/** Arguments of `verifyProof(uint[2] _pA, uint[2][2] _pB, uint[2] _pC, uint[N] _pubSignals)`. */
export interface SolidityProofArgs {
  a: [bigint, bigint];
  b: [[bigint, bigint], [bigint, bigint]];
  c: [bigint, bigint];
  signals: bigint[];
}

/**
 * On Node, put the bn128 curve built from the checked cached wasm (./bn128-curve.ts) where snarkjs
 * looks for it, sparing the wasm code generation; false elsewhere (browsers), where snarkjs builds
 * the curve itself. Loaded on demand: this module is also part of the browser's prover, and
 * ./bn128-curve.ts uses Node built-ins.
 */
export async function prepareCurve(): Promise<boolean> {
  if (typeof process === 'undefined' || typeof process.versions?.node !== 'string') return false;
  const { installBn128 } = await import('./bn128-curve.js');
  await installBn128();
  return true;
}

/** Witness generation failed: the input does not satisfy the circuit. */
export class ProvingError extends ProofError {
  override name = 'ProvingError';
}

/** A circom_runtime witness calculator, as far as this module calls it. */
interface WitnessCalculator {
  calculateWTNSBin(input: Record<string, unknown>, sanityCheck: boolean): Promise<Uint8Array>;
}

/**
 * Witness calculators by witness-calculator wasm (the artifacts' buffer), each with the tail of its queue.
 * snarkjs's fullProve builds one for every proof (compile, instantiate, a fresh memory: ~0.1 CPU-s, as much
 * as computing a 1-day market circuit's witness); circom_runtime's calculator, the one snarkjs builds,
 * resets every signal at each witness, so one per loaded circuit serves all its proofs. Its calls are
 * queued: it writes a witness into its memory and reads it back after an await, where another call on the
 * same calculator would overwrite it.
 */
const calculators = new WeakMap<Uint8Array, { calculator: Promise<WitnessCalculator>; tail: Promise<unknown> }>();

/** The witness (snarkjs's .wtns bytes) of `input` for the circuit whose witness calculator is `wasm`. */
async function witnessOf(input: Record<string, unknown>, wasm: Uint8Array): Promise<Uint8Array> {
  let entry = calculators.get(wasm);
  if (entry === undefined) {
    const { WitnessCalculatorBuilder } = (await import('circom_runtime')) as { WitnessCalculatorBuilder(code: Uint8Array): Promise<WitnessCalculator> };
    entry = calculators.get(wasm) ?? { calculator: WitnessCalculatorBuilder(wasm), tail: Promise.resolve() };
    calculators.set(wasm, entry);
  }
  const { calculator } = entry;
  // snarkjs's wtns.calculate: no sanity check (the witness is checked by the proof, the proof by its verifier)
  const run = entry.tail.then(async () => (await calculator).calculateWTNSBin(input, false));
  entry.tail = run.catch(() => undefined);
  try {
    return await run;
  } catch (e) {
    // an input the circuit refuses may leave the calculator mid-witness: the next proof builds a new one
    if (calculators.get(wasm) === entry) calculators.delete(wasm);
    throw e;
  }
}

/**
 * Compute the witness for `input` and prove it.
 * @param input - circuit input signals by name (bigint, number or decimal string; arrays for array signals)
 * @throws ProvingError when the input does not satisfy the circuit (circom's assert message included)
 */
export async function fullProve(input: Record<string, unknown>, a: CircuitArtifacts): Promise<{ proof: Groth16Proof; publicSignals: string[] }> {
  await prepareCurve();
  const snarkjs = await loadSnarkjs();
  try {
    // snarkjs's fullProve is these two steps, with a calculator built for every proof (see witnessOf)
    const wtns = await witnessOf(input, a.wasm);
    const { proof, publicSignals } = await snarkjs.groth16.prove(a.zkey, wtns);
    return { proof: proof as Groth16Proof, publicSignals: publicSignals as string[] };
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    throw new ProvingError(`cannot prove circuit ${a.name}: ${msg.split('\n')[0]}`, { cause: e });
  }
}

/** Check a proof against a verification key off-chain. */
export async function verify(vkey: unknown, proof: Groth16Proof, publicSignals: string[]): Promise<boolean> {
  // snarkjs logs to console only when given a logger; it returns false (never throws) on a bad proof,
  // but throws on malformed input, which is also "not valid".
  const snarkjs = await loadSnarkjs();
  try {
    await prepareCurve();
    return (await snarkjs.groth16.verify(vkey, publicSignals, proof)) === true;
  } catch {
    return false;
  }
}

/**
 * Convert to the generated verifier's arguments. G2 coordinates are swapped
 * within each pair (Fp2 elements as (imaginary, real), the order the EVM's
 * pairing precompile expects), exactly as snarkjs's exportSolidityCallData does.
 */
export function toSolidityArgs(proof: Groth16Proof, publicSignals: string[]): SolidityProofArgs {
  const n = (s: string) => BigInt(s);
  return {
    a: [n(proof.pi_a[0]), n(proof.pi_a[1])],
    b: [
      [n(proof.pi_b[0][1]), n(proof.pi_b[0][0])],
      [n(proof.pi_b[1][1]), n(proof.pi_b[1][0])],
    ],
    c: [n(proof.pi_c[0]), n(proof.pi_c[1])],
    signals: publicSignals.map(n),
  };
}

export { shutdownProver } from './shutdown.js';
