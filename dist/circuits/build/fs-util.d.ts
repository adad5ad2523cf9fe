/** Hex digest of a file, streamed (ptau files reach hundreds of MB). */
export declare function hashFile(path: string, algorithm: 'sha256' | 'blake2b512'): Promise<string>;
/** sha256 of a file as lowercase hex. */
export declare const sha256File: (path: string) => Promise<string>;
/** sha256 of in-memory bytes as lowercase hex. */
export declare function sha256Bytes(data: Uint8Array | string): string;
/** True when `path` exists (file or directory). */
export declare function exists(path: string): Promise<boolean>;
/** A fresh temporary path beside `finalPath` (same filesystem, so rename is atomic). */
export declare function tempPathFor(finalPath: string): string;
/**
 * Produce `finalPath` atomically: `produce` writes to the temporary path it is
 * given; only when it resolves is the file renamed into place.
 */
export declare function produceAtomically(finalPath: string, produce: (tmpPath: string) => Promise<void>): Promise<void>;
/** Write `data` to `path` atomically. */
export declare function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void>;
