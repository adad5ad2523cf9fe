import { readFileSync } from 'node:fs';
import { ContractFactory } from 'ethers';
import { createWorld, proveBill, afterDay, ledgerAs, provider } from './test/contracts/world.js';
import { shutdownProver } from './prover/src/groth16.js';
const w = await createWorld();
const p = await proveBill(w);
await afterDay(w, 0);
let snap = await provider.send('evm_snapshot', []);
const base = await ledgerAs(w, w.s.relayer).settle(p.proof);
console.log('current build', base.gasUsed);
for (const variant of ['0-1000000', '1-200', '1-1000000']) {
  await provider.send('evm_revert', [snap]);
  snap = await provider.send('evm_snapshot', []);
  const b = JSON.parse(readFileSync(`/tmp/contracts-scratch/build-${variant}.json`, 'utf8'));
  const args: Record<string, unknown[]> = {
    Settlement: [w.s.admin.address, w.d.addresses.verifier, w.d.addresses.meterRegistry, w.d.addresses.tariffRegistry, w.d.addresses.token],
    MeterRegistry: [w.s.admin.address],
    TariffRegistry: [w.s.admin.address, w.d.addresses.meterRegistry],
  };
  const target: Record<string, string> = { Settlement: w.d.addresses.settlement, MeterRegistry: w.d.addresses.meterRegistry, TariffRegistry: w.d.addresses.tariffRegistry };
  for (const name of Object.keys(args)) {
    const c = await new ContractFactory(b[name].abi, b[name].bytecode, w.s.admin).deploy(...args[name]!);
    await c.waitForDeployment();
    const code = await provider.getCode(await c.getAddress());
    await provider.send('hardhat_setCode', [target[name], code]);
  }
  const r = await ledgerAs(w, w.s.relayer).settle(p.proof);
  console.log(variant, r.gasUsed);
}
await shutdownProver();
process.exit(0);
