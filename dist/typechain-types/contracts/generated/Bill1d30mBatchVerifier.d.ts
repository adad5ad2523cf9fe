import type { BaseContract, BigNumberish, BytesLike, FunctionFragment, Result, Interface, ContractRunner, ContractMethod, Listener } from "ethers";
import type { TypedContractEvent, TypedDeferredTopicFilter, TypedEventLog, TypedListener, TypedContractMethod } from "../../common.js";
export declare namespace Bill1d30mBatchVerifier {
    type ProofStruct = {
        a: [BigNumberish, BigNumberish];
        b: [[BigNumberish, BigNumberish], [BigNumberish, BigNumberish]];
        c: [BigNumberish, BigNumberish];
        publicSignals: [
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish
        ];
    };
    type ProofStructOutput = [
        a: [bigint, bigint],
        b: [[bigint, bigint], [bigint, bigint]],
        c: [bigint, bigint],
        publicSignals: [bigint, bigint, bigint, bigint, bigint]
    ] & {
        a: [bigint, bigint];
        b: [[bigint, bigint], [bigint, bigint]];
        c: [bigint, bigint];
        publicSignals: [bigint, bigint, bigint, bigint, bigint];
    };
}
export interface Bill1d30mBatchVerifierInterface extends Interface {
    getFunction(nameOrSignature: "foldDomain" | "verifyBatch" | "verifyProof" | "verifyWithBase"): FunctionFragment;
    encodeFunctionData(functionFragment: "foldDomain", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "verifyBatch", values: [
        Bill1d30mBatchVerifier.ProofStruct[],
        BigNumberish[],
        [
            BigNumberish,
            BigNumberish
        ]
    ]): string;
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
    encodeFunctionData(functionFragment: "verifyWithBase", values: [
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
        ],
        [
            BigNumberish,
            BigNumberish
        ]
    ]): string;
    decodeFunctionResult(functionFragment: "foldDomain", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "verifyBatch", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "verifyProof", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "verifyWithBase", data: BytesLike): Result;
}
export interface Bill1d30mBatchVerifier extends BaseContract {
    connect(runner?: ContractRunner | null): Bill1d30mBatchVerifier;
    waitForDeployment(): Promise<this>;
    interface: Bill1d30mBatchVerifierInterface;
    queryFilter<TCEvent extends TypedContractEvent>(event: TCEvent, fromBlockOrBlockhash?: string | number | undefined, toBlock?: string | number | undefined): Promise<Array<TypedEventLog<TCEvent>>>;
    queryFilter<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, fromBlockOrBlockhash?: string | number | undefined, toBlock?: string | number | undefined): Promise<Array<TypedEventLog<TCEvent>>>;
    on<TCEvent extends TypedContractEvent>(event: TCEvent, listener: TypedListener<TCEvent>): Promise<this>;
    on<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, listener: TypedListener<TCEvent>): Promise<this>;
    once<TCEvent extends TypedContractEvent>(event: TCEvent, listener: TypedListener<TCEvent>): Promise<this>;
    once<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, listener: TypedListener<TCEvent>): Promise<this>;
    listeners<TCEvent extends TypedContractEvent>(event: TCEvent): Promise<Array<TypedListener<TCEvent>>>;
    listeners(eventName?: string): Promise<Array<Listener>>;
    removeAllListeners<TCEvent extends TypedContractEvent>(event?: TCEvent): Promise<this>;
    foldDomain: TypedContractMethod<[
        domain: BigNumberish
    ], [
        [bigint, bigint] & {
            x: bigint;
            y: bigint;
        }
    ], "view">;
    verifyBatch: TypedContractMethod<[
        proofs: Bill1d30mBatchVerifier.ProofStruct[],
        include: BigNumberish[],
        base: [BigNumberish, BigNumberish]
    ], [
        boolean
    ], "view">;
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
    verifyWithBase: TypedContractMethod<[
        _pA: [BigNumberish, BigNumberish],
        _pB: [[BigNumberish, BigNumberish], [BigNumberish, BigNumberish]],
        _pC: [BigNumberish, BigNumberish],
        _pubSignals: [
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish
        ],
        base: [BigNumberish, BigNumberish]
    ], [
        boolean
    ], "view">;
    getFunction<T extends ContractMethod = ContractMethod>(key: string | FunctionFragment): T;
    getFunction(nameOrSignature: "foldDomain"): TypedContractMethod<[
        domain: BigNumberish
    ], [
        [bigint, bigint] & {
            x: bigint;
            y: bigint;
        }
    ], "view">;
    getFunction(nameOrSignature: "verifyBatch"): TypedContractMethod<[
        proofs: Bill1d30mBatchVerifier.ProofStruct[],
        include: BigNumberish[],
        base: [BigNumberish, BigNumberish]
    ], [
        boolean
    ], "view">;
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
    getFunction(nameOrSignature: "verifyWithBase"): TypedContractMethod<[
        _pA: [BigNumberish, BigNumberish],
        _pB: [[BigNumberish, BigNumberish], [BigNumberish, BigNumberish]],
        _pC: [BigNumberish, BigNumberish],
        _pubSignals: [
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish
        ],
        base: [BigNumberish, BigNumberish]
    ], [
        boolean
    ], "view">;
    filters: {};
}
