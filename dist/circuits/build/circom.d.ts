import { z } from 'zod';
import type { BuildLog } from './log.js';
/** Flags every compile uses; part of the source hash so changing them recompiles. */
export declare const CIRCOM_FLAGS: readonly ["--r1cs", "--wasm", "--sym", "--O2", "--inspect"];
/** One warning circom printed. */
export interface InspectWarning {
    code: string;
    /** First line of the warning, without colour codes. */
    message: string;
}
declare const AllowSchema: z.ZodObject<{
    allow: z.ZodArray<z.ZodObject<{
        circuit: z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>;
        code: z.ZodString;
        message: z.ZodString;
        reason: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type InspectAllowList = z.infer<typeof AllowSchema>;
/** Path of the allow-list, relative to the repo root. */
export declare const ALLOWLIST_FILE = "circuits/inspect-allowlist.json";
/** Read and validate circuits/inspect-allowlist.json. */
export declare function readAllowList(root: string): Promise<InspectAllowList>;
/** The warnings of `circuit` that no allow-list entry covers. */
export declare function disallowedWarnings(circuit: string, warnings: InspectWarning[], list: InspectAllowList): InspectWarning[];
/** Extract `warning[CODE]: message` entries from circom's output. */
export declare function parseWarnings(output: string): InspectWarning[];
/** Library directories passed to circom with `-l`, relative to the repo root. */
export declare const CIRCOM_LIBS: readonly ["node_modules", "node_modules/circomlib/circuits"];
/**
 * Every file `main` includes, transitively, resolved as circom does: relative
 * to the including file, then in each `-l` directory.
 */
export declare function includeClosure(root: string, main: string): Promise<string[]>;
/**
 * Hash of everything a compile depends on: the main file and everything it
 * includes, the circomlib and circom2 versions, and the flags.
 */
export declare function circuitSourceHash(root: string, main: string): Promise<string>;
/** Result of compiling one main circuit. */
export interface CompileResult {
    r1cs: string;
    wasm: string;
    sym: string;
    warnings: InspectWarning[];
}
/**
 * Compile `main` (repo-relative) into `outDir`, as `<name>.r1cs`, `<name>.sym`,
 * `<name>_js/<name>.wasm`. Output is produced in a temporary directory and
 * moved into place only when circom succeeds.
 */
export declare function compileCircuit(root: string, name: string, main: string, outDir: string, log: BuildLog): Promise<CompileResult>;
export {};
