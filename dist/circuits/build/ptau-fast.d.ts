/** Largest power supported: Lagrange sections go up to 2^(power+1) ≤ 2^28 (Fr's 2-adicity). */
export declare const MAX_FAST_PTAU_POWER = 27;
/** Name recorded in the contribution section. */
export declare const FAST_DEV_CONTRIBUTION_NAME = "wattproof fast development contribution (INSECURE)";
/**
 * Write a development powers-of-tau file of `power`, prepared for Groth16
 * phase 2 (sections 1-7 as `snarkjs powersoftau contribute` writes them,
 * sections 12-15 as `snarkjs powersoftau prepare phase2` writes them), with
 * one contribution from fresh OS randomness that is discarded afterwards.
 *
 * @param power - 1..27; the file fits circuits of up to 2^power constraints
 * @param outPath - written in place (removed again on failure); callers
 *   wanting atomicity pass a temporary name and rename
 * @param log - optional progress lines
 */
export declare function createFastDevPtau(power: number, outPath: string, log?: (msg: string) => void): Promise<void>;
