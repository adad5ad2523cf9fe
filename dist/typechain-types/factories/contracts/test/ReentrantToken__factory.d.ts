import { ContractFactory, ContractTransactionResponse } from "ethers";
import type { Signer, ContractDeployTransaction, ContractRunner } from "ethers";
import type { NonPayableOverrides } from "../../../common.js";
import type { ReentrantToken, ReentrantTokenInterface } from "../../../contracts/test/ReentrantToken.js";
type ReentrantTokenConstructorParams = [signer?: Signer] | ConstructorParameters<typeof ContractFactory>;
export declare class ReentrantToken__factory extends ContractFactory {
    constructor(...args: ReentrantTokenConstructorParams);
    getDeployTransaction(overrides?: NonPayableOverrides & {
        from?: string;
    }): Promise<ContractDeployTransaction>;
    deploy(overrides?: NonPayableOverrides & {
        from?: string;
    }): Promise<ReentrantToken & {
        deploymentTransaction(): ContractTransactionResponse;
    }>;
    connect(runner: ContractRunner | null): ReentrantToken__factory;
    static readonly bytecode = "0x608060405234801561000f575f5ffd5b50604051806040016040528060098152602001681499595b9d1c985b9d60ba1b815250604051806040016040528060078152602001662922a2a72a22a960c91b8152508160039081610061919061010e565b50600461006e828261010e565b5050506101c8565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009e57607f821691505b6020821081036100bc57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010957805f5260205f20601f840160051c810160208510156100e75750805b601f840160051c820191505b81811015610106575f81556001016100f3565b50505b505050565b81516001600160401b0381111561012757610127610076565b61013b81610135845461008a565b846100c2565b6020601f82116001811461016d575f83156101565750848201515b5f19600385901b1c1916600184901b178455610106565b5f84815260208120601f198516915b8281101561019c578785015182556020948501946001909201910161017c565b50848210156101b957868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b610b85806101d55f395ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c806340c10f1911610093578063a9059cbb11610063578063a9059cbb146101dd578063dd62ed3e146101f0578063e99d4e7c14610228578063eb9d77f914610230575f5ffd5b806340c10f191461018b57806370a082311461019e57806383985082146101c657806395d89b41146101d5575f5ffd5b806323b872dd116100ce57806323b872dd146101475780632f4110931461015a578063313ce567146101675780633522bfd014610176575f5ffd5b806306fdde03146100f4578063095ea7b31461011257806318160ddd14610135575b5f5ffd5b6100fc61025b565b6040516101099190610817565b60405180910390f35b610125610120366004610844565b6102eb565b6040519015158152602001610109565b6002545b604051908152602001610109565b61012561015536600461086c565b610304565b6007546101259060ff1681565b60405160128152602001610109565b6101896101843660046108a6565b610320565b005b610189610199366004610844565b61035b565b6101396101ac366004610924565b6001600160a01b03165f9081526020819052604090205490565b6101896007805460ff19169055565b6100fc610369565b6101256101eb366004610844565b610378565b6101396101fe36600461093d565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6100fc610392565b600554610243906001600160a01b031681565b6040516001600160a01b039091168152602001610109565b60606003805461026a9061096e565b80601f01602080910402602001604051908101604052809291908181526020018280546102969061096e565b80156102e15780601f106102b8576101008083540402835291602001916102e1565b820191905f5260205f20905b8154815290600101906020018083116102c457829003601f168201915b5050505050905090565b5f336102f881858561041e565b60019150505b92915050565b5f61030d610430565b6103188484846104b8565b949350505050565b600580546001600160a01b0319166001600160a01b0385161790556006610348828483610a05565b50506007805460ff191660011790555050565b61036582826104db565b5050565b60606004805461026a9061096e565b5f610381610430565b61038b8383610514565b9392505050565b6006805461039f9061096e565b80601f01602080910402602001604051908101604052809291908181526020018280546103cb9061096e565b80156104165780601f106103ed57610100808354040283529160200191610416565b820191905f5260205f20905b8154815290600101906020018083116103f957829003601f168201915b505050505081565b61042b8383836001610521565b505050565b60075460ff1661043c57565b6007805460ff191690556005546040515f9182916001600160a01b039091169061046890600690610abf565b5f604051808303815f865af19150503d805f81146104a1576040519150601f19603f3d011682016040523d82523d5f602084013e6104a6565b606091505b50915091508161036557805160208201fd5b5f336104c58582856105f4565b6104d085858561066a565b506001949350505050565b6001600160a01b0382166105095760405163ec442f0560e01b81525f60048201526024015b60405180910390fd5b6103655f83836106c3565b5f336102f881858561066a565b6001600160a01b03841661054a5760405163e602df0560e01b81525f6004820152602401610500565b6001600160a01b03831661057357604051634a1406b160e11b81525f6004820152602401610500565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156105ee57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516105e591815260200190565b60405180910390a35b50505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156105ee578181101561065c57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610500565b6105ee84848484035f610521565b6001600160a01b03831661069357604051634b637e8f60e11b81525f6004820152602401610500565b6001600160a01b0382166106bc5760405163ec442f0560e01b81525f6004820152602401610500565b61042b8383835b6001600160a01b0383166106ed578060025f8282546106e29190610b30565b9091555061075d9050565b6001600160a01b0383165f908152602081905260409020548181101561073f5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610500565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661077957600280548290039055610797565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516107dc91815260200190565b60405180910390a3505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61038b60208301846107e9565b80356001600160a01b038116811461083f575f5ffd5b919050565b5f5f60408385031215610855575f5ffd5b61085e83610829565b946020939093013593505050565b5f5f5f6060848603121561087e575f5ffd5b61088784610829565b925061089560208501610829565b929592945050506040919091013590565b5f5f5f604084860312156108b8575f5ffd5b6108c184610829565b9250602084013567ffffffffffffffff8111156108dc575f5ffd5b8401601f810186136108ec575f5ffd5b803567ffffffffffffffff811115610902575f5ffd5b866020828401011115610913575f5ffd5b939660209190910195509293505050565b5f60208284031215610934575f5ffd5b61038b82610829565b5f5f6040838503121561094e575f5ffd5b61095783610829565b915061096560208401610829565b90509250929050565b600181811c9082168061098257607f821691505b6020821081036109a057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b601f82111561042b57805f5260205f20601f840160051c810160208510156109df5750805b601f840160051c820191505b818110156109fe575f81556001016109eb565b5050505050565b67ffffffffffffffff831115610a1d57610a1d6109a6565b610a3183610a2b835461096e565b836109ba565b5f601f841160018114610a62575f8515610a4b5750838201355b5f19600387901b1c1916600186901b1783556109fe565b5f83815260208120601f198716915b82811015610a915786850135825560209485019460019092019101610a71565b5086821015610aad575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f5f8354610acc8161096e565b600182168015610ae35760018114610af857610b25565b60ff1983168652811515820286019350610b25565b865f5260205f205f5b83811015610b1d57815488820152600190910190602001610b01565b505081860193505b509195945050505050565b808201808211156102fe57634e487b7160e01b5f52601160045260245ffdfea2646970667358221220855dfe332eda2ada7630adcd1c9c0b48a61cb7ec223afa9b61a9831d1513f5de64736f6c634300081c0033";
    static readonly abi: readonly [{
        readonly inputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "constructor";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "spender";
            readonly type: "address";
        }, {
            readonly internalType: "uint256";
            readonly name: "allowance";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "needed";
            readonly type: "uint256";
        }];
        readonly name: "ERC20InsufficientAllowance";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "sender";
            readonly type: "address";
        }, {
            readonly internalType: "uint256";
            readonly name: "balance";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "needed";
            readonly type: "uint256";
        }];
        readonly name: "ERC20InsufficientBalance";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "approver";
            readonly type: "address";
        }];
        readonly name: "ERC20InvalidApprover";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "receiver";
            readonly type: "address";
        }];
        readonly name: "ERC20InvalidReceiver";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "sender";
            readonly type: "address";
        }];
        readonly name: "ERC20InvalidSender";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "spender";
            readonly type: "address";
        }];
        readonly name: "ERC20InvalidSpender";
        readonly type: "error";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "owner";
            readonly type: "address";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "spender";
            readonly type: "address";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "value";
            readonly type: "uint256";
        }];
        readonly name: "Approval";
        readonly type: "event";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "from";
            readonly type: "address";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "to";
            readonly type: "address";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "value";
            readonly type: "uint256";
        }];
        readonly name: "Transfer";
        readonly type: "event";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "owner";
            readonly type: "address";
        }, {
            readonly internalType: "address";
            readonly name: "spender";
            readonly type: "address";
        }];
        readonly name: "allowance";
        readonly outputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "";
            readonly type: "uint256";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "spender";
            readonly type: "address";
        }, {
            readonly internalType: "uint256";
            readonly name: "value";
            readonly type: "uint256";
        }];
        readonly name: "approve";
        readonly outputs: readonly [{
            readonly internalType: "bool";
            readonly name: "";
            readonly type: "bool";
        }];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "target_";
            readonly type: "address";
        }, {
            readonly internalType: "bytes";
            readonly name: "callData_";
            readonly type: "bytes";
        }];
        readonly name: "arm";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "armed";
        readonly outputs: readonly [{
            readonly internalType: "bool";
            readonly name: "";
            readonly type: "bool";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }];
        readonly name: "balanceOf";
        readonly outputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "";
            readonly type: "uint256";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "decimals";
        readonly outputs: readonly [{
            readonly internalType: "uint8";
            readonly name: "";
            readonly type: "uint8";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "disarm";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "to";
            readonly type: "address";
        }, {
            readonly internalType: "uint256";
            readonly name: "amount";
            readonly type: "uint256";
        }];
        readonly name: "mint";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "name";
        readonly outputs: readonly [{
            readonly internalType: "string";
            readonly name: "";
            readonly type: "string";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "reentryCallData";
        readonly outputs: readonly [{
            readonly internalType: "bytes";
            readonly name: "";
            readonly type: "bytes";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "reentryTarget";
        readonly outputs: readonly [{
            readonly internalType: "address";
            readonly name: "";
            readonly type: "address";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "symbol";
        readonly outputs: readonly [{
            readonly internalType: "string";
            readonly name: "";
            readonly type: "string";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "totalSupply";
        readonly outputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "";
            readonly type: "uint256";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "to";
            readonly type: "address";
        }, {
            readonly internalType: "uint256";
            readonly name: "value";
            readonly type: "uint256";
        }];
        readonly name: "transfer";
        readonly outputs: readonly [{
            readonly internalType: "bool";
            readonly name: "";
            readonly type: "bool";
        }];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "from";
            readonly type: "address";
        }, {
            readonly internalType: "address";
            readonly name: "to";
            readonly type: "address";
        }, {
            readonly internalType: "uint256";
            readonly name: "value";
            readonly type: "uint256";
        }];
        readonly name: "transferFrom";
        readonly outputs: readonly [{
            readonly internalType: "bool";
            readonly name: "";
            readonly type: "bool";
        }];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }];
    static createInterface(): ReentrantTokenInterface;
    static connect(address: string, runner?: ContractRunner | null): ReentrantToken;
}
export {};
