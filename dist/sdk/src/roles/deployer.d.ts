/**
 * The deployer (governance in production): what a deployment tool needs to know about the
 * contracts before and while it deploys them with `deployWattproof` — whether a circuit's
 * verifier is compiled, the creation bytecode of each contract (to name a contract-creating
 * transaction), and one interface for the calls a deployment makes (to name the others).
 * @packageDocumentation
 */
import { Interface } from 'ethers';
/** True when the generated verifier of `circuit` (e.g. `bill_31d_60m`) is compiled and can be deployed. */
export declare function isVerifierCompiled(circuit: string): boolean;
/**
 * Creation bytecode of every contract `deployWattproof` may deploy, by contract name (the test
 * token, both registries, Settlement, and the verifier of `circuit` when it is compiled).
 */
export declare function deploymentBytecodes(circuit?: string): [name: string, bytecode: string][];
/** The functions of the registries, the Settlement contract and the test token, for decoding calldata. */
export declare function deploymentCallInterface(): Interface;
