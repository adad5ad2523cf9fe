/**
 * Reading and writing the CLI's files with errors that name the file.
 * @packageDocumentation
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ImportError } from '../../core/src/errors.js';
/** Reads a text file. @throws ImportError naming the file when it cannot be read */
export async function readText(file) {
    try {
        return await readFile(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new ImportError(file, undefined, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(e)})`);
    }
}
/** Writes a text file (creating its directory). @throws ImportError naming the file */
export async function writeText(file, text, mode) {
    try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text, mode === undefined ? 'utf8' : { encoding: 'utf8', mode });
    }
    catch (e) {
        throw new ImportError(file, undefined, `cannot be written (${e.code ?? String(e)})`);
    }
}
/** JSON with bigints as decimal strings. */
export function toJson(value) {
    return `${JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`;
}
//# sourceMappingURL=files.js.map