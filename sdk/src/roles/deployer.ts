/**
 * The deployer (governance in production): what a deployment tool needs to know about the
 * contracts before and while it deploys them with `deployWattproof` — whether a circuit's
 * verifier is compiled, the creation bytecode of each contract (to name a contract-creating
 * transaction), and one interface for the calls a deployment makes (to name the others).
 * @packageDocumentation
 */
import { Interface } from 'ethers';
import * as typechain from '../../../typechain-types/index.js';
import {
  DisclosedSettlement__factory,
  DisclosureKeys__factory,
  MeterRegistry__factory,
  Settlement__factory,
  TariffRegistry__factory,
  TestToken__factory,
} from '../../../typechain-types/index.js';
import { verifierContractName } from '../chain/deploy.js';

/** True when the generated verifier of `circuit` (e.g. `bill_31d_60m`) is compiled and can be deployed. */
export function isVerifierCompiled(circuit: string): boolean {
  const factory = (typechain as unknown as Record<string, unknown>)[`${verifierContractName(circuit)}__factory`];
  return typeof factory === 'function';
}

/**
 * Creation bytecode of every contract `deployWattproof` may deploy, by contract name (the test
 * token, both registries, Settlement, and the verifier of `circuit` when it is compiled).
 */
export function deploymentBytecodes(circuit?: string): [name: string, bytecode: string][] {
  const out: [string, string][] = [
    ['TestToken', TestToken__factory.bytecode],
    ['MeterRegistry', MeterRegistry__factory.bytecode],
    ['TariffRegistry', TariffRegistry__factory.bytecode],
    ['Settlement', Settlement__factory.bytecode],
    ['DisclosedSettlement', DisclosedSettlement__factory.bytecode],
    ['DisclosureKeys', DisclosureKeys__factory.bytecode],
  ];
  if (circuit !== undefined && isVerifierCompiled(circuit)) {
    const name = verifierContractName(circuit);
    const factory = (typechain as unknown as Record<string, { bytecode?: unknown }>)[`${name}__factory`];
    if (typeof factory?.bytecode === 'string') out.push([name, factory.bytecode]);
  }
  return out;
}

let calls: Interface | undefined;

/** The functions of the registries, the Settlement contract and the test token, for decoding calldata. */
export function deploymentCallInterface(): Interface {
  if (calls === undefined) {
    const seen = new Set<string>();
    const fragments: string[] = [];
    for (const abi of [MeterRegistry__factory.abi, TariffRegistry__factory.abi, Settlement__factory.abi, DisclosureKeys__factory.abi, TestToken__factory.abi]) {
      for (const f of new Interface(abi).fragments) {
        if (f.type !== 'function') continue;
        const sig = f.format('full');
        const selector = f.format('sighash');
        if (!seen.has(selector)) {
          seen.add(selector);
          fragments.push(sig);
        }
      }
    }
    calls = new Interface(fragments);
  }
  return calls;
}
