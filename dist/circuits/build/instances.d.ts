import { z } from 'zod';
declare const InstanceSchema: z.ZodObject<{
    name: z.ZodString;
    main: z.ZodString;
    params: z.ZodRecord<z.ZodString, z.ZodNumber>;
    ptauPower: z.ZodNumber;
    constraints: z.ZodOptional<z.ZodNumber>;
    tests: z.ZodUnion<readonly [z.ZodBoolean, z.ZodLiteral<"witness">]>;
}, z.core.$strip>;
/** One circuit to build. */
export type CircuitInstance = z.infer<typeof InstanceSchema>;
/** The instance lists, relative to the repo root, in build order. */
export declare const INSTANCE_FILES: readonly ["circuits/test/instances.json", "circuits/instances.json"];
/** Read and validate every instance list; names must be unique and match their main file. */
export declare function readInstances(root: string): Promise<CircuitInstance[]>;
/** `bill_1d_30m` -> `Bill1d30m`: the prefix of the generated verifier contract's name. */
export declare function pascalName(name: string): string;
export {};
