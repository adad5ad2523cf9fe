/**
 * Powers of tau: either a user's real ceremony file (checked against the
 * published hashes) or a local development ceremony cached once per machine.
 */
import { PtauError } from '../../core/src/errors.js';
import type { BuildLog } from './log.js';
/** Largest power a BN254 ptau can have (the Hermez ceremony's full size). */
export declare const MAX_PTAU_POWER = 28;
/** A powers-of-tau file ready for Groth16 phase 2. */
export interface PtauFile {
    path: string;
    /** Powers in the file (fits circuits with up to 2^power constraints). */
    power: number;
    /** blake2b-512 of the whole file, hex. */
    blake2b: string;
    /** `hermez`: a published ceremony file; `development`: a local, insecure one. */
    source: 'hermez' | 'development';
}
/** A ptau problem a user can fix; the message says how (the core error, code `PTAU`). */
export { PtauError };
/** Printed by every build that uses a development ceremony. */
export declare const INSECURE_BANNER: readonly string[];
/**
 * Check a user-supplied ceremony file: prepared for phase 2, big enough, and
 * byte-identical (blake2b-512) to the published Hermez file of its power.
 */
export declare function checkRealPtau(path: string, minPower: number, log: BuildLog): Promise<PtauFile>;
/** Directory holding the development ceremonies. */
export declare function devPtauDir(): string;
/** Path of the cached development ceremony of a given power. */
export declare function devPtauPath(power: number): string;
/**
 * The development ceremony to use for a circuit needing `power`: the smallest
 * cached one that is large enough, else a new one of `createPower` (a build of
 * several circuits creates one file that serves them all).
 */
export declare function devPtau(power: number, log: BuildLog, createPower?: number): Promise<PtauFile>;
/**
 * Resolve the ptau for a circuit needing `power`: the user's file when given
 * (`--ptau` or `$WATTPROOF_PTAU`), else a cached development ceremony.
 */
export declare function resolvePtau(power: number, userPath: string | undefined, log: BuildLog, createPower?: number): Promise<PtauFile>;
