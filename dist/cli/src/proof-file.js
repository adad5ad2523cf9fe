/**
 * The bill proof file the CLI writes (`bill prove`) and reads (`bill verify`, `settle`).
 * @packageDocumentation
 */
import { ValidationError } from '../../core/src/errors.js';
import { parseJsonText } from '../../core/src/schema-util.js';
import { assertBillSignals, assertPlainProof } from '../../prover/src/verify-bill.js';
/** Format tag of a bill proof file. */
export const BILL_PROOF_FORMAT = 'wattproof.bill-proof.v1';
/** The file's JSON text. */
export function serializeBillProof(p) {
    const doc = { format: BILL_PROOF_FORMAT, circuit: p.circuit, publicSignals: p.publicSignals, proof: p.proof, timings: p.timings };
    return `${JSON.stringify(doc, null, 2)}\n`;
}
/**
 * Parses a proof file.
 * @throws ImportError on bad JSON; ValidationError / ProofError naming the field
 */
export function parseBillProof(text, file) {
    const doc = parseJsonText(text, file);
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw new ValidationError('proofFile', `${file} must contain a JSON object`);
    if (doc.format !== BILL_PROOF_FORMAT)
        throw new ValidationError('proofFile.format', `must be '${BILL_PROOF_FORMAT}' (is ${file} a bill proof?)`);
    if (typeof doc.circuit !== 'string' || doc.circuit === '')
        throw new ValidationError('proofFile.circuit', 'must name the circuit');
    // The rule circuits/instances.json names follow; a name is looked up by own property only.
    if (!/^[a-z][a-z0-9_]{0,63}$/.test(doc.circuit)) {
        throw new ValidationError('proofFile.circuit', `'${doc.circuit.slice(0, 64)}' is not a circuit name (lower-case letters, digits and _)`);
    }
    assertPlainProof(doc.proof, 'proofFile.proof');
    assertBillSignals(doc.publicSignals, 'proofFile.publicSignals');
    return { circuit: doc.circuit, proof: doc.proof, publicSignals: doc.publicSignals };
}
//# sourceMappingURL=proof-file.js.map