import { type CircuitInstance } from './instances.js';
import type { BuildLog } from './log.js';
/** Options of one build run. */
export interface BuildOptions {
    /** Repo root (holds circuits/, contracts/). */
    root: string;
    /** Output directory; default `<root>/build`. */
    buildDir?: string;
    /** Build only these circuits. */
    only?: string[];
    /** Build only circuits marked `"tests": true`. */
    testsOnly?: boolean;
    /** A real powers-of-tau file; default a cached development ceremony. */
    ptauPath?: string;
    /** Where Solidity verifiers go; default `<root>/contracts/generated`. */
    generatedDir?: string;
    /** Skip `hardhat compile`. */
    skipContracts?: boolean;
    /** Redo every stage. */
    force?: boolean;
    log: BuildLog;
}
/** Outcome per circuit and for the contracts. */
export interface BuildReport {
    circuits: Array<{
        name: string;
        status: 'built' | 'up to date' | 'failed';
        error?: string;
        seconds: number;
    }>;
    contracts: 'compiled' | 'up to date' | 'skipped' | 'failed';
    contractsError?: string;
    ok: boolean;
}
/** Select the instances a run builds, refusing unknown names. */
export declare function selectInstances(all: CircuitInstance[], only: string[] | undefined, testsOnly: boolean | undefined): CircuitInstance[];
/**
 * Run the build. Never throws for a failing circuit: it reports it, builds the
 * rest, and sets `ok: false`.
 */
export declare function runBuild(options: BuildOptions): Promise<BuildReport>;
