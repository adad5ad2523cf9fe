import { z } from 'zod';
declare const FileEntry: z.ZodObject<{
    path: z.ZodString;
    sha256: z.ZodString;
}, z.core.$strip>;
declare const CircuitEntry: z.ZodObject<{
    name: z.ZodString;
    main: z.ZodString;
    params: z.ZodRecord<z.ZodString, z.ZodNumber>;
    constraints: z.ZodNumber;
    publicSignals: z.ZodNumber;
    ptau: z.ZodObject<{
        power: z.ZodNumber;
        requiredPower: z.ZodNumber;
        blake2b: z.ZodString;
        source: z.ZodEnum<{
            hermez: "hermez";
            development: "development";
        }>;
    }, z.core.$strip>;
    insecure: z.ZodBoolean;
    files: z.ZodObject<{
        r1cs: z.ZodObject<{
            path: z.ZodString;
            sha256: z.ZodString;
        }, z.core.$strip>;
        wasm: z.ZodObject<{
            path: z.ZodString;
            sha256: z.ZodString;
        }, z.core.$strip>;
        zkey: z.ZodObject<{
            path: z.ZodString;
            sha256: z.ZodString;
        }, z.core.$strip>;
        vkey: z.ZodObject<{
            path: z.ZodString;
            sha256: z.ZodString;
        }, z.core.$strip>;
    }, z.core.$strip>;
    verifier: z.ZodObject<{
        path: z.ZodString;
        sha256: z.ZodString;
        contract: z.ZodString;
    }, z.core.$strip>;
    batchVerifier: z.ZodOptional<z.ZodObject<{
        path: z.ZodString;
        sha256: z.ZodString;
        contract: z.ZodString;
    }, z.core.$strip>>;
    inputs: z.ZodObject<{
        sourceHash: z.ZodString;
        inspectWarnings: z.ZodArray<z.ZodObject<{
            code: z.ZodString;
            message: z.ZodString;
        }, z.core.$strip>>;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const ManifestSchema: z.ZodObject<{
    version: z.ZodLiteral<1>;
    $comment: z.ZodOptional<z.ZodString>;
    circuits: z.ZodRecord<z.ZodString, z.ZodObject<{
        name: z.ZodString;
        main: z.ZodString;
        params: z.ZodRecord<z.ZodString, z.ZodNumber>;
        constraints: z.ZodNumber;
        publicSignals: z.ZodNumber;
        ptau: z.ZodObject<{
            power: z.ZodNumber;
            requiredPower: z.ZodNumber;
            blake2b: z.ZodString;
            source: z.ZodEnum<{
                hermez: "hermez";
                development: "development";
            }>;
        }, z.core.$strip>;
        insecure: z.ZodBoolean;
        files: z.ZodObject<{
            r1cs: z.ZodObject<{
                path: z.ZodString;
                sha256: z.ZodString;
            }, z.core.$strip>;
            wasm: z.ZodObject<{
                path: z.ZodString;
                sha256: z.ZodString;
            }, z.core.$strip>;
            zkey: z.ZodObject<{
                path: z.ZodString;
                sha256: z.ZodString;
            }, z.core.$strip>;
            vkey: z.ZodObject<{
                path: z.ZodString;
                sha256: z.ZodString;
            }, z.core.$strip>;
        }, z.core.$strip>;
        verifier: z.ZodObject<{
            path: z.ZodString;
            sha256: z.ZodString;
            contract: z.ZodString;
        }, z.core.$strip>;
        batchVerifier: z.ZodOptional<z.ZodObject<{
            path: z.ZodString;
            sha256: z.ZodString;
            contract: z.ZodString;
        }, z.core.$strip>>;
        inputs: z.ZodObject<{
            sourceHash: z.ZodString;
            inspectWarnings: z.ZodArray<z.ZodObject<{
                code: z.ZodString;
                message: z.ZodString;
            }, z.core.$strip>>;
        }, z.core.$strip>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestCircuit = z.infer<typeof CircuitEntry>;
export type ManifestFile = z.infer<typeof FileEntry>;
/** Name of the manifest inside the build directory. */
export declare const MANIFEST_FILE = "manifest.json";
/**
 * The manifest entry of circuit `name`, by own property only: a name such as `constructor`,
 * `toString` or `__proto__` (from a proof file, an option, an instance list) is just a circuit
 * that is not built, never a property of Object.prototype.
 */
export declare function manifestCircuit(manifest: Manifest, name: string): ManifestCircuit | undefined;
/** An empty manifest. */
export declare function emptyManifest(): Manifest;
/**
 * Read `<buildDir>/manifest.json`; `undefined` when absent. Throws on a file
 * that exists but is not a valid manifest (message names the file).
 */
export declare function readManifest(buildDir: string): Promise<Manifest | undefined>;
export {};
