import { type ContractRunner } from "ethers";
import type { ReentrancyGuardTransient, ReentrancyGuardTransientInterface } from "../../../../@openzeppelin/contracts/utils/ReentrancyGuardTransient.js";
export declare class ReentrancyGuardTransient__factory {
    static readonly abi: readonly [{
        readonly inputs: readonly [];
        readonly name: "ReentrancyGuardReentrantCall";
        readonly type: "error";
    }];
    static createInterface(): ReentrancyGuardTransientInterface;
    static connect(address: string, runner?: ContractRunner | null): ReentrancyGuardTransient;
}
