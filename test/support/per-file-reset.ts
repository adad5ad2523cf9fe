/**
 * vitest setupFiles: runs in a test worker before each test file.
 *
 * The test files of one worker share its process (`isolate: false` in vitest.config.ts): Node's
 * module cache, snarkjs's curve and Hardhat's runtime are loaded once per worker instead of once
 * per file. What one file may leave behind that a later file of the same worker would otherwise
 * see is put back here, so that every file starts as it did in a process of its own:
 * - the environment and the working directory, as the worker started with them (some files turn
 *   the run's proof cache off for themselves);
 * - Hardhat's in-process chain, reset to its genesis state (no contracts, fresh nonces, the
 *   clock and mining mode of hardhat.config.cjs), so that deployments get the addresses a fresh
 *   chain gives and an audit from block 0 sees only this file's logs.
 * Globals a test stubs are restored by vitest itself (`unstubGlobals`).
 */
interface Snapshot {
  env: Record<string, string | undefined>;
  cwd: string;
}
interface HardhatContextGlobal {
  __hardhatContext?: { environment?: { network: { provider: { request(a: { method: string; params?: unknown[] }): Promise<unknown> } } } };
  __wattproofWorkerStart?: Snapshot;
}

const g = globalThis as HardhatContextGlobal;
g.__wattproofWorkerStart ??= { env: { ...process.env }, cwd: process.cwd() };
const start = g.__wattproofWorkerStart;

for (const k of Object.keys(process.env)) if (!(k in start.env)) delete process.env[k];
for (const [k, v] of Object.entries(start.env)) if (v !== undefined) process.env[k] = v;
if (process.cwd() !== start.cwd) process.chdir(start.cwd);

// Hardhat 2 keeps its runtime environment in this global once `hardhat` is imported.
const hre = g.__hardhatContext?.environment;
if (hre !== undefined) await hre.network.provider.request({ method: 'hardhat_reset', params: [] });
