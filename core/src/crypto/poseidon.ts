/**
 * Typed Poseidon over BN254, exactly circomlib's `Poseidon(K)` (circomlibjs wasm build).
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { isFieldElement } from './field.js';

interface CircomlibPoseidon {
  (inputs: unknown[]): Uint8Array;
  F: { toObject(e: Uint8Array): bigint };
}

/**
 * Where the instance is kept: one per JavaScript realm (process, worker, page), not per copy of
 * this module. A realm can evaluate the module more than once (two copies of the package, a test
 * runner that re-evaluates the sources for each file in one process), and each build generates
 * and compiles circomlibjs's wasm again (~0.25-0.35 s of CPU). Poseidon is a fixed function: any
 * instance hashes alike.
 */
const SLOT = Symbol.for('wattproof.core.poseidon');
type Slot = { [SLOT]?: Promise<CircomlibPoseidon> };

/** The shared circomlibjs Poseidon instance (built once per realm: building compiles wasm). */
export function getPoseidon(): Promise<CircomlibPoseidon> {
  const g = globalThis as Slot;
  // circomlibjs is imported on first use: loading it costs about half a second, which tools
  // that never hash (a CLI printing a bill) should not pay. A failed build is not kept.
  g[SLOT] ??= import('circomlibjs')
    .then(({ buildPoseidon }) => buildPoseidon() as Promise<CircomlibPoseidon>)
    .catch((e: unknown) => {
      delete g[SLOT];
      throw e;
    });
  return g[SLOT];
}

/**
 * `PoseidonK(inputs)` with K = inputs.length (1..16), as circomlib's template computes it.
 * Inputs must be canonical field elements: reducing silently would let two different
 * inputs hash alike.
 */
export async function poseidon(inputs: readonly bigint[]): Promise<bigint> {
  if (inputs.length < 1 || inputs.length > 16) {
    throw new ValidationError('poseidon.inputs', `must have 1..16 elements, got ${inputs.length}`);
  }
  inputs.forEach((v, i) => {
    if (!isFieldElement(v)) throw new ValidationError(`poseidon.inputs[${i}]`, 'must be a field element (0 <= v < p)');
  });
  const h = await getPoseidon();
  return h.F.toObject(h([...inputs]));
}
