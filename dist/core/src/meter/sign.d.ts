import { type MeterPublicKey, type StatementSignature } from '../crypto/eddsa.js';
import { type MeterPeriod } from './period.js';
/** A meter period with the meter's public key, the statement and its EdDSA-Poseidon signature. */
export interface SignedPeriod extends MeterPeriod {
    /** The meter's public key `(Ax, Ay)`. */
    publicKey: MeterPublicKey;
    /** {@link periodStatement} of the period (carried for convenience; always re-derived when checked). */
    statement: bigint;
    /** Signature of `statement` under `publicKey`. */
    signature: StatementSignature;
}
/** Signs a period with the meter's private key. The period is validated first. */
export declare function signPeriod(privKey: Uint8Array, period: MeterPeriod): Promise<SignedPeriod>;
/** Why a signed period is not acceptable, or `undefined` if it is. */
export declare function signedPeriodProblem(sp: SignedPeriod, root?: string): Promise<{
    field: string;
    reason: string;
} | undefined>;
/** True iff the statement matches the readings and the signature verifies under the public key. */
export declare function verifySignedPeriod(sp: SignedPeriod): Promise<boolean>;
/** Like {@link verifySignedPeriod} but throws a ValidationError naming what is wrong. */
export declare function assertSignedPeriod(sp: SignedPeriod, root?: string): Promise<void>;
