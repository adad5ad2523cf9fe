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
    static readonly bytecode = "0x60a060405234801561000f575f5ffd5b5060405161191638038061191683398101604081905261002e91610146565b6001600160a01b038216158061004b57506001600160a01b038116155b156100695760405163d92e233d60e01b815260040160405180910390fd5b6100735f83610086565b506001600160a01b03166080525061017e565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610126575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100de3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610129565b505f5b92915050565b6001600160a01b0381168114610143575f5ffd5b50565b5f5f60408385031215610157575f5ffd5b82516101628161012f565b60208401519092506101738161012f565b809150509250929050565b6080516117726101a45f395f81816102d2015281816106170152610a9e01526117725ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c80635c975abb116100bf578063a217fddf11610079578063a217fddf1461033a578063aae5c55614610341578063bae74c1114610363578063d547741f1461038b578063e63ab1e91461039e578063ed8f9fc3146103c5575f5ffd5b80635c975abb146102af5780636e43d1f2146102ba5780636e889688146102cd578063767620b91461030c5780638456cb591461031f57806391d1485414610327575f5ffd5b8063248a9ca311610110578063248a9ca31461022557806325c2cd12146102475780632f2ff15d1461026e578063323184a51461028157806336568abe146102945780633f4ba83a146102a7575f5ffd5b806301ffc9a714610157578063144bf5891461017f578063173afa05146101b45780631f009b34146101d45780632115e7bf146101e95780632363509d146101fd575b5f5ffd5b61016a6101653660046112cf565b6103d8565b60405190151581526020015b60405180910390f35b6101a67f20b5f7ac978e5d6199de06401411960dfa81d2f762655f6206bdc61d46fc19e681565b604051908152602001610176565b6101c76101c2366004611311565b61040e565b60405161017691906113aa565b6101e76101e2366004611311565b6104cb565b005b6101a65f51602061171d5f395f51905f5281565b6101a661020b3660046113d3565b6001600160401b03165f9081526004602052604090205490565b6101a66102333660046113ec565b5f9081526020819052604090206001015490565b6101a67f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181565b6101e761027c366004611403565b6105ae565b6101e761028f366004611431565b6105d8565b6101e76102a2366004611403565b610776565b6101e76107ae565b60015460ff1661016a565b6101e76102c836600461145d565b6107e3565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610176565b6101e761031a366004611431565b610a76565b6101e7610d27565b61016a610335366004611403565b610d59565b6101a65f81565b61035461034f3660046114b3565b610d81565b604051610176939291906114ef565b6101a66103713660046113d3565b6001600160401b03165f9081526003602052604090205490565b6101e7610399366004611403565b610e72565b6101a67f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6101e76103d3366004611513565b610e96565b5f6001600160e01b03198216637965db0b60e01b148061040857506301ffc9a760e01b6001600160e01b03198316145b92915050565b610435604080516080810182525f8082526020820181905291810182905290606082015290565b6001600160a01b0383165f9081526002602081815260408084208685528252928390208351608081018552815464ffffffffff8082168352600160281b82041693820193909352600160501b830490930b938301939093529091906060830190600160681b900460ff1660038111156104b0576104b061133b565b60038111156104c1576104c161133b565b9052509392505050565b7f20b5f7ac978e5d6199de06401411960dfa81d2f762655f6206bdc61d46fc19e66104f581610f7c565b6104fd610f86565b5f6105088484610fac565b905060018154600160681b900460ff1660038111156105295761052961133b565b1461056057805460405163a5d15e1f60e01b8152610557918591600160681b90910460ff1690600401611596565b60405180910390fd5b805460ff60681b1916600160691b17815560405133906001600160a01b0386169085907f9df9e574b66e32a6581d79f23be6caa0ae97a916647a90e6875109908c9d9ccb905f90a450505050565b5f828152602081905260409020600101546105c881610f7c565b6105d2838361101c565b50505050565b5f51602061171d5f395f51905f526105ef81610f7c565b6105f7610f86565b604051630b652cad60e11b81526001600160401b03841660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906316ca595a9060240160c060405180830381865afa158015610664573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061068891906115cf565b905080604001516106b75760405163a7b0a03b60e01b81526001600160401b0385166004820152602401610557565b80608001516001600160a01b0316336001600160a01b0316146106fe5760405163ad44e44f60e01b81526001600160401b0385166004820152336024820152604401610557565b5f61070933856110ab565b6020830151815491925061072991879190600160501b900460020b611105565b6001600160401b0385165f81815260036020526040808220879055513392879290917fafb4b6d484f42b65a6871f915e8710a403f048abcb749cf25205197d695a51559190a45050505050565b6001600160a01b038116331461079f5760405163334bd91960e11b815260040160405180910390fd5b6107a98282611179565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6107d881610f7c565b6107e06111e2565b50565b5f51602061171d5f395f51905f526107fa81610f7c565b610802610f86565b84158061082f57507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018510155b156108505760405163018f31f560e51b815260048101869052602401610557565b335f9081526002602090815260408083208884529091528120908154600160681b900460ff1660038111156108875761088761133b565b146108ae5760405163f99ddfc960e01b815233600482015260248101879052604401610557565b8464ffffffffff168464ffffffffff16116108ed57604051639b86885d60e01b815264ffffffffff808716600483015285166024820152604401610557565b61c4e0600284900b1380610910575061090761c4e0611688565b60020b8360020b125b156109345760405163f2d28cab60e01b8152600284900b6004820152602401610557565b60405180608001604052808664ffffffffff1681526020018564ffffffffff1681526020018460020b8152602001600160038111156109755761097561133b565b9052335f9081526002602090815260408083208a845282529182902083518154928501519385015162ffffff16600160501b0262ffffff60501b1964ffffffffff958616600160281b0269ffffffffffffffffffff1990951695909216949094179290921791821683178155606084015190929091839160ff60681b191663ffffffff60501b1990911617600160681b836003811115610a1757610a1761133b565b0217905550506040805164ffffffffff888116825287166020820152600286900b81830152905133925088917fb4a48a3de442afc12d8dcb330ac3214c27bbf238958b0c65a39f54d90f4f58f1919081900360600190a3505050505050565b610a7e610f86565b604051630b652cad60e11b81526001600160401b03831660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906316ca595a9060240160c060405180830381865afa158015610aeb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b0f91906115cf565b90508060400151610b3e5760405163a7b0a03b60e01b81526001600160401b0384166004820152602401610557565b80516001600160a01b03163314610b7957604051637f1b42e960e11b81526001600160401b0384166004820152336024820152604401610557565b6001600160401b0383165f9081526003602052604090205482141580610b9d575081155b15610bcd5760405163018dd79360e01b81526001600160401b038416600482015260248101839052604401610557565b5f610bdc8260800151846110ab565b9050610bf95f51602061171d5f395f51905f528360800151610d59565b610c27576080820151604051636b1c407d60e11b81526001600160a01b039091166004820152602401610557565b60208201518154610c43918691600160501b900460020b611105565b8054602083015164ffffffffff91821691161080610c7857508054602083015164ffffffffff600160281b9092048216911610155b15610cce5760208201518154604051632ecc003560e21b81526001600160401b038716600482015264ffffffffff92831660248201528282166044820152600160281b9091049091166064820152608401610557565b6001600160401b0384165f8181526003602090815260408083208390556004909152808220869055513392869290917fc5f845957f5554d39fc99e777e75c66971ea873b86fc2e03568a60e0a3cf5a849190a450505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610d5181610f7c565b6107e0611234565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610da8604080516080810182525f8082526020820181905291810182905290606082015290565b6001600160a01b0383165f90815260026020908152604080832085845282528083206001600160401b03881684526004909252822054829190610df85f51602061171d5f395f51905f5288610d59565b60408051608081018252845464ffffffffff8082168352600160281b8204166020830152600160501b810460020b928201929092529084906060830190600160681b900460ff166003811115610e5057610e5061133b565b6003811115610e6157610e6161133b565b905250999198509650945050505050565b5f82815260208190526040902060010154610e8c81610f7c565b6105d28383611179565b7f20b5f7ac978e5d6199de06401411960dfa81d2f762655f6206bdc61d46fc19e6610ec081610f7c565b5f610ecb8686610fac565b905060038154600160681b900460ff166003811115610eec57610eec61133b565b03610f1a57805460405163a5d15e1f60e01b8152610557918791600160681b90910460ff1690600401611596565b805460ff60681b1916600360681b17815560405133906001600160a01b0388169087907fcff3ede2978af862e977cc5ff1117cafef5696236d899eb605db13567884c15f90610f6c90899089906116a8565b60405180910390a4505050505050565b6107e0813361126f565b60015460ff1615610faa5760405163d93c066560e01b815260040160405180910390fd5b565b6001600160a01b0382165f9081526002602090815260408083208484529091528120908154600160681b900460ff166003811115610fec57610fec61133b565b03610408576040516389f0b37960e01b81526001600160a01b038416600482015260248101839052604401610557565b5f6110278383610d59565b6110a4575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561105c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610408565b505f610408565b5f6110b68383610fac565b905060028154600160681b900460ff1660038111156110d7576110d761133b565b1461040857805460405163a5d15e1f60e01b8152610557918491600160681b90910460ff1690600401611596565b5f61111b600283900b64ffffffffff85166116d6565b905062015180811280611139575061113662015180826116fd565b15155b156105d2576040516343f7997360e11b81526001600160401b038516600482015264ffffffffff84166024820152600283900b6044820152606401610557565b5f6111848383610d59565b156110a4575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610408565b6111ea6112ac565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b61123c610f86565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833611217565b6112798282610d59565b6112a85760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610557565b5050565b60015460ff16610faa57604051638dfc202b60e01b815260040160405180910390fd5b5f602082840312156112df575f5ffd5b81356001600160e01b0319811681146112f6575f5ffd5b9392505050565b6001600160a01b03811681146107e0575f5ffd5b5f5f60408385031215611322575f5ffd5b823561132d816112fd565b946020939093013593505050565b634e487b7160e01b5f52602160045260245ffd5b6004811061136b57634e487b7160e01b5f52602160045260245ffd5b9052565b64ffffffffff815116825264ffffffffff6020820151166020830152604081015160020b604083015260608101516107a9606084018261134f565b60808101610408828461136f565b80356001600160401b03811681146113ce575f5ffd5b919050565b5f602082840312156113e3575f5ffd5b6112f6826113b8565b5f602082840312156113fc575f5ffd5b5035919050565b5f5f60408385031215611414575f5ffd5b823591506020830135611426816112fd565b809150509250929050565b5f5f60408385031215611442575f5ffd5b61132d836113b8565b64ffffffffff811681146107e0575f5ffd5b5f5f5f5f60808587031215611470575f5ffd5b8435935060208501356114828161144b565b925060408501356114928161144b565b91506060850135600281900b81146114a8575f5ffd5b939692955090935050565b5f5f5f606084860312156114c5575f5ffd5b6114ce846113b8565b925060208401356114de816112fd565b929592945050506040919091013590565b60c081016114fd828661136f565b83608083015282151560a0830152949350505050565b5f5f5f5f60608587031215611526575f5ffd5b8435611531816112fd565b93506020850135925060408501356001600160401b03811115611552575f5ffd5b8501601f81018713611562575f5ffd5b80356001600160401b03811115611577575f5ffd5b876020828401011115611588575f5ffd5b949793965060200194505050565b828152604081016112f6602083018461134f565b80516113ce816112fd565b80516113ce8161144b565b805180151581146113ce575f5ffd5b5f60c08284031280156115e0575f5ffd5b5060405160c081016001600160401b038111828210171561160f57634e487b7160e01b5f52604160045260245ffd5b60405261161b836115aa565b8152611629602084016115b5565b602082015261163a604084016115c0565b604082015261164b606084016115b5565b606082015261165c608084016115aa565b608082015260a0928301519281019290925250919050565b634e487b7160e01b5f52601160045260245ffd5b5f8160020b627fffff1981036116a0576116a0611674565b5f0392915050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b8082018281125f8312801582168215821617156116f5576116f5611674565b505092915050565b5f8261171757634e487b7160e01b5f52601260045260245ffd5b50069056fe2a5f906c256a5d799494fcd066e1f6c077689de1cdb65052a1624de4bace99bfa26469706673582212202a844369c99142d96e19e3fbcd5badca3b1b68116ba3d33ba11c41da60ecd87c64736f6c634300081c0033";
    static readonly abi: readonly [{
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "admin";
            readonly type: "address";
        }, {
            readonly internalType: "contract IMeterRegistry";
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
            readonly internalType: "int24";
            readonly name: "tzOffsetSeconds";
            readonly type: "int24";
        }];
        readonly name: "InvalidTimeZone";
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
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }];
        readonly name: "RetailerNotActive";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }, {
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
        }, {
            readonly internalType: "uint40";
            readonly name: "nextPeriodStart";
            readonly type: "uint40";
        }, {
            readonly internalType: "uint40";
            readonly name: "validFrom";
            readonly type: "uint40";
        }, {
            readonly internalType: "uint40";
            readonly name: "validUntil";
            readonly type: "uint40";
        }];
        readonly name: "TariffNotInForceAtCursor";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }, {
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "TariffNotRegistered";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint40";
            readonly name: "nextPeriodStart";
            readonly type: "uint40";
        }, {
            readonly internalType: "int24";
            readonly name: "tzOffsetSeconds";
            readonly type: "int24";
        }];
        readonly name: "TimeZoneMismatch";
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
        }, {
            readonly internalType: "enum ITariffRegistry.Status";
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
            readonly name: "retailer";
            readonly type: "address";
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
        }, {
            readonly indexed: false;
            readonly internalType: "int24";
            readonly name: "tzOffsetSeconds";
            readonly type: "int24";
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
            readonly name: "retailer";
            readonly type: "address";
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
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }, {
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
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }, {
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "getTariff";
        readonly outputs: readonly [{
            readonly components: readonly [{
                readonly internalType: "uint40";
                readonly name: "validFrom";
                readonly type: "uint40";
            }, {
                readonly internalType: "uint40";
                readonly name: "validUntil";
                readonly type: "uint40";
            }, {
                readonly internalType: "int24";
                readonly name: "tzOffsetSeconds";
                readonly type: "int24";
            }, {
                readonly internalType: "enum ITariffRegistry.Status";
                readonly name: "status";
                readonly type: "uint8";
            }];
            readonly internalType: "struct ITariffRegistry.Tariff";
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
            readonly internalType: "contract IMeterRegistry";
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
        }, {
            readonly internalType: "int24";
            readonly name: "tzOffsetSeconds";
            readonly type: "int24";
        }];
        readonly name: "registerTariff";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }, {
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
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }, {
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "settlementTariff";
        readonly outputs: readonly [{
            readonly components: readonly [{
                readonly internalType: "uint40";
                readonly name: "validFrom";
                readonly type: "uint40";
            }, {
                readonly internalType: "uint40";
                readonly name: "validUntil";
                readonly type: "uint40";
            }, {
                readonly internalType: "int24";
                readonly name: "tzOffsetSeconds";
                readonly type: "int24";
            }, {
                readonly internalType: "enum ITariffRegistry.Status";
                readonly name: "status";
                readonly type: "uint8";
            }];
            readonly internalType: "struct ITariffRegistry.Tariff";
            readonly name: "tariff";
            readonly type: "tuple";
        }, {
            readonly internalType: "uint256";
            readonly name: "accepted";
            readonly type: "uint256";
        }, {
            readonly internalType: "bool";
            readonly name: "retailerActive";
            readonly type: "bool";
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
