/**
 * File helpers: hashing and atomic writes.
 *
 * Every output of the pipeline is written to a temporary name in the same
 * directory and renamed into place, so an interrupted run never leaves a
 * half-written file that a later run would mistake for a finished one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
/** Hex digest of a file, streamed (ptau files reach hundreds of MB). */
export async function hashFile(path, algorithm) {
    const hash = createHash(algorithm);
    for await (const chunk of createReadStream(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** sha256 of a file as lowercase hex. */
export const sha256File = (path) => hashFile(path, 'sha256');
/** sha256 of in-memory bytes as lowercase hex. */
export function sha256Bytes(data) {
    return createHash('sha256').update(data).digest('hex');
}
/** True when `path` exists (file or directory). */
export async function exists(path) {
    try {
        await stat(path);
        return true;
    }
    catch {
        return false;
    }
}
/** A fresh temporary path beside `finalPath` (same filesystem, so rename is atomic). */
export function tempPathFor(finalPath) {
    return join(dirname(finalPath), `.${basename(finalPath)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}
/**
 * Produce `finalPath` atomically: `produce` writes to the temporary path it is
 * given; only when it resolves is the file renamed into place.
 */
export async function produceAtomically(finalPath, produce) {
    await mkdir(dirname(finalPath), { recursive: true });
    const tmp = tempPathFor(finalPath);
    try {
        await produce(tmp);
        await rename(tmp, finalPath);
    }
    catch (err) {
        await rm(tmp, { force: true, recursive: true });
        throw err;
    }
}
/** Write `data` to `path` atomically. */
export async function writeFileAtomic(path, data) {
    await produceAtomically(path, (tmp) => writeFile(tmp, data));
}
//# sourceMappingURL=fs-util.js.map