// Deploys circomlibjs's Poseidon(6) contract (the same permutation as circomlib's circuit).
import { poseidonContract } from 'circomlibjs';
import { ContractFactory, type Signer } from 'ethers';

/** Deploys a Poseidon6 contract and returns its address. */
export async function deployPoseidon6(signer: Signer): Promise<string> {
  const factory = new ContractFactory(poseidonContract.generateABI(6) as never, poseidonContract.createCode(6) as string, signer);
  const c = await factory.deploy();
  await c.waitForDeployment();
  return c.getAddress();
}
