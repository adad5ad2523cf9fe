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
    static readonly bytecode = "0x608060405234801561000f575f5ffd5b50604051611a4b380380611a4b83398101604081905261002e9161010f565b6001600160a01b0381166100555760405163d92e233d60e01b815260040160405180910390fd5b61005f5f82610066565b505061013c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610106575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100be3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610109565b505f5b92915050565b5f6020828403121561011f575f5ffd5b81516001600160a01b0381168114610135575f5ffd5b9392505050565b611902806101495f395ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c806391d14854116100bf578063bb5b27e111610079578063bb5b27e11461044c578063c12a3fae1461052c578063ce5fe2271461053f578063d547741f14610552578063da1ac57e14610565578063e63ab1e914610578575f5ffd5b806391d14854146103c35780639f624ed8146103d6578063a217fddf146103f8578063b3c5dc1b146103ff578063ba16c44314610412578063ba9cf01d14610425575f5ffd5b806336568abe1161011057806336568abe146103615780633f4ba83a146103745780635c975abb1461037c5780636b427704146103875780638456cb591461039b5780638e4678be146103a3575f5ffd5b806301ffc9a7146101575780631089e3fd1461017f57806316ca595a146101dc578063248a9ca31461030857806325c2cd12146103385780632f2ff15d1461034c575b5f5ffd5b61016a6101653660046114e8565b61059f565b60405190151581526020015b60405180910390f35b6101bc61018d366004611525565b6001600160401b03165f90815260026020526040902080546001909101546001600160a01b0391821692911690565b604080516001600160a01b03938416815292909116602083015201610176565b61029d6101ea366004611525565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506001600160401b03165f90815260026020818152604092839020835160c08101855281546001600160a01b03808216835264ffffffffff600160a01b830481169584019590955260ff600160c81b830416151596830196909652600160d01b900490921660608301526001810154909316608082015291015460a082015290565b60405161017691905f60c08201905060018060a01b03835116825264ffffffffff602084015116602083015260408301511515604083015264ffffffffff606084015116606083015260018060a01b03608084015116608083015260a083015160a083015292915050565b61032a61031636600461153e565b5f9081526020819052604090206001015490565b604051908152602001610176565b61032a5f51602061188d5f395f51905f5281565b61035f61035a36600461156b565b6105d5565b005b61035f61036f36600461156b565b6105ff565b61035f610637565b60015460ff1661016a565b61032a5f5160206118ad5f395f51905f5281565b61035f61066c565b6103b66103b1366004611595565b61069e565b60405161017691906115bd565b61016a6103d136600461156b565b6106ce565b6103e264ffffffffff81565b60405164ffffffffff9091168152602001610176565b61032a5f81565b61035f61040d366004611682565b6106f6565b61035f6104203660046116aa565b610823565b61032a7f300f9ae985dc711960f7a4d1dd013f9c19ecf40bff149522ab7523b2187a384681565b6104dc61045a36600461153e565b60408051608080820183525f808352602080840182905283850182905260609384018290529481526003855283902083519182018452546001600160401b0381168252600160401b810464ffffffffff90811695830195909552600160681b810490941692810192909252600160901b90920460ff1615159181019190915290565b60405161017691905f6080820190506001600160401b03835116825264ffffffffff602084015116602083015264ffffffffff604084015116604083015260608301511515606083015292915050565b61035f61053a366004611732565b610985565b6103b661054d36600461179e565b610ce4565b61035f61056036600461156b565b610e08565b61035f6105733660046117e8565b610e2c565b61032a7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b5f6001600160e01b03198216637965db0b60e01b14806105cf57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152602081905260409020600101546105ef8161109a565b6105f983836110a4565b50505050565b6001600160a01b03811633146106285760405163334bd91960e11b815260040160405180910390fd5b6106328282611133565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6106618161109a565b61066961119c565b50565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6106968161109a565b6106696111ee565b6106a66114a5565b6001600160401b0383165f9081526002602052604090206106c79083611229565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f5160206118ad5f395f51905f5261070d8161109a565b5f6107178461130a565b60028101545f8181526003602052604090208054929350909164ffffffffff600160401b909104811690861610156107915780546040516320c581e360e01b81526001600160401b0388166004820152600160401b90910464ffffffffff9081166024830152861660448201526064015b60405180910390fd5b805464ffffffffff600160681b909104811690861610156107cb57805464ffffffffff60681b1916600160681b64ffffffffff8716021781555b8054604051600160681b90910464ffffffffff16815282906001600160401b038816907f43f8ba455a8acf24a59d005cb9363fb6b85c992996453ec26daf2b5f92f2eae69060200160405180910390a3505050505050565b5f5160206118ad5f395f51905f5261083a8161109a565b61084261135a565b5f61084c8661130a565b805490915064ffffffffff600160d01b909104811690861610156108ad578054604051630de8ab5360e41b81526001600160401b0388166004820152600160d01b90910464ffffffffff908116602483015286166044820152606401610788565b805464ffffffffff868116600160a01b81810264ffffffffff60a01b19851617855560028501545f90815260036020526040902080549190940483169392600160401b90910416111561091e5780546cffffffffff00000000000000001916600160401b64ffffffffff8916021781555b805460405133916001600160401b038b16917f030e28b300038695018366fd42af21e058371036fb2caa41ae76616a26f1f391916109739187918d91600160401b90910464ffffffffff16908d908d90611834565b60405180910390a35050505050505050565b5f5160206118ad5f395f51905f5261099c8161109a565b6109a461135a565b6001600160401b0388165f90815260026020526040902054600160c81b900460ff16156109ef57604051634c5dd55b60e11b81526001600160401b0389166004820152602401610788565b6001600160a01b0384161580610a0c57506001600160a01b038316155b15610a2a5760405163d92e233d60e01b815260040160405180910390fd5b610a35878787611380565b6040518060c00160405280856001600160a01b031681526020018364ffffffffff1681526020016001151581526020015f64ffffffffff168152602001846001600160a01b031681526020018881525060025f8a6001600160401b03166001600160401b031681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f0160196101000a81548160ff0219169083151502179055506060820151815f01601a6101000a81548164ffffffffff021916908364ffffffffff1602179055506080820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060a082015181600201559050506040518060800160405280896001600160401b031681526020018364ffffffffff16815260200164ffffffffff801681526020016001151581525060035f8981526020019081526020015f205f820151815f015f6101000a8154816001600160401b0302191690836001600160401b031602179055506020820151815f0160086101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f01600d6101000a81548164ffffffffff021916908364ffffffffff1602179055506060820151815f0160126101000a81548160ff021916908315150217905550905050826001600160a01b0316846001600160a01b0316896001600160401b03167ffed9fefbe2e6dcecab7e9777e16bffefc436931b6652cd9d60c0d69928e91c9b8a8a8a88604051610cd294939291909384526020840192909252604083015264ffffffffff16606082015260800190565b60405180910390a45050505050505050565b610cec6114a5565b7f300f9ae985dc711960f7a4d1dd013f9c19ecf40bff149522ab7523b2187a3846610d168161109a565b6001600160401b0386165f908152600260205260409020610d378187611229565b80519093508015610d5957508464ffffffffff16836060015164ffffffffff16145b8015610d7257508464ffffffffff168464ffffffffff16115b15610dfe5780546affffffffff00ffffffffff60a01b1916600160a01b64ffffffffff86811691820264ffffffffff60d01b191692909217600160d01b8202178355604080519288168352602083019190915233916001600160401b038a16917f51dc6fdff4d799222237e632108e035a672d800531986e74ec9e86186455de21910160405180910390a35b5050949350505050565b5f82815260208190526040902060010154610e228161109a565b6105f98383611133565b5f5160206118ad5f395f51905f52610e438161109a565b610e4b61135a565b5f610e558761130a565b9050610e62868686611380565b60028101545f818152600360205260409020805464ffffffffff600160401b90910481169086161015610ed25780546040516320c581e360e01b81526001600160401b038b166004820152600160401b90910464ffffffffff908116602483015286166044820152606401610788565b805464ffffffffff600160681b90910481169086161015610f0c57805464ffffffffff60681b1916600160681b64ffffffffff8716021781555b825464ffffffffff600160a01b9091048116905f9087168211610f2f5781610f31565b865b905089856002018190555060405180608001604052808c6001600160401b031681526020018264ffffffffff16815260200164ffffffffff801681526020016001151581525060035f8c81526020019081526020015f205f820151815f015f6101000a8154816001600160401b0302191690836001600160401b031602179055506020820151815f0160086101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f01600d6101000a81548164ffffffffff021916908364ffffffffff1602179055506060820151815f0160126101000a81548160ff02191690831515021790555090505089848c6001600160401b03167f1eeb11008b40e9fcbba609915d671a0e1b95715e27149c7bcbf6afb638886cd38c8c8c876040516110859493929190938452602084019290925264ffffffffff908116604084015216606082015260800190565b60405180910390a45050505050505050505050565b6106698133611445565b5f6110af83836106ce565b61112c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556110e43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105cf565b505f6105cf565b5f61113e83836106ce565b1561112c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105cf565b6111a4611482565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6111f661135a565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258336111d1565b6112316114a5565b505f9081526003602090815260409182902082516080808201855291546001600160401b03808216835264ffffffffff600160401b83048116848701908152600160681b8404821685890190815260ff600160901b9095048516151560608088019182528a5161010081018c528c54600160c81b8104909816151581526001600160a01b038089169b82019b909b5260019c909c0154909916998b0199909952600160a01b9094048216968901969096529551151593870193909352905190911660a08501529051821660c0840152511660e082015290565b6001600160401b0381165f9081526002602052604090208054600160c81b900460ff166113555760405163a7b0a03b60e01b81526001600160401b0383166004820152602401610788565b919050565b60015460ff161561137e5760405163d93c066560e01b815260040160405180910390fd5b565b82158061139a57505f51602061188d5f395f51905f528310155b806113b257505f51602061188d5f395f51905f528210155b806113ca57505f51602061188d5f395f51905f528110155b156113f95760405163362a1bc760e11b8152600481018490526024810183905260448101829052606401610788565b5f8381526003602052604090208054600160901b900460ff16156105f957805460405163e54ade0b60e01b8152600481018690526001600160401b039091166024820152604401610788565b61144f82826106ce565b61147e5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610788565b5050565b60015460ff1661137e57604051638dfc202b60e01b815260040160405180910390fd5b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081019190915290565b5f602082840312156114f8575f5ffd5b81356001600160e01b0319811681146106c7575f5ffd5b80356001600160401b0381168114611355575f5ffd5b5f60208284031215611535575f5ffd5b6106c78261150f565b5f6020828403121561154e575f5ffd5b5035919050565b80356001600160a01b0381168114611355575f5ffd5b5f5f6040838503121561157c575f5ffd5b8235915061158c60208401611555565b90509250929050565b5f5f604083850312156115a6575f5ffd5b6115af8361150f565b946020939093013593505050565b8151151581526020808301516001600160a01b0390811691830191909152604080840151909116908201526060808301516101008301916116069084018264ffffffffff169052565b50608083015161161a608084018215159052565b5060a083015161163560a08401826001600160401b03169052565b5060c083015161164e60c084018264ffffffffff169052565b5060e083015161166760e084018264ffffffffff169052565b5092915050565b803564ffffffffff81168114611355575f5ffd5b5f5f60408385031215611693575f5ffd5b61169c8361150f565b915061158c6020840161166e565b5f5f5f5f606085870312156116bd575f5ffd5b6116c68561150f565b93506116d46020860161166e565b925060408501356001600160401b038111156116ee575f5ffd5b8501601f810187136116fe575f5ffd5b80356001600160401b03811115611713575f5ffd5b876020828401011115611724575f5ffd5b949793965060200194505050565b5f5f5f5f5f5f5f60e0888a031215611748575f5ffd5b6117518861150f565b965060208801359550604088013594506060880135935061177460808901611555565b925061178260a08901611555565b915061179060c0890161166e565b905092959891949750929550565b5f5f5f5f608085870312156117b1575f5ffd5b6117ba8561150f565b9350602085013592506117cf6040860161166e565b91506117dd6060860161166e565b905092959194509250565b5f5f5f5f5f60a086880312156117fc575f5ffd5b6118058661150f565b94506020860135935060408601359250606086013591506118286080870161166e565b90509295509295909350565b64ffffffffff8616815264ffffffffff8516602082015264ffffffffff8416604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f909201601f1916010194935050505056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001aaa25f8374941352c34d7c0d5c076ebb1636a1ab03ab4d5e7484518bfb5cce9aa264697066735822122006b2ca977062ef4e6def2bb7d41f1426bdee3300f720efea6184307c079f97ab64736f6c634300081c0033";
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
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint40";
            readonly name: "billedUntil";
            readonly type: "uint40";
        }, {
            readonly internalType: "uint40";
            readonly name: "requested";
            readonly type: "uint40";
        }];
        readonly name: "CursorBelowBilled";
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
            readonly internalType: "address";
            readonly name: "authority";
            readonly type: "address";
        }, {
            readonly indexed: false;
            readonly internalType: "uint40";
            readonly name: "from";
            readonly type: "uint40";
        }, {
            readonly indexed: false;
            readonly internalType: "uint40";
            readonly name: "to";
            readonly type: "uint40";
        }, {
            readonly indexed: false;
            readonly internalType: "uint40";
            readonly name: "keyValidFrom";
            readonly type: "uint40";
        }, {
            readonly indexed: false;
            readonly internalType: "string";
            readonly name: "reason";
            readonly type: "string";
        }];
        readonly name: "CursorRepaired";
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
        }, {
            readonly indexed: false;
            readonly internalType: "uint40";
            readonly name: "validFrom";
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
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "settlement";
            readonly type: "address";
        }, {
            readonly indexed: false;
            readonly internalType: "uint40";
            readonly name: "periodStart";
            readonly type: "uint40";
        }, {
            readonly indexed: false;
            readonly internalType: "uint40";
            readonly name: "periodEnd";
            readonly type: "uint40";
        }];
        readonly name: "PeriodClaimed";
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
                readonly internalType: "address";
                readonly name: "retailer";
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
            readonly internalType: "struct IMeterRegistry.SettlementContext";
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
            readonly internalType: "struct IMeterRegistry.KeyRecord";
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
                readonly internalType: "uint40";
                readonly name: "billedUntil";
                readonly type: "uint40";
            }, {
                readonly internalType: "address";
                readonly name: "retailer";
                readonly type: "address";
            }, {
                readonly internalType: "uint256";
                readonly name: "keyHash";
                readonly type: "uint256";
            }];
            readonly internalType: "struct IMeterRegistry.Meter";
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
            readonly name: "newStart";
            readonly type: "uint40";
        }, {
            readonly internalType: "string";
            readonly name: "reason";
            readonly type: "string";
        }];
        readonly name: "repairCursor";
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
                readonly internalType: "address";
                readonly name: "retailer";
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
            readonly internalType: "struct IMeterRegistry.SettlementContext";
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
