import type { BuildLog } from './log.js';
/**
 * Write `zkeyPath` (phase 2 with one fresh-entropy contribution, INSECURE for
 * production: a real deployment runs a multi-party phase 2) and `vkeyPath`.
 */
export declare function groth16Setup(r1cs: string, ptau: string, zkeyPath: string, vkeyPath: string, log: BuildLog): Promise<void>;
