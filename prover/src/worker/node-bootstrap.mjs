// Starts the prover worker when wattproof runs from its TypeScript sources (tsx, vitest):
// Node cannot load a .ts worker itself, and a worker does not inherit the parent's tsx hooks,
// so register tsx here first. workerData.entry is the URL of the worker module to run.
import { workerData } from 'node:worker_threads';

const entry = workerData?.entry;
if (typeof entry !== 'string') throw new Error('node-bootstrap.mjs: workerData.entry (URL of the worker module) is missing');
if (entry.endsWith('.ts')) {
  // snarkjs is hundreds of plain JS modules; loaded before tsx's hooks exist it skips them
  // (seconds saved per worker), and the TS entry's `import 'snarkjs'` then reuses it.
  await import('snarkjs');
  const { register } = await import('tsx/esm/api');
  register();
}
await import(entry);
