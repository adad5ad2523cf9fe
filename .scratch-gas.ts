import { createWorld, proveBill, afterDay, ledgerAs, provider } from './test/contracts/world.js';
import { IBillVerifier__factory } from './typechain-types/index.js';
import { shutdownProver } from './prover/src/groth16.js';
const w = await createWorld();
const p = await proveBill(w);
const v = IBillVerifier__factory.connect(w.d.addresses.verifier, w.s.relayer);
const s = p.proof.signals as [bigint, bigint, bigint, bigint, bigint];
const g = await v.verifyProof.estimateGas(p.proof.a, p.proof.b, p.proof.c, s);
console.log('verifier tx estimate (incl 21k + calldata)', g);
await afterDay(w, 0);
const st = w.d.settlement.contract.connect(w.s.relayer);
console.log('settle estimate', await st.settle.estimateGas(p.proof.a, p.proof.b, p.proof.c, s));
const r = await ledgerAs(w, w.s.relayer).settle(p.proof);
console.log('settle', r.gasUsed);
const trace = await provider.send('debug_traceTransaction', [r.txHash, { disableStorage: true, disableMemory: true, disableStack: false }]);
// gas by call depth transitions
let last: any; const calls: any[] = [];
const logs = trace.structLogs;
for (let i = 0; i < logs.length; i++) { const l = logs[i]; if (['CALL','STATICCALL'].includes(l.op) && l.depth === 1) { let j = i + 1; while (j < logs.length && logs[j].depth > 1) j++; console.log(l.op, 'to', l.stack[l.stack.length-2].slice(-8), 'gas spent', l.gas - logs[j].gas); } }
const counts: Record<string, number> = {}; for (const l of logs) if (l.depth === 1 && !['CALL','STATICCALL'].includes(l.op)) counts[l.op] = (counts[l.op] ?? 0) + (l.gasCost ?? 0);
const counts2: Record<string, number> = {}; for (const l of logs) if (l.depth === 2 && !['CALL','STATICCALL'].includes(l.op)) counts2[l.op] = (counts2[l.op] ?? 0) + (l.gasCost ?? 0);
console.log('depth2', Object.entries(counts2).sort((a,b)=>b[1]-a[1]).slice(0,30));
console.log('total depth1 ops', Object.values(counts).reduce((a,b)=>a+b,0), 'first gas', logs[0].gas);
console.log(Object.entries(counts).sort((a,b)=>b[1]-a[1]).slice(0,30));
await shutdownProver();
process.exit(0);
