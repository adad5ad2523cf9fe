/** Reads a text file. @throws ImportError naming the file when it cannot be read */
export declare function readText(file: string): Promise<string>;
/** How {@link writeText} writes. */
export interface WriteOptions {
    /** File mode, set explicitly (umask does not apply). Default 0644. */
    mode?: number;
    /** Refuse to replace an existing file (the error says to use `forceOption`). Default false. */
    exclusive?: boolean;
    /** The option that allows overwriting, named in the error (default `--force`). */
    forceOption?: string;
}
/**
 * Writes a text file atomically (creating its directory): temp file in the same directory, fsync,
 * explicit mode, rename (or, with `exclusive`, link: never replaces an existing file).
 * @param options - a mode (as `fs.writeFile` takes it) or {@link WriteOptions}
 * @throws ImportError naming the file
 */
export declare function writeText(file: string, text: string, options?: number | WriteOptions): Promise<void>;
/** {@link writeText}, synchronously (for callbacks that cannot wait). @throws ImportError naming the file */
export declare function writeTextSync(file: string, text: string, options?: number | WriteOptions): void;
/**
 * Thrown when a command that writes several files fails part-way: says which files were written
 * (complete, each written atomically) before the failure, and keeps the original error's code.
 */
export declare function partialWriteError(cause: unknown, written: readonly string[]): unknown;
/** JSON with bigints as decimal strings. */
export declare function toJson(value: unknown): string;
