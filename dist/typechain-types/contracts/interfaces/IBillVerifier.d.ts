import type { BaseContract, BigNumberish, BytesLike, FunctionFragment, Result, Interface, ContractRunner, ContractMethod, Listener } from "ethers";
import type { TypedContractEvent, TypedDeferredTopicFilter, TypedEventLog, TypedListener, TypedContractMethod } from "../../common.js";
export interface IBillVerifierInterface extends Interface {
    getFunction(nameOrSignature: "verifyProof"): FunctionFragment;
    encodeFunctionData(functionFragment: "verifyProof", values: [
        [
            BigNumberish,
            BigNumberish
        ],
        [
            [BigNumberish, BigNumberish],
            [BigNumberish, BigNumberish]
        ],
        [
            BigNumberish,
            BigNumberish
        ],
        [
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish
        ]
    ]): string;
    decodeFunctionResult(functionFragment: "verifyProof", data: BytesLike): Result;
}
export interface IBillVerifier extends BaseContract {
    connect(runner?: ContractRunner | null): IBillVerifier;
    waitForDeployment(): Promise<this>;
    interface: IBillVerifierInterface;
    queryFilter<TCEvent extends TypedContractEvent>(event: TCEvent, fromBlockOrBlockhash?: string | number | undefined, toBlock?: string | number | undefined): Promise<Array<TypedEventLog<TCEvent>>>;
    queryFilter<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, fromBlockOrBlockhash?: string | number | undefined, toBlock?: string | number | undefined): Promise<Array<TypedEventLog<TCEvent>>>;
    on<TCEvent extends TypedContractEvent>(event: TCEvent, listener: TypedListener<TCEvent>): Promise<this>;
    on<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, listener: TypedListener<TCEvent>): Promise<this>;
    once<TCEvent extends TypedContractEvent>(event: TCEvent, listener: TypedListener<TCEvent>): Promise<this>;
    once<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, listener: TypedListener<TCEvent>): Promise<this>;
    listeners<TCEvent extends TypedContractEvent>(event: TCEvent): Promise<Array<TypedListener<TCEvent>>>;
    listeners(eventName?: string): Promise<Array<Listener>>;
    removeAllListeners<TCEvent extends TypedContractEvent>(event?: TCEvent): Promise<this>;
    verifyProof: TypedContractMethod<[
        _pA: [BigNumberish, BigNumberish],
        _pB: [[BigNumberish, BigNumberish], [BigNumberish, BigNumberish]],
        _pC: [BigNumberish, BigNumberish],
        _pubSignals: [
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish
        ]
    ], [
        boolean
    ], "view">;
    getFunction<T extends ContractMethod = ContractMethod>(key: string | FunctionFragment): T;
    getFunction(nameOrSignature: "verifyProof"): TypedContractMethod<[
        _pA: [BigNumberish, BigNumberish],
        _pB: [[BigNumberish, BigNumberish], [BigNumberish, BigNumberish]],
        _pC: [BigNumberish, BigNumberish],
        _pubSignals: [
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish
        ]
    ], [
        boolean
    ], "view">;
    filters: {};
}
