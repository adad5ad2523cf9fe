import { type ContractRunner } from "ethers";
import type { IBatchVerifier, IBatchVerifierInterface } from "../../../contracts/interfaces/IBatchVerifier.js";
export declare class IBatchVerifier__factory {
    static readonly abi: readonly [{
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "domain";
            readonly type: "uint256";
        }];
        readonly name: "foldDomain";
        readonly outputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "x";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "y";
            readonly type: "uint256";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly components: readonly [{
                readonly internalType: "uint256[2]";
                readonly name: "a";
                readonly type: "uint256[2]";
            }, {
                readonly internalType: "uint256[2][2]";
                readonly name: "b";
                readonly type: "uint256[2][2]";
            }, {
                readonly internalType: "uint256[2]";
                readonly name: "c";
                readonly type: "uint256[2]";
            }, {
                readonly internalType: "uint256[5]";
                readonly name: "publicSignals";
                readonly type: "uint256[5]";
            }];
            readonly internalType: "struct IBatchVerifier.Proof[]";
            readonly name: "proofs";
            readonly type: "tuple[]";
        }, {
            readonly internalType: "uint256[]";
            readonly name: "include";
            readonly type: "uint256[]";
        }, {
            readonly internalType: "uint256[2]";
            readonly name: "base";
            readonly type: "uint256[2]";
        }];
        readonly name: "verifyBatch";
        readonly outputs: readonly [{
            readonly internalType: "bool";
            readonly name: "";
            readonly type: "bool";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
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
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256[2]";
            readonly name: "a";
            readonly type: "uint256[2]";
        }, {
            readonly internalType: "uint256[2][2]";
            readonly name: "b";
            readonly type: "uint256[2][2]";
        }, {
            readonly internalType: "uint256[2]";
            readonly name: "c";
            readonly type: "uint256[2]";
        }, {
            readonly internalType: "uint256[5]";
            readonly name: "publicSignals";
            readonly type: "uint256[5]";
        }, {
            readonly internalType: "uint256[2]";
            readonly name: "base";
            readonly type: "uint256[2]";
        }];
        readonly name: "verifyWithBase";
        readonly outputs: readonly [{
            readonly internalType: "bool";
            readonly name: "";
            readonly type: "bool";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }];
    static createInterface(): IBatchVerifierInterface;
    static connect(address: string, runner?: ContractRunner | null): IBatchVerifier;
}
