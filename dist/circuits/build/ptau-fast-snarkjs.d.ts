type Any = any;
/** An ffjavascript curve (bn128), untyped. */
export type Curve = Any;
/** What the fast ceremony needs from snarkjs and its dependencies. */
export interface SnarkjsInternals {
    /** `snarkjs.curves`, for a single-thread bn128 curve. */
    getCurveFromName(name: string, options?: {
        singleThread?: boolean;
    }): Promise<Curve>;
    /** keypair.js: tau/alpha/beta private keys and their proofs of knowledge. */
    createPTauKey(curve: Curve, challengeHash: Uint8Array, rng: Any): Any;
    /** powersoftau_utils.js */
    writePTauHeader(fd: Any, curve: Curve, power: number): Promise<void>;
    writeContributions(fd: Any, curve: Curve, contributions: Any[]): Promise<void>;
    calculateFirstChallengeHash(curve: Curve, power: number): Uint8Array;
    toPtauPubKeyRpr(buff: Uint8Array, pos: number, curve: Curve, key: Any, montgomery: boolean): Uint8Array;
    /** misc.js: the resumable blake2b state stored in a contribution. */
    toPartialHash(hasher: Any): Uint8Array;
    /** @noble/hashes blake2b, the version snarkjs uses (toPartialHash reads its internals). */
    blake2b: {
        create(opts: {
            dkLen: number;
        }): {
            update(b: Uint8Array): unknown;
            digest(): Uint8Array;
        };
    };
    /** @iden3/binfileutils */
    createBinFile(path: string, type: string, version: number, nSections: number): Promise<Any>;
    startWriteSection(fd: Any, sectionId: number): Promise<void>;
    endWriteSection(fd: Any): Promise<void>;
    readBinFile(path: string, type: string, maxVersion: number): Promise<{
        fd: Any;
        sections: Any;
    }>;
    copySection(fdFrom: Any, sections: Any, fdTo: Any, sectionId: number): Promise<void>;
    /** ffjavascript's ChaCha20 generator, as snarkjs seeds it. */
    ChaCha: new (seed: number[]) => Any;
}
/** Load (once) the snarkjs internals; throws naming the missing file. */
export declare function snarkjsInternals(): Promise<SnarkjsInternals>;
export {};
