import { type ContractRunner } from "ethers";
import type { IBillVerifier, IBillVerifierInterface } from "../../../contracts/interfaces/IBillVerifier.js";
export declare class IBillVerifier__factory {
    static readonly abi: readonly [{
        readonly inputs: readonly [{
            readonly internalType: "uint256[2]";
            readonly name: "_pA";
            readonly type: "uint256[2]";
        }, {
            readonly internalType: "uint256[2][2]";
            readonly name: "_pB";
            readonly type: "uint256[2][2]";
        }, {
            readonly internalType: "uint256[2]";
            readonly name: "_pC";
            readonly type: "uint256[2]";
        }, {
            readonly internalType: "uint256[5]";
            readonly name: "_pubSignals";
            readonly type: "uint256[5]";
        }];
        readonly name: "verifyProof";
        readonly outputs: readonly [{
            readonly internalType: "bool";
            readonly name: "";
            readonly type: "bool";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }];
    static createInterface(): IBillVerifierInterface;
    static connect(address: string, runner?: ContractRunner | null): IBillVerifier;
}
