import { readdirSync } from 'node:fs';
import { proveBill } from './src/index.js';
import { halfHourTariff, signedDay, DOMAIN } from '../test/prover/fixtures.js';
const threads = () => readdirSync('/proc/self/task').length;
const tariff = halfHourTariff(); const signedPeriod = await signedDay();
const ac = new AbortController();
let during = 0; const t0 = performance.now(); let tArt = 0;
console.log('before', threads());
try {
  await proveBill({ tariff, signedPeriod, circuit: 'bill_1d_30m', domain: DOMAIN, signal: ac.signal, onProgress: (e) => {
    if (e.phase === 'artifacts' && e.state === 'done') tArt = performance.now();
    if (e.phase === 'witness' && e.state === 'start') { during = threads(); console.log('worker start->witness', (performance.now() - tArt).toFixed(0)); ac.abort(); }
  } });
} catch (e) { console.log((e as Error).name); }
console.log('during', during);
await new Promise((r) => setTimeout(r, 1500));
console.log('after', threads());
