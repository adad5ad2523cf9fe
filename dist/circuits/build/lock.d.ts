import type { BuildLog } from './log.js';
/**
 * Run `fn` while holding the lock at `lockPath`, waiting (with a message) while
 * another live process holds it.
 */
export declare function withLock<T>(lockPath: string, what: string, log: BuildLog, fn: () => Promise<T>): Promise<T>;
