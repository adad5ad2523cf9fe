import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './test/support/sequencer.js';

// Proofs and ceremonies are slow on small machines; tests run in child
// processes (snarkjs starts worker threads per process) on at most 3 workers.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds what the tests need (circuits marked "tests": true, contracts) before any test file runs;
    // then a proof cache of this run, so that a statement several files prove is proved once.
    globalSetup: ['scripts/vitest-global-setup.ts', 'test/support/proof-cache-setup.ts'],
    // Hardhat's chains start without Solidity stack traces (hardhat.config.cjs says why); the
    // processes the tests spawn (hardhat node, wattproof) inherit it. To debug a revert, run with
    // WATTPROOF_HARDHAT_STACK_TRACES=1.
    env: { WATTPROOF_HARDHAT_STACK_TRACES: process.env.WATTPROOF_HARDHAT_STACK_TRACES ?? '0' },
    pool: 'forks',
    // Three workers on the 2-core machine CI runs on, not two: a file often waits (on a Hardhat node,
    // a spawned command, a socket, a timer), and with two workers ~10% of the cores' time was idle
    // during the tests (sampled /proc/stat each second); a third keeps them busy (the fresh-clone
    // test phase, same code: see README "Tests"). Memory is not the limit (a worker peaks ~3 GB).
    maxWorkers: 3,
    // One process per worker, not per file: the packages (Hardhat's runtime, snarkjs, ethers,
    // solc-js), and the process are loaded once per worker, not for each of ~130
    // files (53 contract, SDK and market files: 270 -> 232 s of CPU). test/support/per-file-reset.ts
    // starts each file with the worker's environment and working directory, this repository's
    // modules evaluated anew and a fresh Hardhat chain; vitest restores stubbed globals.
    isolate: false,
    setupFiles: ['test/support/per-file-reset.ts'],
    unstubGlobals: true,
    // Longest files first (durations from test/support/durations.json on a fresh clone), so the
    // two workers end together.
    sequence: { sequencer: LongestFirstSequencer },
    testTimeout: 300_000,
    hookTimeout: 600_000,
    teardownTimeout: 60_000,
  },
});
