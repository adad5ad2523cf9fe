/**
 * vitest setupFiles: runs in a test worker before each test file.
 *
 * The test files of one worker share its process (`isolate: false` in vitest.config.ts): the
 * packages under node_modules (Hardhat and its runtime, snarkjs, ethers, solc-js) and the process
 * itself are loaded once per worker instead of once per file. What one file may
 * leave behind that a later file of the same worker would otherwise see is put back here, so that
 * every file starts as it did in a process of its own:
 * - the environment and the working directory, as the worker started with them (some files turn
 *   the run's proof cache off for themselves);
 * - Hardhat's in-process chain, reset to its genesis state (no contracts, fresh nonces, the
 *   clock and mining mode of hardhat.config.cjs), so that deployments get the addresses a fresh
 *   chain gives and an audit from block 0 sees only this file's logs.
 * - this repository's own modules, evaluated anew for each file (`vi.resetModules()`), so that
 *   their module-level state (caches, pools, the chain's snapshots) is the file's own. Without it,
 *   test/sdk/verifier-cache.test.ts's last case (it re-imports the audit's verifier-code module and
 *   leaves a forged compile in that instance's in-memory map) made the next file's audit in that
 *   worker find its verifier "not the verifier of the key" (seen once in a full run).
 * - no bn128 curve in `globalThis.curve_bn128` but the checked one of prover/src/bn128-curve.ts:
 *   one an earlier file's direct snarkjs call had ffjavascript generate is terminated with its
 *   helper threads, so the file builds the checked one (prove-verify.test.ts failed on that order
 *   once, when the mark of checked curves was module state and every curve was thus unknown).
 * - no in-process `wattproof` command of an earlier file still running: one that outlived its
 *   deadline (test/support/cli.ts) is waited for, since when it ends it puts back the working
 *   directory and environment it started with (seen once: test/cli/hostile.test.ts's hung audit
 *   ended during test/cli/meter-import.test.ts's import, whose output landed in the wrong directory).
 * Globals a test stubs are restored by vitest itself (`unstubGlobals`).
 */
import { vi } from 'vitest';
import type { LingeringGlobal } from './cli.js';

interface Snapshot {
  env: Record<string, string | undefined>;
  cwd: string;
}
interface HardhatContextGlobal {
  __hardhatContext?: { environment?: { network: { provider: { request(a: { method: string; params?: unknown[] }): Promise<unknown> } } } };
  __wattproofWorkerStart?: Snapshot;
}

const g = globalThis as HardhatContextGlobal & LingeringGlobal;
g.__wattproofWorkerStart ??= { env: { ...process.env }, cwd: process.cwd() };
const start = g.__wattproofWorkerStart;

const lingering = g.__wattproofLingeringCommand;
if (lingering !== undefined) {
  await lingering;
  delete g.__wattproofLingeringCommand;
}

for (const k of Object.keys(process.env)) if (!(k in start.env)) delete process.env[k];
for (const [k, v] of Object.entries(start.env)) if (v !== undefined) process.env[k] = v;
if (process.cwd() !== start.cwd) process.chdir(start.cwd);
vi.resetModules();

// The bn128 curve snarkjs finds in `globalThis.curve_bn128`: one that ffjavascript generated (an
// earlier file's direct snarkjs call) is terminated with its helper threads, so that the file builds
// the checked one of prover/src/bn128-curve.ts as a process of its own would (prove-verify.test.ts
// checks which one it got). The checked one is kept: it is what the file would build, and building
// it again costs ~0.25 CPU-s per proving file. bn128-curve.ts keeps its mark in a global registry
// slot, so the module, evaluated anew for this file, still knows it.
const curve = (globalThis as { curve_bn128?: { terminate(): Promise<void> } | null }).curve_bn128;
if (curve) {
  const { builtFromCheckedCode } = await import('../../prover/src/bn128-curve.js');
  if (!builtFromCheckedCode(curve)) await curve.terminate();
}

// Hardhat 2 keeps its runtime environment in this global once `hardhat` is imported.
const hre = g.__hardhatContext?.environment;
if (hre !== undefined) await hre.network.provider.request({ method: 'hardhat_reset', params: [] });
