import { ContractFactory, ContractTransactionResponse } from "ethers";
import type { Signer, AddressLike, ContractDeployTransaction, ContractRunner } from "ethers";
import type { NonPayableOverrides } from "../../common.js";
import type { TariffRegistry, TariffRegistryInterface } from "../../contracts/TariffRegistry.js";
type TariffRegistryConstructorParams = [signer?: Signer] | ConstructorParameters<typeof ContractFactory>;
export declare class TariffRegistry__factory extends ContractFactory {
    constructor(...args: TariffRegistryConstructorParams);
    getDeployTransaction(admin: AddressLike, meterRegistry: AddressLike, overrides?: NonPayableOverrides & {
        from?: string;
    }): Promise<ContractDeployTransaction>;
    deploy(admin: AddressLike, meterRegistry: AddressLike, overrides?: NonPayableOverrides & {
        from?: string;
    }): Promise<TariffRegistry & {
        deploymentTransaction(): ContractTransactionResponse;
    }>;
    connect(runner: ContractRunner | null): TariffRegistry__factory;
    static readonly bytecode = "0x60a060405234801561000f575f5ffd5b5060405161150c38038061150c83398101604081905261002e91610146565b6001600160a01b038216158061004b57506001600160a01b038116155b156100695760405163d92e233d60e01b815260040160405180910390fd5b6100735f83610086565b506001600160a01b03166080525061017e565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610126575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100de3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610129565b505f5b92915050565b6001600160a01b0381168114610143575f5ffd5b50565b5f5f60408385031215610157575f5ffd5b82516101628161012f565b60208401519092506101738161012f565b809150509250929050565b6080516113686101a45f395f81816102b201528181610489015261088601526113685ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c80636e889688116100bf578063bae74c1111610079578063bae74c1114610334578063c3077b3c1461035c578063c51a3c8e1461037d578063d547741f14610390578063e63ab1e9146103a3578063ee1967e3146103ca575f5ffd5b80636e889688146102ad578063767620b9146102ec5780637d198b18146102ff5780638456cb591461031257806391d148541461031a578063a217fddf1461032d575f5ffd5b80632f2ff15d116101105780632f2ff15d1461024c578063323184a51461026157806336568abe146102745780633f4ba83a146102875780634ef48d431461028f5780635c975abb146102a2575f5ffd5b806301ffc9a714610157578063144bf5891461017f5780632115e7bf146101b45780632363509d146101db578063248a9ca31461020357806325c2cd1214610225575b5f5ffd5b61016a610165366004611086565b6103ea565b60405190151581526020015b60405180910390f35b6101a67f20b5f7ac978e5d6199de06401411960dfa81d2f762655f6206bdc61d46fc19e681565b604051908152602001610176565b6101a67f2a5f906c256a5d799494fcd066e1f6c077689de1cdb65052a1624de4bace99bf81565b6101a66101e93660046110ca565b6001600160401b03165f9081526004602052604090205490565b6101a66102113660046110e3565b5f9081526020819052604090206001015490565b6101a67f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181565b61025f61025a36600461110e565b610420565b005b61025f61026f36600461113c565b61044a565b61025f61028236600461110e565b6105cb565b61025f610603565b61025f61029d366004611178565b610638565b60015460ff1661016a565b6102d47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610176565b61025f6102fa36600461113c565b61085e565b61025f61030d3660046111b1565b610a1b565b61025f610afc565b61016a61032836600461110e565b610b2e565b6101a65f81565b6101a66103423660046110ca565b6001600160401b03165f9081526003602052604090205490565b61036f61036a36600461113c565b610b56565b60405161017692919061129a565b61025f61038b3660046110e3565b610c25565b61025f61039e36600461110e565b610cf2565b6101a67f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6103dd6103d83660046110e3565b610d16565b60405161017691906112b5565b5f6001600160e01b03198216637965db0b60e01b148061041a57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8281526020819052604090206001015461043a81610dc7565b6104448383610dd1565b50505050565b610452610e60565b5f61045c82610e86565b604051631089e3fd60e01b81526001600160401b03851660048201529091505f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631089e3fd906024016040805180830381865afa1580156104cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104f191906112c3565b90925090506001600160a01b03821661052d5760405163a7b0a03b60e01b81526001600160401b03861660048201526024015b60405180910390fd5b336001600160a01b03821614158061054f575082546001600160a01b03163314155b1561057e5760405163ad44e44f60e01b81526001600160401b0386166004820152336024820152604401610524565b6001600160401b0385165f81815260036020526040808220879055513392879290917fafb4b6d484f42b65a6871f915e8710a403f048abcb749cf25205197d695a51559190a45050505050565b6001600160a01b03811633146105f45760405163334bd91960e11b815260040160405180910390fd5b6105fe8282610ee4565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61062d81610dc7565b610635610f4d565b50565b7f2a5f906c256a5d799494fcd066e1f6c077689de1cdb65052a1624de4bace99bf61066281610dc7565b61066a610e60565b83158061069757507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018410155b156106b85760405163018f31f560e51b815260048101859052602401610524565b5f5f85815260026020526040902054600160f01b900460ff1660038111156106e2576106e2611226565b1461070357604051634d13502560e01b815260048101859052602401610524565b8264ffffffffff168264ffffffffff161161074257604051639b86885d60e01b815264ffffffffff808516600483015283166024820152604401610524565b6040805160808101825233815264ffffffffff808616602083015284169181019190915260608101600190525f8581526002602090815260409182902083518154928501519385015164ffffffffff908116600160c81b0264ffffffffff60c81b1991909516600160a01b026001600160c81b03199094166001600160a01b03909216919091179290921791821683178155606084015190929091839160ff60f01b191665ffffffffffff60c81b1990911617600160f01b83600381111561080c5761080c611226565b0217905550506040805164ffffffffff80871682528516602082015233925086917fe8c81dbf773fa4f5043626e8f82eff5d5bc3c2a7bb03b109b77a3bfca8019a08910160405180910390a350505050565b610866610e60565b604051631089e3fd60e01b81526001600160401b03831660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631089e3fd906024016040805180830381865afa1580156108d2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108f691906112c3565b5090506001600160a01b03811661092b5760405163a7b0a03b60e01b81526001600160401b0384166004820152602401610524565b336001600160a01b0382161461096557604051637f1b42e960e11b81526001600160401b0384166004820152336024820152604401610524565b6001600160401b0383165f9081526003602052604090205482141580610989575081155b156109b95760405163018dd79360e01b81526001600160401b038416600482015260248101839052604401610524565b6109c282610e86565b506001600160401b0383165f8181526003602090815260408083208390556004909152808220859055513392859290917fc5f845957f5554d39fc99e777e75c66971ea873b86fc2e03568a60e0a3cf5a849190a4505050565b7f20b5f7ac978e5d6199de06401411960dfa81d2f762655f6206bdc61d46fc19e6610a4581610dc7565b610a4d610e60565b5f610a5785610f9f565b905060038154600160f01b900460ff166003811115610a7857610a78611226565b03610aa657805460405163a5d15e1f60e01b8152610524918791600160f01b90910460ff16906004016112f0565b805460ff60f01b1916600360f01b178155604051339086907fbafad7d4f9a4db0f8b8012719f9fe8c77cf77e92edf9744a269f1e6573e8a75d90610aed9088908890611304565b60405180910390a35050505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610b2681610dc7565b610635610feb565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610b7d604080516080810182525f8082526020820181905291810182905290606082015290565b5f8281526002602090815260408083206001600160401b03871684526004835281842054825160808101845282546001600160a01b038116825264ffffffffff600160a01b8204811696830196909652600160c81b81049095169381019390935290929091908390606083019060ff600160f01b909104166003811115610c0657610c06611226565b6003811115610c1757610c17611226565b905250969095509350505050565b7f20b5f7ac978e5d6199de06401411960dfa81d2f762655f6206bdc61d46fc19e6610c4f81610dc7565b610c57610e60565b5f610c6183610f9f565b905060018154600160f01b900460ff166003811115610c8257610c82611226565b14610cb057805460405163a5d15e1f60e01b8152610524918591600160f01b90910460ff16906004016112f0565b805460ff60f01b1916600160f11b178155604051339084907f0e9246333de083603c432b04a8183127ce6e399f5f6c57d7631f5838aa363335905f90a3505050565b5f82815260208190526040902060010154610d0c81610dc7565b6104448383610ee4565b610d3d604080516080810182525f8082526020820181905291810182905290606082015290565b5f82815260026020908152604091829020825160808101845281546001600160a01b038116825264ffffffffff600160a01b8204811694830194909452600160c81b81049093169381019390935290606083019060ff600160f01b909104166003811115610dad57610dad611226565b6003811115610dbe57610dbe611226565b90525092915050565b6106358133611026565b5f610ddc8383610b2e565b610e59575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610e113390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161041a565b505f61041a565b60015460ff1615610e845760405163d93c066560e01b815260040160405180910390fd5b565b5f610e9082610f9f565b905060028154600160f01b900460ff166003811115610eb157610eb1611226565b14610edf57805460405163a5d15e1f60e01b8152610524918491600160f01b90910460ff16906004016112f0565b919050565b5f610eef8383610b2e565b15610e59575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161041a565b610f55611063565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f818152600260205260408120908154600160f01b900460ff166003811115610fca57610fca611226565b03610edf5760405163150820e160e21b815260048101839052602401610524565b610ff3610e60565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610f82565b6110308282610b2e565b61105f5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610524565b5050565b60015460ff16610e8457604051638dfc202b60e01b815260040160405180910390fd5b5f60208284031215611096575f5ffd5b81356001600160e01b0319811681146110ad575f5ffd5b9392505050565b80356001600160401b0381168114610edf575f5ffd5b5f602082840312156110da575f5ffd5b6110ad826110b4565b5f602082840312156110f3575f5ffd5b5035919050565b6001600160a01b0381168114610635575f5ffd5b5f5f6040838503121561111f575f5ffd5b823591506020830135611131816110fa565b809150509250929050565b5f5f6040838503121561114d575f5ffd5b611156836110b4565b946020939093013593505050565b803564ffffffffff81168114610edf575f5ffd5b5f5f5f6060848603121561118a575f5ffd5b8335925061119a60208501611164565b91506111a860408501611164565b90509250925092565b5f5f5f604084860312156111c3575f5ffd5b8335925060208401356001600160401b038111156111df575f5ffd5b8401601f810186136111ef575f5ffd5b80356001600160401b03811115611204575f5ffd5b866020828401011115611215575f5ffd5b939660209190910195509293505050565b634e487b7160e01b5f52602160045260245ffd5b6004811061125657634e487b7160e01b5f52602160045260245ffd5b9052565b60018060a01b03815116825264ffffffffff602082015116602083015264ffffffffff604082015116604083015260608101516105fe606084018261123a565b60a081016112a8828561125a565b8260808301529392505050565b6080810161041a828461125a565b5f5f604083850312156112d4575f5ffd5b82516112df816110fa565b6020840151909250611131816110fa565b828152604081016110ad602083018461123a565b60208152816020820152818360408301375f818301604090810191909152601f909201601f1916010191905056fea264697066735822122028a8d0d1c39fb907cb82f59234fc33a6b52ffb828879db259b6aff743e5ba26a64736f6c634300081c0033";
    static readonly abi: readonly [{
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "admin";
            readonly type: "address";
        }, {
            readonly internalType: "contract MeterRegistry";
            readonly name: "meterRegistry";
            readonly type: "address";
        }];
        readonly stateMutability: "nonpayable";
        readonly type: "constructor";
    }, {
        readonly inputs: readonly [];
        readonly name: "AccessControlBadConfirmation";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }, {
            readonly internalType: "bytes32";
            readonly name: "neededRole";
            readonly type: "bytes32";
        }];
        readonly name: "AccessControlUnauthorizedAccount";
        readonly type: "error";
    }, {
        readonly inputs: readonly [];
        readonly name: "EnforcedPause";
        readonly type: "error";
    }, {
        readonly inputs: readonly [];
        readonly name: "ExpectedPause";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "InvalidCommitment";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint40";
            readonly name: "validFrom";
            readonly type: "uint40";
        }, {
            readonly internalType: "uint40";
            readonly name: "validUntil";
            readonly type: "uint40";
        }];
        readonly name: "InvalidWindow";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "address";
            readonly name: "caller";
            readonly type: "address";
        }];
        readonly name: "NotMetersConsumer";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "address";
            readonly name: "caller";
            readonly type: "address";
        }];
        readonly name: "NotMetersRetailer";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "NotOffered";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "TariffAlreadyRegistered";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }];
        readonly name: "UnknownMeter";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "UnknownTariff";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }, {
            readonly internalType: "enum TariffRegistry.Status";
            readonly name: "status";
            readonly type: "uint8";
        }];
        readonly name: "WrongStatus";
        readonly type: "error";
    }, {
        readonly inputs: readonly [];
        readonly name: "ZeroAddress";
        readonly type: "error";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: false;
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }];
        readonly name: "Paused";
        readonly type: "event";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: true;
            readonly internalType: "bytes32";
            readonly name: "role";
            readonly type: "bytes32";
        }, {
            readonly indexed: true;
            readonly internalType: "bytes32";
            readonly name: "previousAdminRole";
            readonly type: "bytes32";
        }, {
            readonly indexed: true;
            readonly internalType: "bytes32";
            readonly name: "newAdminRole";
            readonly type: "bytes32";
        }];
        readonly name: "RoleAdminChanged";
        readonly type: "event";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: true;
            readonly internalType: "bytes32";
            readonly name: "role";
            readonly type: "bytes32";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "sender";
            readonly type: "address";
        }];
        readonly name: "RoleGranted";
        readonly type: "event";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: true;
            readonly internalType: "bytes32";
            readonly name: "role";
            readonly type: "bytes32";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "sender";
            readonly type: "address";
        }];
        readonly name: "RoleRevoked";
        readonly type: "event";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: true;
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly indexed: true;
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "consumer";
            readonly type: "address";
        }];
        readonly name: "TariffAccepted";
        readonly type: "event";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: true;
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "regulator";
            readonly type: "address";
        }];
        readonly name: "TariffApproved";
        readonly type: "event";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: true;
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly indexed: true;
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }];
        readonly name: "TariffOffered";
        readonly type: "event";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: true;
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }, {
            readonly indexed: false;
            readonly internalType: "uint40";
            readonly name: "validFrom";
            readonly type: "uint40";
        }, {
            readonly indexed: false;
            readonly internalType: "uint40";
            readonly name: "validUntil";
            readonly type: "uint40";
        }];
        readonly name: "TariffRegistered";
        readonly type: "event";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: true;
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "regulator";
            readonly type: "address";
        }, {
            readonly indexed: false;
            readonly internalType: "string";
            readonly name: "reason";
            readonly type: "string";
        }];
        readonly name: "TariffRejected";
        readonly type: "event";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: false;
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }];
        readonly name: "Unpaused";
        readonly type: "event";
    }, {
        readonly inputs: readonly [];
        readonly name: "DEFAULT_ADMIN_ROLE";
        readonly outputs: readonly [{
            readonly internalType: "bytes32";
            readonly name: "";
            readonly type: "bytes32";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "PAUSER_ROLE";
        readonly outputs: readonly [{
            readonly internalType: "bytes32";
            readonly name: "";
            readonly type: "bytes32";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "REGULATOR_ROLE";
        readonly outputs: readonly [{
            readonly internalType: "bytes32";
            readonly name: "";
            readonly type: "bytes32";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "RETAILER_ROLE";
        readonly outputs: readonly [{
            readonly internalType: "bytes32";
            readonly name: "";
            readonly type: "bytes32";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "SNARK_SCALAR_FIELD";
        readonly outputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "";
            readonly type: "uint256";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "acceptTariff";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }];
        readonly name: "acceptedTariff";
        readonly outputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "";
            readonly type: "uint256";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "approveTariff";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "bytes32";
            readonly name: "role";
            readonly type: "bytes32";
        }];
        readonly name: "getRoleAdmin";
        readonly outputs: readonly [{
            readonly internalType: "bytes32";
            readonly name: "";
            readonly type: "bytes32";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "getTariff";
        readonly outputs: readonly [{
            readonly components: readonly [{
                readonly internalType: "address";
                readonly name: "retailer";
                readonly type: "address";
            }, {
                readonly internalType: "uint40";
                readonly name: "validFrom";
                readonly type: "uint40";
            }, {
                readonly internalType: "uint40";
                readonly name: "validUntil";
                readonly type: "uint40";
            }, {
                readonly internalType: "enum TariffRegistry.Status";
                readonly name: "status";
                readonly type: "uint8";
            }];
            readonly internalType: "struct TariffRegistry.Tariff";
            readonly name: "";
            readonly type: "tuple";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "bytes32";
            readonly name: "role";
            readonly type: "bytes32";
        }, {
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }];
        readonly name: "grantRole";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "bytes32";
            readonly name: "role";
            readonly type: "bytes32";
        }, {
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }];
        readonly name: "hasRole";
        readonly outputs: readonly [{
            readonly internalType: "bool";
            readonly name: "";
            readonly type: "bool";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "meters";
        readonly outputs: readonly [{
            readonly internalType: "contract MeterRegistry";
            readonly name: "";
            readonly type: "address";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "offerTariff";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }];
        readonly name: "offeredTariff";
        readonly outputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "";
            readonly type: "uint256";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "pause";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "paused";
        readonly outputs: readonly [{
            readonly internalType: "bool";
            readonly name: "";
            readonly type: "bool";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint40";
            readonly name: "validFrom";
            readonly type: "uint40";
        }, {
            readonly internalType: "uint40";
            readonly name: "validUntil";
            readonly type: "uint40";
        }];
        readonly name: "registerTariff";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }, {
            readonly internalType: "string";
            readonly name: "reason";
            readonly type: "string";
        }];
        readonly name: "rejectTariff";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "bytes32";
            readonly name: "role";
            readonly type: "bytes32";
        }, {
            readonly internalType: "address";
            readonly name: "callerConfirmation";
            readonly type: "address";
        }];
        readonly name: "renounceRole";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "bytes32";
            readonly name: "role";
            readonly type: "bytes32";
        }, {
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }];
        readonly name: "revokeRole";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "settlementTariff";
        readonly outputs: readonly [{
            readonly components: readonly [{
                readonly internalType: "address";
                readonly name: "retailer";
                readonly type: "address";
            }, {
                readonly internalType: "uint40";
                readonly name: "validFrom";
                readonly type: "uint40";
            }, {
                readonly internalType: "uint40";
                readonly name: "validUntil";
                readonly type: "uint40";
            }, {
                readonly internalType: "enum TariffRegistry.Status";
                readonly name: "status";
                readonly type: "uint8";
            }];
            readonly internalType: "struct TariffRegistry.Tariff";
            readonly name: "tariff";
            readonly type: "tuple";
        }, {
            readonly internalType: "uint256";
            readonly name: "accepted";
            readonly type: "uint256";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "bytes4";
            readonly name: "interfaceId";
            readonly type: "bytes4";
        }];
        readonly name: "supportsInterface";
        readonly outputs: readonly [{
            readonly internalType: "bool";
            readonly name: "";
            readonly type: "bool";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "unpause";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }];
    static createInterface(): TariffRegistryInterface;
    static connect(address: string, runner?: ContractRunner | null): TariffRegistry;
}
export {};
