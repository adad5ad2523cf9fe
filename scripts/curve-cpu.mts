/**
 * CPU of one single-threaded bn128 curve build, after snarkjs is loaded:
 * `npx tsx scripts/curve-cpu.mts old` (ffjavascript's buildBn128: wasm codegen + compile) or
 * `new [cacheDir]` (prover/src/bn128-curve.ts: checked cached wasm + compile).
 */
import * as snarkjs from 'snarkjs';
import { buildBn128Curve } from '../prover/src/bn128-curve.js';

const [mode, cacheDir] = process.argv.slice(2);
const before = process.cpuUsage();
let source = 'ffjavascript';
const curve =
  mode === 'old'
    ? await snarkjs.curves.getCurveFromName('bn128', { singleThread: true })
    : await buildBn128Curve(true, { cacheDir, onSource: (s) => (source = s) });
const used = process.cpuUsage(before);
await curve.terminate();
console.log(`${mode}: ${source}, ${Math.round((used.user + used.system) / 1000)} ms CPU`);
