import { mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fastDevCeremony } from '../prover/src/setup/dev-ceremony.js';
import { createBuildLog } from '../prover/src/setup/log.js';
import { ptauPreparePhase2, ptauVerify, terminateCurves } from '../prover/src/setup/snark.js';
const power = Number(process.argv[2]);
const log = createBuildLog('fast');
const dir = await mkdtemp(join(tmpdir(), 'fastpot-'));
let t = Date.now();
await fastDevCeremony(power, join(dir, 'fast.ptau'), dir, log);
console.log('fast ms', Date.now() - t);
if (process.argv[3] === 'compare') {
  t = Date.now();
  await ptauPreparePhase2(join(dir, 'fast.ptau'), join(dir, 'snark.ptau'), createBuildLog('prep', true));
  console.log('snarkjs prepare ms', Date.now() - t);
  const a = await readFile(join(dir, 'fast.ptau'));
  const b = await readFile(join(dir, 'snark.ptau'));
  console.log('sizes', a.length, b.length, 'equal', Buffer.compare(a, b) === 0);
  if (Buffer.compare(a, b) !== 0) { let i = 0; while (a[i] === b[i]) i++; console.log('first diff at', i); }
}
t = Date.now();
console.log('verify', await ptauVerify(join(dir, 'fast.ptau'), createBuildLog('verify', true)), 'ms', Date.now() - t);
console.log(dir);
await terminateCurves();
