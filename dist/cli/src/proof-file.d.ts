import type { BillPublicSignals } from '../../prover/src/bill-input.js';
import type { BillProof, PlainProof } from '../../prover/src/prove-core.js';
/** Format tag of a bill proof file. */
export declare const BILL_PROOF_FORMAT = "wattproof.bill-proof.v1";
/** A parsed proof file. */
export interface BillProofFile {
    circuit: string;
    proof: PlainProof;
    publicSignals: BillPublicSignals;
}
/** The file's JSON text. */
export declare function serializeBillProof(p: BillProof): string;
/**
 * Parses a proof file.
 * @throws ImportError on bad JSON; ValidationError / ProofError naming the field
 */
export declare function parseBillProof(text: string, file: string): BillProofFile;
