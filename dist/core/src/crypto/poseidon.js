/**
 * Typed Poseidon over BN254, exactly circomlib's `Poseidon(K)` (circomlibjs wasm build).
 * @packageDocumentation
 */
import { ValidationError } from '../errors.js';
import { isFieldElement } from './field.js';
let instance;
/** The shared circomlibjs Poseidon instance (built once: building compiles wasm). */
export function getPoseidon() {
    // circomlibjs is imported on first use: loading it costs about half a second, which tools
    // that never hash (a CLI printing a bill) should not pay.
    instance ??= import('circomlibjs').then(({ buildPoseidon }) => buildPoseidon());
    return instance;
}
/**
 * `PoseidonK(inputs)` with K = inputs.length (1..16), as circomlib's template computes it.
 * Inputs must be canonical field elements: reducing silently would let two different
 * inputs hash alike.
 */
export async function poseidon(inputs) {
    if (inputs.length < 1 || inputs.length > 16) {
        throw new ValidationError('poseidon.inputs', `must have 1..16 elements, got ${inputs.length}`);
    }
    inputs.forEach((v, i) => {
        if (!isFieldElement(v))
            throw new ValidationError(`poseidon.inputs[${i}]`, 'must be a field element (0 <= v < p)');
    });
    const h = await getPoseidon();
    return h.F.toObject(h([...inputs]));
}
//# sourceMappingURL=poseidon.js.map