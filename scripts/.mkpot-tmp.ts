import { devPtau } from '/work/main/prover/src/setup/ptau.js';
import { createBuildLog } from '/work/main/prover/src/setup/log.js';
import { terminateCurves } from '/work/main/prover/src/setup/snark.js';
const p = Number(process.argv[2]);
const f = await devPtau(p, createBuildLog('ptau'));
console.log(f);
await terminateCurves();
