import { ContractFactory, ContractTransactionResponse } from "ethers";
import type { Signer, AddressLike, ContractDeployTransaction, ContractRunner } from "ethers";
import type { NonPayableOverrides } from "../../common.js";
import type { Settlement, SettlementInterface } from "../../contracts/Settlement.js";
type SettlementConstructorParams = [signer?: Signer] | ConstructorParameters<typeof ContractFactory>;
export declare class Settlement__factory extends ContractFactory {
    constructor(...args: SettlementConstructorParams);
    getDeployTransaction(admin: AddressLike, billVerifier: AddressLike, meterRegistry: AddressLike, tariffRegistry: AddressLike, settlementToken: AddressLike, overrides?: NonPayableOverrides & {
        from?: string;
    }): Promise<ContractDeployTransaction>;
    deploy(admin: AddressLike, billVerifier: AddressLike, meterRegistry: AddressLike, tariffRegistry: AddressLike, settlementToken: AddressLike, overrides?: NonPayableOverrides & {
        from?: string;
    }): Promise<Settlement & {
        deploymentTransaction(): ContractTransactionResponse;
    }>;
    connect(runner: ContractRunner | null): Settlement__factory;
    static readonly bytecode = "0x610100604052348015610010575f5ffd5b5060405161219438038061219483398101604081905261002f9161018e565b6001600160a01b038516158061004c57506001600160a01b038416155b8061005e57506001600160a01b038316155b8061007057506001600160a01b038216155b8061008257506001600160a01b038116155b156100a05760405163d92e233d60e01b815260040160405180910390fd5b6100aa5f866100ce565b506001600160a01b0393841660805291831660a052821660c0521660e052506101ff565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661016e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101263390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610171565b505f5b92915050565b6001600160a01b038116811461018b575f5ffd5b50565b5f5f5f5f5f60a086880312156101a2575f5ffd5b85516101ad81610177565b60208701519095506101be81610177565b60408701519094506101cf81610177565b60608701519093506101e081610177565b60808701519092506101f181610177565b809150509295509295909350565b60805160a05160c05160e051611f3861025c5f395f81816103fb0152818161071a0152610b6301525f818161033201526110df01525f81816102e3015281816104c8015261085601525f818161020a01526105620152611f385ff3fe608060405234801561000f575f5ffd5b506004361061016d575f3560e01c80635c975abb116100d9578063a217fddf11610093578063cad7bda01161006e578063cad7bda014610394578063d547741f146103bc578063e63ab1e9146103cf578063fc0c546a146103f6575f5ffd5b8063a217fddf1461036f578063b6b55f2514610376578063c2fb26a614610389575f5ffd5b80635c975abb146102d35780636e889688146102de57806370a082311461030557806379073d581461032d5780638456cb591461035457806391d148541461035c575f5ffd5b80632f2ff15d1161012a5780632f2ff15d146102575780632f66bbb31461026a5780633163ff651461029257806336568abe146102a55780633f4ba83a146102b8578063543e9954146102c0575f5ffd5b806301ffc9a71461017157806308686f5314610199578063248a9ca3146101ae57806325c2cd12146101de5780632b7ac3f3146102055780632e1a7d4d14610244575b5f5ffd5b61018461017f366004611a39565b61041d565b60405190151581526020015b60405180910390f35b6101ac6101a7366004611a77565b610453565b005b6101d06101bc366004611ad9565b5f9081526020819052604090206001015490565b604051908152602001610190565b6101d07f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181565b61022c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610190565b6101ac610252366004611ad9565b610639565b6101ac610265366004611b04565b61074e565b6101d0610278366004611b32565b6001600160a01b03165f9081526004602052604090205490565b6101ac6102a0366004611b61565b610772565b6101ac6102b3366004611b04565b6109be565b6101ac6109f6565b6101d06102ce366004611b32565b610a28565b60015460ff16610184565b61022c7f000000000000000000000000000000000000000000000000000000000000000081565b6101d0610313366004611b32565b6001600160a01b03165f9081526002602052604090205490565b61022c7f000000000000000000000000000000000000000000000000000000000000000081565b6101ac610a6a565b61018461036a366004611b04565b610a9c565b6101d05f81565b6101ac610384366004611ad9565b610ac4565b304660a01b176101d0565b6101d06103a2366004611b8b565b6001600160401b03165f9081526003602052604090205490565b6101ac6103ca366004611b04565b610b94565b6101d07f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b61022c7f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b03198216637965db0b60e01b148061044d57506301ffc9a760e01b6001600160e01b03198316145b92915050565b61045b610bb8565b610463610c27565b5f61046d82610c4b565b604080820151825160608401516080850151935163ce5fe22760e01b81526001600160401b039093166004840152602483019190915264ffffffffff908116604483015290911660648201529091505f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ce5fe2279060840160e0604051808303815f875af115801561050e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105329190611c02565b905061053e8282610e7f565b5f610548836110da565b6040516334baeab960e01b81529091506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906334baeab99061059d908a908a908a908a90600401611cce565b602060405180830381865afa1580156105b8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105dc9190611cff565b6105f9576040516309bde33960e01b815260040160405180910390fd5b5f61060984846020015184611313565b905061061984604001518261145a565b61062784828a8a8a8a611632565b505050506106336116c4565b50505050565b610641610bb8565b805f0361066157604051631f2a200560e01b815260040160405180910390fd5b5f61066b33610a28565b9050808211156106a357604051630650ad5760e41b815233600482015260248101829052604481018390526064015b60405180910390fd5b335f908152600260205260408120546106bd908490611d2c565b335f81815260026020908152604091829020849055815187815290810184905292935090917f92ccf450a286a957af52509bc1c9939d1a6a481783e142e41e2499f0bb66ebc6910160405180910390a26107416001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633856116ee565b505061074b6116c4565b50565b5f828152602081905260409020600101546107688161174d565b6106338383611757565b61077a610bb8565b805f0361079a57604051631f2a200560e01b815260040160405180910390fd5b6001600160401b0382165f90815260036020526040902054808211156107ec5760405163c11cae8f60e01b81526001600160401b0384166004820152602481018290526044810183905260640161069a565b335f908152600260205260409020548083111561082c5760405163db42144d60e01b8152336004820152602481018290526044810184905260640161069a565b604051631089e3fd60e01b81526001600160401b03851660048201525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631089e3fd906024016040805180830381865afa15801561089a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108be9190611d3f565b90925090506108cd8584611d2c565b335f90815260026020526040808220929092556001600160a01b038316815290812080548792906108ff908490611d6c565b9091555061090f90508585611d2c565b6001600160401b0387165f908152600360209081526040808320939093556001600160a01b0385168252600490529081208054879290610950908490611d2c565b90915550506001600160a01b038116336001600160401b0388167fb9091f15c7aceac347947dd7d059caa4427326491c5a99e041ee0813aa05d25a88610996818a611d2c565b6040805192835260208301919091520160405180910390a4505050506109ba6116c4565b5050565b6001600160a01b03811633146109e75760405163334bd91960e11b815260040160405180910390fd5b6109f182826117e6565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610a208161174d565b61074b61184f565b6001600160a01b0381165f908152600260209081526040808320546004909252822054808211610a58575f610a62565b610a628183611d2c565b949350505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610a948161174d565b61074b6118a1565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610acc610bb8565b805f03610aec57604051631f2a200560e01b815260040160405180910390fd5b335f90815260026020526040812054610b06908390611d6c565b335f81815260026020908152604091829020849055815186815290810184905292935090917f73a19dd210f1a7f902193214c0ee91dd35ee5b4d920cba8d519eca65a7b488ca910160405180910390a2610b8b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330856118dc565b5061074b6116c4565b5f82815260208190526040902060010154610bae8161174d565b61063383836117e6565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610bf857604051633ee5aeb560e01b815260040160405180910390fd5b610c2560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611915565b565b60015460ff1615610c255760405163d93c066560e01b815260040160405180910390fd5b610c9b6040518060e001604052805f81526020015f81526020015f6001600160401b031681526020015f64ffffffffff1681526020015f64ffffffffff1681526020015f81526020015f81525090565b5f5b6005811015610d25577f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001838260058110610cd957610cd9611d7f565b602002013510610d1d5780838260058110610cf657610cf6611d7f565b60405163829a032b60e01b815260048101939093526020020135602482015260440161069a565b600101610c9d565b504660a01b301760808301358114610d5d57604051630403d87560e21b8152600481018290526080840135602482015260440161069a565b60408084013590606882901c61ffff1690607883901c62ffffff169083901c64ffffffffff165f610d8e8385611d93565b610d989083611d6c565b9050609085901c151580610daa575083155b80610db3575082155b80610dc2575064ffffffffff81115b15610de25760405162337c3b60e71b81526002600482015260240161069a565b606088013560c081901c15610e0c5760405162337c3b60e71b81526003600482015260240161069a565b6040805160e0810190915289358152602081018a600160200201358152602001876001600160401b031681526020018464ffffffffff1681526020018364ffffffffff168152602001826bffffffffffffffffffffffff168152602001606083901c815250975050505050505050919050565b8051610eaf57604080830151905163a7b0a03b60e01b81526001600160401b03909116600482015260240161069a565b8060600151610ed757815160405163c813716360e01b8152600481019190915260240161069a565b81604001516001600160401b031681608001516001600160401b031614610f37578151608082015160408085015190516316d0606360e11b815260048101939093526001600160401b03918216602484015216604482015260640161069a565b8060a0015164ffffffffff16826060015164ffffffffff161080610f7057508060c0015164ffffffffff16826080015164ffffffffff16115b15610fcb57815160a082015160c08301516060850151608086015160405163eaa2e08760e01b8152600481019590955264ffffffffff938416602486015291831660448501528216606484015216608482015260a40161069a565b806040015164ffffffffff16826060015164ffffffffff16101561103257604082810151828201516060850151925163b6cc402360e01b81526001600160401b03909216600483015264ffffffffff9081166024830152909116604482015260640161069a565b806040015164ffffffffff16826060015164ffffffffff16111561109957604082810151828201516060850151925163487d17b760e11b81526001600160401b03909216600483015264ffffffffff9081166024830152909116604482015260640161069a565b42826080015164ffffffffff1611156109ba576080820151604051634434f31d60e01b815264ffffffffff909116600482015242602482015260440161069a565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c3077b3c856040015186602001516040518363ffffffff1660e01b81526004016111479291906001600160401b03929092168252602082015260400190565b60a060405180830381865afa158015611162573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111869190611daa565b602086015191935091505f836060015160038111156111a7576111a7611e50565b036111c85760405163150820e160e21b81526004810182905260240161069a565b6001836060015160038111156111e0576111e0611e50565b03611201576040516330a9e44d60e01b81526004810182905260240161069a565b60038360600151600381111561121957611219611e50565b0361123957604051628479b760e21b81526004810182905260240161069a565b826020015164ffffffffff16856060015164ffffffffff1610806112725750826040015164ffffffffff16856080015164ffffffffff16115b156112cb576020830151604080850151606088015160808901519251632a2d3e3960e01b81526004810186905264ffffffffff94851660248201529184166044830152831660648201529116608482015260a40161069a565b80821461130a5760408086015190516311829cdd60e01b81526001600160401b039091166004820152602481018390526044810182905260640161069a565b50505192915050565b61131b6119e4565b6001600160a01b03808416825282166020820152604081015160c085015160a08601511061139d575f8560c001518660a001516113589190611d2c565b6001600160a01b0386165f90815260026020526040902054909150808211156113815780611383565b815b8084526113909083611d2c565b6020840152506114529050565b5f8560a001518660c001516113b29190611d2c565b6040808801516001600160401b03165f90815260036020522054909150808211156113dd57806113df565b815b606084018190526113f09083611d2c565b60408085019182526001600160a01b0387165f90815260026020522054905181101561144e57604080850151905163752579b560e11b81526001600160a01b038816600482015260248101919091526044810182905260640161069a565b5050505b509392505050565b60408101518051156114c957805182516001600160a01b03165f9081526002602052604081208054909190611490908490611d2c565b909155505080516020808401516001600160a01b03165f90815260029091526040812080549091906114c3908490611d6c565b90915550505b60208101511561154357806020015160035f856001600160401b03166001600160401b031681526020019081526020015f205f8282546115099190611d6c565b909155505060208082015183516001600160a01b03165f90815260049092526040822080549192909161153d908490611d6c565b90915550505b6060810151156115b15760608101516001600160401b0384165f9081526003602052604081208054909190611579908490611d2c565b9091555050606081015182516001600160a01b03165f90815260046020526040812080549091906115ab908490611d2c565b90915550505b6040810151156109f157806040015160025f84602001516001600160a01b03166001600160a01b031681526020019081526020015f205f8282546115f59190611d2c565b909155505060408082015183516001600160a01b03165f9081526002602052918220805491929091611628908490611d6c565b9091555050505050565b845f01516001600160a01b031685602001516001600160a01b031687604001516001600160401b03167f6af93aa4e11387b89d2070ee44009b514ea987a46fa4380fa19e7ef414947a5289606001518a608001518b602001518c60a001518d60c001518d604001518d8d8d8d6040516116b49a99989796959493929190611e64565b60405180910390a4505050505050565b610c255f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610c1f565b6040516001600160a01b038381166024830152604482018390526109f191859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061191c565b61074b8133611988565b5f6117628383610a9c565b6117df575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556117973390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161044d565b505f61044d565b5f6117f18383610a9c565b156117df575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161044d565b6118576119c1565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6118a9610c27565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833611884565b6040516001600160a01b0384811660248301528381166044830152606482018390526106339186918216906323b872dd9060840161171b565b80825d5050565b5f5f60205f8451602086015f885af18061193b576040513d5f823e3d81fd5b50505f513d9150811561195257806001141561195f565b6001600160a01b0384163b155b1561063357604051635274afe760e01b81526001600160a01b038516600482015260240161069a565b6119928282610a9c565b6109ba5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161069a565b60015460ff16610c2557604051638dfc202b60e01b815260040160405180910390fd5b60405180606001604052805f6001600160a01b031681526020015f6001600160a01b03168152602001611a3460405180608001604052805f81526020015f81526020015f81526020015f81525090565b905290565b5f60208284031215611a49575f5ffd5b81356001600160e01b031981168114611a60575f5ffd5b9392505050565b806040810183101561044d575f5ffd5b5f5f5f5f6101a08587031215611a8b575f5ffd5b611a958686611a67565b935060c0850186811115611aa7575f5ffd5b604086019350611ab78782611a67565b925050856101a086011115611aca575f5ffd5b50919490935090916101000190565b5f60208284031215611ae9575f5ffd5b5035919050565b6001600160a01b038116811461074b575f5ffd5b5f5f60408385031215611b15575f5ffd5b823591506020830135611b2781611af0565b809150509250929050565b5f60208284031215611b42575f5ffd5b8135611a6081611af0565b6001600160401b038116811461074b575f5ffd5b5f5f60408385031215611b72575f5ffd5b8235611b7d81611b4d565b946020939093013593505050565b5f60208284031215611b9b575f5ffd5b8135611a6081611b4d565b60405160e081016001600160401b0381118282101715611bd457634e487b7160e01b5f52604160045260245ffd5b60405290565b80518015158114611be9575f5ffd5b919050565b805164ffffffffff81168114611be9575f5ffd5b5f60e0828403128015611c13575f5ffd5b50611c1c611ba6565b611c2583611bda565b81526020830151611c3581611af0565b6020820152611c4660408401611bee565b6040820152611c5760608401611bda565b60608201526080830151611c6a81611b4d565b6080820152611c7b60a08401611bee565b60a0820152611c8c60c08401611bee565b60c08201529392505050565b60408183375050565b805f5b60028110156106335760408285376040938401939190910190600101611ca4565b60a08183375050565b6101a081016040868337611ce56040830186611ca1565b60408460c084013760a08361010084013795945050505050565b5f60208284031215611d0f575f5ffd5b611a6082611bda565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561044d5761044d611d18565b5f5f60408385031215611d50575f5ffd5b8251611d5b81611af0565b6020840151909250611b2781611af0565b8082018082111561044d5761044d611d18565b634e487b7160e01b5f52603260045260245ffd5b808202811582820484141761044d5761044d611d18565b5f5f82840360a0811215611dbc575f5ffd5b6080811215611dc9575f5ffd5b50604051608081016001600160401b0381118282101715611df857634e487b7160e01b5f52604160045260245ffd5b6040528351611e0681611af0565b8152611e1460208501611bee565b6020820152611e2560408501611bee565b6040820152606084015160048110611e3b575f5ffd5b60608201526080939093015192949293505050565b634e487b7160e01b5f52602160045260245ffd5b5f6102c08201905064ffffffffff8c16825264ffffffffff8b166020830152896040830152886060830152876080830152865160a0830152602087015160c0830152604087015160e08301526060870151610100830152611ec9610120830187611c98565b611ed7610160830186611ca1565b611ee56101e0830185611c98565b611ef3610220830184611cc5565b9b9a505050505050505050505056fea264697066735822122018cb9b8ab7bba91c3348b78a736b0e6148046d05abdaba1a84e1fc23358c77c964736f6c634300081c0033";
    static readonly abi: readonly [{
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "admin";
            readonly type: "address";
        }, {
            readonly internalType: "contract IBillVerifier";
            readonly name: "billVerifier";
            readonly type: "address";
        }, {
            readonly internalType: "contract MeterRegistry";
            readonly name: "meterRegistry";
            readonly type: "address";
        }, {
            readonly internalType: "contract TariffRegistry";
            readonly name: "tariffRegistry";
            readonly type: "address";
        }, {
            readonly internalType: "contract IERC20";
            readonly name: "settlementToken";
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
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint256";
            readonly name: "arrears";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "requested";
            readonly type: "uint256";
        }];
        readonly name: "ExceedsArrears";
        readonly type: "error";
    }, {
        readonly inputs: readonly [];
        readonly name: "ExpectedPause";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }, {
            readonly internalType: "uint256";
            readonly name: "balance";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "requested";
            readonly type: "uint256";
        }];
        readonly name: "InsufficientBalance";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }, {
            readonly internalType: "uint256";
            readonly name: "free";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "requested";
            readonly type: "uint256";
        }];
        readonly name: "InsufficientFreeBalance";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }, {
            readonly internalType: "uint256";
            readonly name: "needed";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "available";
            readonly type: "uint256";
        }];
        readonly name: "InsufficientRetailerFunds";
        readonly type: "error";
    }, {
        readonly inputs: readonly [];
        readonly name: "InvalidProof";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "keyHash";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint64";
            readonly name: "keyMeterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }];
        readonly name: "KeyMeterMismatch";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "keyHash";
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
            readonly internalType: "uint40";
            readonly name: "periodStart";
            readonly type: "uint40";
        }, {
            readonly internalType: "uint40";
            readonly name: "periodEnd";
            readonly type: "uint40";
        }];
        readonly name: "KeyNotValidForPeriod";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "index";
            readonly type: "uint256";
        }];
        readonly name: "MalformedSignal";
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
            readonly name: "periodStart";
            readonly type: "uint40";
        }];
        readonly name: "PeriodGap";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint40";
            readonly name: "periodEnd";
            readonly type: "uint40";
        }, {
            readonly internalType: "uint256";
            readonly name: "blockTimestamp";
            readonly type: "uint256";
        }];
        readonly name: "PeriodNotEnded";
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
            readonly name: "periodStart";
            readonly type: "uint40";
        }];
        readonly name: "PeriodOverlap";
        readonly type: "error";
    }, {
        readonly inputs: readonly [];
        readonly name: "ReentrancyGuardReentrantCall";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "token";
            readonly type: "address";
        }];
        readonly name: "SafeERC20FailedOperation";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "index";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "value";
            readonly type: "uint256";
        }];
        readonly name: "SignalOutOfField";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "TariffIsRejected";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint256";
            readonly name: "accepted";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "TariffNotAccepted";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "commitment";
            readonly type: "uint256";
        }];
        readonly name: "TariffNotApproved";
        readonly type: "error";
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
            readonly internalType: "uint40";
            readonly name: "periodStart";
            readonly type: "uint40";
        }, {
            readonly internalType: "uint40";
            readonly name: "periodEnd";
            readonly type: "uint40";
        }];
        readonly name: "TariffNotInForce";
        readonly type: "error";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "keyHash";
            readonly type: "uint256";
        }];
        readonly name: "UnknownKey";
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
            readonly name: "expected";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "actual";
            readonly type: "uint256";
        }];
        readonly name: "WrongDomain";
        readonly type: "error";
    }, {
        readonly inputs: readonly [];
        readonly name: "ZeroAddress";
        readonly type: "error";
    }, {
        readonly inputs: readonly [];
        readonly name: "ZeroAmount";
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
            readonly name: "payer";
            readonly type: "address";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "amount";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "remaining";
            readonly type: "uint256";
        }];
        readonly name: "ArrearsPaid";
        readonly type: "event";
    }, {
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "amount";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "balance";
            readonly type: "uint256";
        }];
        readonly name: "Deposited";
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
            readonly indexed: true;
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }, {
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "consumer";
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
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "tariffCommitment";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "charge";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "credit";
            readonly type: "uint256";
        }, {
            readonly components: readonly [{
                readonly internalType: "uint256";
                readonly name: "paid";
                readonly type: "uint256";
            }, {
                readonly internalType: "uint256";
                readonly name: "arrearsAdded";
                readonly type: "uint256";
            }, {
                readonly internalType: "uint256";
                readonly name: "refunded";
                readonly type: "uint256";
            }, {
                readonly internalType: "uint256";
                readonly name: "arrearsCleared";
                readonly type: "uint256";
            }];
            readonly indexed: false;
            readonly internalType: "struct Settlement.Movement";
            readonly name: "movement";
            readonly type: "tuple";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256[2]";
            readonly name: "a";
            readonly type: "uint256[2]";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256[2][2]";
            readonly name: "b";
            readonly type: "uint256[2][2]";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256[2]";
            readonly name: "c";
            readonly type: "uint256[2]";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256[5]";
            readonly name: "publicSignals";
            readonly type: "uint256[5]";
        }];
        readonly name: "Settled";
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
        readonly anonymous: false;
        readonly inputs: readonly [{
            readonly indexed: true;
            readonly internalType: "address";
            readonly name: "account";
            readonly type: "address";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "amount";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "balance";
            readonly type: "uint256";
        }];
        readonly name: "Withdrawn";
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
        }];
        readonly name: "arrearsOf";
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
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "consumer";
            readonly type: "address";
        }];
        readonly name: "consumerArrearsOf";
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
            readonly name: "amount";
            readonly type: "uint256";
        }];
        readonly name: "deposit";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "domain";
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
            readonly name: "account";
            readonly type: "address";
        }];
        readonly name: "freeBalanceOf";
        readonly outputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "";
            readonly type: "uint256";
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
            readonly name: "amount";
            readonly type: "uint256";
        }];
        readonly name: "payArrears";
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
        readonly name: "settle";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
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
        readonly name: "tariffs";
        readonly outputs: readonly [{
            readonly internalType: "contract TariffRegistry";
            readonly name: "";
            readonly type: "address";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "token";
        readonly outputs: readonly [{
            readonly internalType: "contract IERC20";
            readonly name: "";
            readonly type: "address";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "unpause";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [];
        readonly name: "verifier";
        readonly outputs: readonly [{
            readonly internalType: "contract IBillVerifier";
            readonly name: "";
            readonly type: "address";
        }];
        readonly stateMutability: "view";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "amount";
            readonly type: "uint256";
        }];
        readonly name: "withdraw";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }];
    static createInterface(): SettlementInterface;
    static connect(address: string, runner?: ContractRunner | null): Settlement;
}
export {};
