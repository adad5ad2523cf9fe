import { ContractFactory, ContractTransactionResponse } from "ethers";
import type { Signer, AddressLike, ContractDeployTransaction, ContractRunner } from "ethers";
import type { NonPayableOverrides } from "../../common.js";
import type { MeterRegistry, MeterRegistryInterface } from "../../contracts/MeterRegistry.js";
type MeterRegistryConstructorParams = [signer?: Signer] | ConstructorParameters<typeof ContractFactory>;
export declare class MeterRegistry__factory extends ContractFactory {
    constructor(...args: MeterRegistryConstructorParams);
    getDeployTransaction(admin: AddressLike, overrides?: NonPayableOverrides & {
        from?: string;
    }): Promise<ContractDeployTransaction>;
    deploy(admin: AddressLike, overrides?: NonPayableOverrides & {
        from?: string;
    }): Promise<MeterRegistry & {
        deploymentTransaction(): ContractTransactionResponse;
    }>;
    connect(runner: ContractRunner | null): MeterRegistry__factory;
    static readonly bytecode = "0x608060405234801561000f575f5ffd5b506040516116b03803806116b083398101604081905261002e9161010f565b6001600160a01b0381166100555760405163d92e233d60e01b815260040160405180910390fd5b61005f5f82610066565b505061013c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610106575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100be3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610109565b505f5b92915050565b5f6020828403121561011f575f5ffd5b81516001600160a01b0381168114610135575f5ffd5b9392505050565b611567806101495f395ff3fe608060405234801561000f575f5ffd5b5060043610610148575f3560e01c80638e4678be116100bf578063bb5b27e111610079578063bb5b27e1146103ff578063c12a3fae146104df578063ce5fe227146104f2578063d547741f14610505578063da1ac57e14610518578063e63ab1e91461052b575f5ffd5b80638e4678be1461036957806391d14854146103895780639f624ed81461039c578063a217fddf146103be578063b3c5dc1b146103c5578063ba9cf01d146103d8575f5ffd5b80632f2ff15d116101105780632f2ff15d1461031257806336568abe146103275780633f4ba83a1461033a5780635c975abb146103425780636b4277041461034d5780638456cb5914610361575f5ffd5b806301ffc9a71461014c5780631089e3fd1461017457806316ca595a146101d1578063248a9ca3146102ce57806325c2cd12146102fe575b5f5ffd5b61015f61015a366004611258565b610552565b60405190151581526020015b60405180910390f35b6101b1610182366004611295565b6001600160401b03165f90815260026020526040902080546001909101546001600160a01b0391821692911690565b604080516001600160a01b0393841681529290911660208301520161016b565b61027a6101df366004611295565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160401b03165f90815260026020818152604092839020835160a08101855281546001600160a01b038082168352600160a01b820464ffffffffff1694830194909452600160c81b900460ff16151594810194909452600181015490911660608401520154608082015290565b60405161016b919081516001600160a01b03908116825260208084015164ffffffffff1690830152604080840151151590830152606080840151909116908201526080918201519181019190915260a00190565b6102f06102dc3660046112ae565b5f9081526020819052604090206001015490565b60405190815260200161016b565b6102f05f5160206114f25f395f51905f5281565b6103256103203660046112db565b610588565b005b6103256103353660046112db565b6105b2565b6103256105ea565b60015460ff1661015f565b6102f05f5160206115125f395f51905f5281565b61032561061f565b61037c610377366004611305565b610651565b60405161016b919061132d565b61015f6103973660046112db565b610681565b6103a864ffffffffff81565b60405164ffffffffff909116815260200161016b565b6102f05f81565b6103256103d33660046113c7565b6106a9565b6102f07f300f9ae985dc711960f7a4d1dd013f9c19ecf40bff149522ab7523b2187a384681565b61048f61040d3660046112ae565b60408051608080820183525f808352602080840182905283850182905260609384018290529481526003855283902083519182018452546001600160401b0381168252600160401b810464ffffffffff90811695830195909552600160681b810490941692810192909252600160901b90920460ff1615159181019190915290565b60405161016b91905f6080820190506001600160401b03835116825264ffffffffff602084015116602083015264ffffffffff604084015116604083015260608301511515606083015292915050565b6103256104ed3660046113ef565b6107de565b61037c61050036600461145b565b610b08565b6103256105133660046112db565b610bc4565b6103256105263660046114a5565b610be8565b6102f07f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b5f6001600160e01b03198216637965db0b60e01b148061058257506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152602081905260409020600101546105a281610e23565b6105ac8383610e2d565b50505050565b6001600160a01b03811633146105db5760405163334bd91960e11b815260040160405180910390fd5b6105e58282610ebc565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61061481610e23565b61061c610f25565b50565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61064981610e23565b61061c610f77565b61065961121d565b6001600160401b0383165f90815260026020526040902061067a9083610fb2565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f5160206115125f395f51905f526106c081610e23565b6106c8611082565b5f6106d2846110a8565b60028101545f8181526003602052604090208054929350909164ffffffffff600160401b9091048116908616101561074c5780546040516320c581e360e01b81526001600160401b0388166004820152600160401b90910464ffffffffff9081166024830152861660448201526064015b60405180910390fd5b805464ffffffffff600160681b9091048116908616101561078657805464ffffffffff60681b1916600160681b64ffffffffff8716021781555b8054604051600160681b90910464ffffffffff16815282906001600160401b038816907f43f8ba455a8acf24a59d005cb9363fb6b85c992996453ec26daf2b5f92f2eae69060200160405180910390a3505050505050565b5f5160206115125f395f51905f526107f581610e23565b6107fd611082565b6001600160401b0388165f90815260026020526040902054600160c81b900460ff161561084857604051634c5dd55b60e11b81526001600160401b0389166004820152602401610743565b6001600160a01b038416158061086557506001600160a01b038316155b156108835760405163d92e233d60e01b815260040160405180910390fd5b61088e8787876110f8565b6040518060a00160405280856001600160a01b031681526020018364ffffffffff168152602001600115158152602001846001600160a01b031681526020018881525060025f8a6001600160401b03166001600160401b031681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f0160196101000a81548160ff0219169083151502179055506060820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550608082015181600201559050506040518060800160405280896001600160401b031681526020018364ffffffffff16815260200164ffffffffff801681526020016001151581525060035f8981526020019081526020015f205f820151815f015f6101000a8154816001600160401b0302191690836001600160401b031602179055506020820151815f0160086101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f01600d6101000a81548164ffffffffff021916908364ffffffffff1602179055506060820151815f0160126101000a81548160ff021916908315150217905550905050826001600160a01b0316846001600160a01b0316896001600160401b03167ffed9fefbe2e6dcecab7e9777e16bffefc436931b6652cd9d60c0d69928e91c9b8a8a8a88604051610af694939291909384526020840192909252604083015264ffffffffff16606082015260800190565b60405180910390a45050505050505050565b610b1061121d565b7f300f9ae985dc711960f7a4d1dd013f9c19ecf40bff149522ab7523b2187a3846610b3a81610e23565b6001600160401b0386165f908152600260205260409020610b5b8187610fb2565b80519093508015610b7d57508464ffffffffff16836040015164ffffffffff16145b8015610b9657508464ffffffffff168464ffffffffff16115b15610bba57805464ffffffffff60a01b1916600160a01b64ffffffffff8616021781555b5050949350505050565b5f82815260208190526040902060010154610bde81610e23565b6105ac8383610ebc565b5f5160206115125f395f51905f52610bff81610e23565b610c07611082565b5f610c11876110a8565b9050610c1e8686866110f8565b60028101545f818152600360205260409020805464ffffffffff600160401b90910481169086161015610c8e5780546040516320c581e360e01b81526001600160401b038b166004820152600160401b90910464ffffffffff908116602483015286166044820152606401610743565b805464ffffffffff600160681b90910481169086161015610cc857805464ffffffffff60681b1916600160681b64ffffffffff8716021781555b87836002018190555060405180608001604052808a6001600160401b031681526020018664ffffffffff16815260200164ffffffffff801681526020016001151581525060035f8a81526020019081526020015f205f820151815f015f6101000a8154816001600160401b0302191690836001600160401b031602179055506020820151815f0160086101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f01600d6101000a81548164ffffffffff021916908364ffffffffff1602179055506060820151815f0160126101000a81548160ff02191690831515021790555090505087828a6001600160401b03167f43f7cd4cc623207deafbe91532bfeb397d94e0c956a36ecd14f4c84ce68684f88a8a8a604051610e1093929190928352602083019190915264ffffffffff16604082015260600190565b60405180910390a4505050505050505050565b61061c81336111bd565b5f610e388383610681565b610eb5575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610e6d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610582565b505f610582565b5f610ec78383610681565b15610eb5575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610582565b610f2d6111fa565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b610f7f611082565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610f5a565b610fba61121d565b505f9081526003602090815260409182902082516080808201855291546001600160401b03808216835264ffffffffff600160401b83048116848701908152600160681b8404821685890190815260ff600160901b9095048516151560608088019182528a5160e081018c529b54600160c81b810490971615158c526001600160a01b038716998c0199909952600160a01b9095048316988a0198909852925115159588019590955291519091169185019190915251811660a084015290511660c082015290565b60015460ff16156110a65760405163d93c066560e01b815260040160405180910390fd5b565b6001600160401b0381165f9081526002602052604090208054600160c81b900460ff166110f35760405163a7b0a03b60e01b81526001600160401b0383166004820152602401610743565b919050565b82158061111257505f5160206114f25f395f51905f528310155b8061112a57505f5160206114f25f395f51905f528210155b8061114257505f5160206114f25f395f51905f528110155b156111715760405163362a1bc760e11b8152600481018490526024810183905260448101829052606401610743565b5f8381526003602052604090208054600160901b900460ff16156105ac57805460405163e54ade0b60e01b8152600481018690526001600160401b039091166024820152604401610743565b6111c78282610681565b6111f65760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610743565b5050565b60015460ff166110a657604051638dfc202b60e01b815260040160405180910390fd5b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915290565b5f60208284031215611268575f5ffd5b81356001600160e01b03198116811461067a575f5ffd5b80356001600160401b03811681146110f3575f5ffd5b5f602082840312156112a5575f5ffd5b61067a8261127f565b5f602082840312156112be575f5ffd5b5035919050565b80356001600160a01b03811681146110f3575f5ffd5b5f5f604083850312156112ec575f5ffd5b823591506112fc602084016112c5565b90509250929050565b5f5f60408385031215611316575f5ffd5b61131f8361127f565b946020939093013593505050565b8151151581526020808301516001600160a01b03169082015260408083015164ffffffffff16908201526060808301511515908201526080808301516001600160401b03169082015260a08083015160e08301916113939084018264ffffffffff169052565b5060c08301516113ac60c084018264ffffffffff169052565b5092915050565b803564ffffffffff811681146110f3575f5ffd5b5f5f604083850312156113d8575f5ffd5b6113e18361127f565b91506112fc602084016113b3565b5f5f5f5f5f5f5f60e0888a031215611405575f5ffd5b61140e8861127f565b9650602088013595506040880135945060608801359350611431608089016112c5565b925061143f60a089016112c5565b915061144d60c089016113b3565b905092959891949750929550565b5f5f5f5f6080858703121561146e575f5ffd5b6114778561127f565b93506020850135925061148c604086016113b3565b915061149a606086016113b3565b905092959194509250565b5f5f5f5f5f60a086880312156114b9575f5ffd5b6114c28661127f565b94506020860135935060408601359250606086013591506114e5608087016113b3565b9050929550929590935056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001aaa25f8374941352c34d7c0d5c076ebb1636a1ab03ab4d5e7484518bfb5cce9aa264697066735822122097640ec4bd3924d9d0b6645ea71e6de40aceee406c81164592ade3bd3513452964736f6c634300081c0033";
    static readonly abi: readonly [{
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "admin";
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
            readonly name: "keyHash";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "pubKeyX";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "pubKeyY";
            readonly type: "uint256";
        }];
        readonly name: "InvalidKey";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint40";
            readonly name: "validFrom";
            readonly type: "uint40";
        }, {
            readonly internalType: "uint40";
            readonly name: "requested";
            readonly type: "uint40";
        }];
        readonly name: "InvalidKeyTime";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "keyHash";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }];
        readonly name: "KeyHashInUse";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }];
        readonly name: "MeterAlreadyRegistered";
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
        readonly inputs: readonly [];
        readonly name: "ZeroAddress";
        readonly type: "error";
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
            readonly name: "keyHash";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint40";
            readonly name: "revokedAt";
            readonly type: "uint40";
        }];
        readonly name: "KeyRevoked";
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
            readonly name: "oldKeyHash";
            readonly type: "uint256";
        }, {
            readonly indexed: true;
            readonly internalType: "uint256";
            readonly name: "newKeyHash";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "pubKeyX";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "pubKeyY";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint40";
            readonly name: "effectiveAt";
            readonly type: "uint40";
        }];
        readonly name: "KeyRotated";
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
            readonly internalType: "address";
            readonly name: "consumer";
            readonly type: "address";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "keyHash";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "pubKeyX";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "pubKeyY";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint40";
            readonly name: "firstPeriodStart";
            readonly type: "uint40";
        }];
        readonly name: "MeterRegistered";
        readonly type: "event";
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
        readonly name: "METERING_AUTHORITY_ROLE";
        readonly outputs: readonly [{
            readonly internalType: "bytes32";
            readonly name: "";
            readonly type: "bytes32";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "OPEN_END";
        readonly outputs: readonly [{
            readonly internalType: "uint40";
            readonly name: "";
            readonly type: "uint40";
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
        readonly name: "SETTLEMENT_ROLE";
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
            readonly name: "keyHash";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint40";
            readonly name: "periodStart";
            readonly type: "uint40";
        }, {
            readonly internalType: "uint40";
            readonly name: "periodEnd";
            readonly type: "uint40";
        }];
        readonly name: "claimPeriod";
        readonly outputs: readonly [{
            readonly components: readonly [{
                readonly internalType: "bool";
                readonly name: "meterExists";
                readonly type: "bool";
            }, {
                readonly internalType: "address";
                readonly name: "consumer";
                readonly type: "address";
            }, {
                readonly internalType: "uint40";
                readonly name: "nextPeriodStart";
                readonly type: "uint40";
            }, {
                readonly internalType: "bool";
                readonly name: "keyExists";
                readonly type: "bool";
            }, {
                readonly internalType: "uint64";
                readonly name: "keyMeterId";
                readonly type: "uint64";
            }, {
                readonly internalType: "uint40";
                readonly name: "keyValidFrom";
                readonly type: "uint40";
            }, {
                readonly internalType: "uint40";
                readonly name: "keyValidUntil";
                readonly type: "uint40";
            }];
            readonly internalType: "struct MeterRegistry.SettlementContext";
            readonly name: "ctx";
            readonly type: "tuple";
        }];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "keyHash";
            readonly type: "uint256";
        }];
        readonly name: "getKey";
        readonly outputs: readonly [{
            readonly components: readonly [{
                readonly internalType: "uint64";
                readonly name: "meterId";
                readonly type: "uint64";
            }, {
                readonly internalType: "uint40";
                readonly name: "validFrom";
                readonly type: "uint40";
            }, {
                readonly internalType: "uint40";
                readonly name: "validUntil";
                readonly type: "uint40";
            }, {
                readonly internalType: "bool";
                readonly name: "exists";
                readonly type: "bool";
            }];
            readonly internalType: "struct MeterRegistry.KeyRecord";
            readonly name: "";
            readonly type: "tuple";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }];
        readonly name: "getMeter";
        readonly outputs: readonly [{
            readonly components: readonly [{
                readonly internalType: "address";
                readonly name: "consumer";
                readonly type: "address";
            }, {
                readonly internalType: "uint40";
                readonly name: "nextPeriodStart";
                readonly type: "uint40";
            }, {
                readonly internalType: "bool";
                readonly name: "exists";
                readonly type: "bool";
            }, {
                readonly internalType: "address";
                readonly name: "retailer";
                readonly type: "address";
            }, {
                readonly internalType: "uint256";
                readonly name: "keyHash";
                readonly type: "uint256";
            }];
            readonly internalType: "struct MeterRegistry.Meter";
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
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }];
        readonly name: "parties";
        readonly outputs: readonly [{
            readonly internalType: "address";
            readonly name: "consumer";
            readonly type: "address";
        }, {
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
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
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint256";
            readonly name: "keyHash";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "pubKeyX";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "pubKeyY";
            readonly type: "uint256";
        }, {
            readonly internalType: "address";
            readonly name: "consumer";
            readonly type: "address";
        }, {
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }, {
            readonly internalType: "uint40";
            readonly name: "firstPeriodStart";
            readonly type: "uint40";
        }];
        readonly name: "registerMeter";
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
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint40";
            readonly name: "revokedAt";
            readonly type: "uint40";
        }];
        readonly name: "revokeKey";
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
            readonly name: "newKeyHash";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "pubKeyX";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "pubKeyY";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint40";
            readonly name: "effectiveAt";
            readonly type: "uint40";
        }];
        readonly name: "rotateKey";
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
            readonly name: "keyHash";
            readonly type: "uint256";
        }];
        readonly name: "settlementContext";
        readonly outputs: readonly [{
            readonly components: readonly [{
                readonly internalType: "bool";
                readonly name: "meterExists";
                readonly type: "bool";
            }, {
                readonly internalType: "address";
                readonly name: "consumer";
                readonly type: "address";
            }, {
                readonly internalType: "uint40";
                readonly name: "nextPeriodStart";
                readonly type: "uint40";
            }, {
                readonly internalType: "bool";
                readonly name: "keyExists";
                readonly type: "bool";
            }, {
                readonly internalType: "uint64";
                readonly name: "keyMeterId";
                readonly type: "uint64";
            }, {
                readonly internalType: "uint40";
                readonly name: "keyValidFrom";
                readonly type: "uint40";
            }, {
                readonly internalType: "uint40";
                readonly name: "keyValidUntil";
                readonly type: "uint40";
            }];
            readonly internalType: "struct MeterRegistry.SettlementContext";
            readonly name: "ctx";
            readonly type: "tuple";
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
    static createInterface(): MeterRegistryInterface;
    static connect(address: string, runner?: ContractRunner | null): MeterRegistry;
}
export {};
