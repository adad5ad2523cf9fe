/** Reads a text file. @throws ImportError naming the file when it cannot be read */
export declare function readText(file: string): Promise<string>;
/** Writes a text file (creating its directory). @throws ImportError naming the file */
export declare function writeText(file: string, text: string, mode?: number): Promise<void>;
/** JSON with bigints as decimal strings. */
export declare function toJson(value: unknown): string;
