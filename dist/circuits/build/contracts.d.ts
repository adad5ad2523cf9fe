import type { BuildLog } from './log.js';
/**
 * Run `hardhat compile` unless contracts/, the Hardhat config and the lockfile
 * are unchanged since the last successful compile and its outputs exist.
 */
export declare function compileContracts(root: string, buildDir: string, log: BuildLog, force?: boolean): Promise<'compiled' | 'up to date'>;
