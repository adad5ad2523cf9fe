/**
 * Typed contracts on one ethers Interface per contract type. typechain's `X__factory.connect` and
 * `createInterface` parse the whole ABI into a new Interface at every call (a few ms for the
 * registries' and Settlement's ABIs), and the SDK connects a client per role and per call: a test
 * file that drives a few deployments paid ~0.2 s of CPU for the same parse. An Interface is
 * immutable, and ethers' Contract takes one as it is.
 * @packageDocumentation
 */
import { Contract, type ContractRunner, type Interface } from 'ethers';

const interfaces = new WeakMap<object, Interface>();

/** `factory.createInterface()`, made once per factory. */
export function sharedInterface<I extends Interface>(factory: { createInterface(): I }): I {
  let iface = interfaces.get(factory);
  if (iface === undefined) {
    iface = factory.createInterface();
    interfaces.set(factory, iface);
  }
  return iface as I;
}

/** `factory.connect(address, runner)` on the factory's shared Interface. */
export function connectContract<C>(
  factory: { createInterface(): Interface; connect(address: string, runner?: ContractRunner | null): C },
  address: string,
  runner?: ContractRunner | null,
): C {
  return new Contract(address, sharedInterface(factory), runner) as unknown as C;
}
