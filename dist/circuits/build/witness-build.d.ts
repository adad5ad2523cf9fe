import type { CircuitInstance } from './instances.js';
import type { BuildLog } from './log.js';
/** Where a compile-only circuit's outputs live. */
export declare function witnessBuildDir(buildDir: string, name: string): string;
/** Compiles each instance (unless up to date); throws naming the circuit on an unreviewed inspect warning. */
export declare function buildForWitnessTests(root: string, buildDir: string, instances: CircuitInstance[], log: BuildLog): Promise<void>;
