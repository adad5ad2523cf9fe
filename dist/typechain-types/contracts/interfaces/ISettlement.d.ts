import type { BaseContract, BigNumberish, BytesLike, FunctionFragment, Result, Interface, EventFragment, AddressLike, ContractRunner, ContractMethod, Listener } from "ethers";
import type { TypedContractEvent, TypedDeferredTopicFilter, TypedEventLog, TypedLogDescription, TypedListener, TypedContractMethod } from "../../common.js";
export declare namespace IBatchVerifier {
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
export interface ISettlementInterface extends Interface {
    getFunction(nameOrSignature: "arrearsOf" | "balanceOf" | "consumerArrearsOf" | "creditOwedOf" | "deposit" | "domain" | "freeBalanceOf" | "payArrears" | "payCreditDebt" | "retailerDebtOf" | "settle" | "settleBatch" | "withdraw"): FunctionFragment;
    getEvent(nameOrSignatureOrTopic: "ArrearsPaid" | "BillSkipped" | "CreditDebtPaid" | "Deposited" | "Settled" | "Withdrawn"): EventFragment;
    encodeFunctionData(functionFragment: "arrearsOf", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "balanceOf", values: [AddressLike]): string;
    encodeFunctionData(functionFragment: "consumerArrearsOf", values: [AddressLike]): string;
    encodeFunctionData(functionFragment: "creditOwedOf", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "deposit", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "domain", values?: undefined): string;
    encodeFunctionData(functionFragment: "freeBalanceOf", values: [AddressLike]): string;
    encodeFunctionData(functionFragment: "payArrears", values: [BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "payCreditDebt", values: [BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "retailerDebtOf", values: [AddressLike]): string;
    encodeFunctionData(functionFragment: "settle", values: [
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
    encodeFunctionData(functionFragment: "settleBatch", values: [IBatchVerifier.ProofStruct[]]): string;
    encodeFunctionData(functionFragment: "withdraw", values: [BigNumberish]): string;
    decodeFunctionResult(functionFragment: "arrearsOf", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "balanceOf", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "consumerArrearsOf", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "creditOwedOf", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "deposit", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "domain", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "freeBalanceOf", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "payArrears", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "payCreditDebt", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "retailerDebtOf", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "settle", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "settleBatch", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "withdraw", data: BytesLike): Result;
}
export declare namespace ArrearsPaidEvent {
    type InputTuple = [
        meterId: BigNumberish,
        payer: AddressLike,
        retailer: AddressLike,
        amount: BigNumberish,
        remaining: BigNumberish
    ];
    type OutputTuple = [
        meterId: bigint,
        payer: string,
        retailer: string,
        amount: bigint,
        remaining: bigint
    ];
    interface OutputObject {
        meterId: bigint;
        payer: string;
        retailer: string;
        amount: bigint;
        remaining: bigint;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace BillSkippedEvent {
    type InputTuple = [
        index: BigNumberish,
        meterId: BigNumberish,
        reason: BytesLike
    ];
    type OutputTuple = [index: bigint, meterId: bigint, reason: string];
    interface OutputObject {
        index: bigint;
        meterId: bigint;
        reason: string;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace CreditDebtPaidEvent {
    type InputTuple = [
        meterId: BigNumberish,
        retailer: AddressLike,
        consumer: AddressLike,
        amount: BigNumberish,
        remaining: BigNumberish
    ];
    type OutputTuple = [
        meterId: bigint,
        retailer: string,
        consumer: string,
        amount: bigint,
        remaining: bigint
    ];
    interface OutputObject {
        meterId: bigint;
        retailer: string;
        consumer: string;
        amount: bigint;
        remaining: bigint;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace DepositedEvent {
    type InputTuple = [
        account: AddressLike,
        amount: BigNumberish,
        balance: BigNumberish
    ];
    type OutputTuple = [account: string, amount: bigint, balance: bigint];
    interface OutputObject {
        account: string;
        amount: bigint;
        balance: bigint;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace SettledEvent {
    type InputTuple = [
        meterId: BigNumberish,
        retailer: AddressLike,
        consumer: AddressLike,
        movement: [BigNumberish, BigNumberish, BigNumberish],
        a: [BigNumberish, BigNumberish],
        b: [[BigNumberish, BigNumberish], [BigNumberish, BigNumberish]],
        c: [BigNumberish, BigNumberish],
        publicSignals: [
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish
        ]
    ];
    type OutputTuple = [
        meterId: bigint,
        retailer: string,
        consumer: string,
        movement: [bigint, bigint, bigint],
        a: [bigint, bigint],
        b: [[bigint, bigint], [bigint, bigint]],
        c: [bigint, bigint],
        publicSignals: [bigint, bigint, bigint, bigint, bigint]
    ];
    interface OutputObject {
        meterId: bigint;
        retailer: string;
        consumer: string;
        movement: [bigint, bigint, bigint];
        a: [bigint, bigint];
        b: [[bigint, bigint], [bigint, bigint]];
        c: [bigint, bigint];
        publicSignals: [bigint, bigint, bigint, bigint, bigint];
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace WithdrawnEvent {
    type InputTuple = [
        account: AddressLike,
        amount: BigNumberish,
        balance: BigNumberish
    ];
    type OutputTuple = [account: string, amount: bigint, balance: bigint];
    interface OutputObject {
        account: string;
        amount: bigint;
        balance: bigint;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export interface ISettlement extends BaseContract {
    connect(runner?: ContractRunner | null): ISettlement;
    waitForDeployment(): Promise<this>;
    interface: ISettlementInterface;
    queryFilter<TCEvent extends TypedContractEvent>(event: TCEvent, fromBlockOrBlockhash?: string | number | undefined, toBlock?: string | number | undefined): Promise<Array<TypedEventLog<TCEvent>>>;
    queryFilter<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, fromBlockOrBlockhash?: string | number | undefined, toBlock?: string | number | undefined): Promise<Array<TypedEventLog<TCEvent>>>;
    on<TCEvent extends TypedContractEvent>(event: TCEvent, listener: TypedListener<TCEvent>): Promise<this>;
    on<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, listener: TypedListener<TCEvent>): Promise<this>;
    once<TCEvent extends TypedContractEvent>(event: TCEvent, listener: TypedListener<TCEvent>): Promise<this>;
    once<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, listener: TypedListener<TCEvent>): Promise<this>;
    listeners<TCEvent extends TypedContractEvent>(event: TCEvent): Promise<Array<TypedListener<TCEvent>>>;
    listeners(eventName?: string): Promise<Array<Listener>>;
    removeAllListeners<TCEvent extends TypedContractEvent>(event?: TCEvent): Promise<this>;
    arrearsOf: TypedContractMethod<[meterId: BigNumberish], [bigint], "view">;
    balanceOf: TypedContractMethod<[account: AddressLike], [bigint], "view">;
    consumerArrearsOf: TypedContractMethod<[
        consumer: AddressLike
    ], [
        bigint
    ], "view">;
    creditOwedOf: TypedContractMethod<[meterId: BigNumberish], [bigint], "view">;
    deposit: TypedContractMethod<[amount: BigNumberish], [void], "nonpayable">;
    domain: TypedContractMethod<[], [bigint], "view">;
    freeBalanceOf: TypedContractMethod<[account: AddressLike], [bigint], "view">;
    payArrears: TypedContractMethod<[
        meterId: BigNumberish,
        amount: BigNumberish
    ], [
        void
    ], "nonpayable">;
    payCreditDebt: TypedContractMethod<[
        meterId: BigNumberish,
        amount: BigNumberish
    ], [
        void
    ], "nonpayable">;
    retailerDebtOf: TypedContractMethod<[
        retailer: AddressLike
    ], [
        bigint
    ], "view">;
    settle: TypedContractMethod<[
        a: [BigNumberish, BigNumberish],
        b: [[BigNumberish, BigNumberish], [BigNumberish, BigNumberish]],
        c: [BigNumberish, BigNumberish],
        publicSignals: [
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish
        ]
    ], [
        void
    ], "nonpayable">;
    settleBatch: TypedContractMethod<[
        bills: IBatchVerifier.ProofStruct[]
    ], [
        bigint
    ], "nonpayable">;
    withdraw: TypedContractMethod<[amount: BigNumberish], [void], "nonpayable">;
    getFunction<T extends ContractMethod = ContractMethod>(key: string | FunctionFragment): T;
    getFunction(nameOrSignature: "arrearsOf"): TypedContractMethod<[meterId: BigNumberish], [bigint], "view">;
    getFunction(nameOrSignature: "balanceOf"): TypedContractMethod<[account: AddressLike], [bigint], "view">;
    getFunction(nameOrSignature: "consumerArrearsOf"): TypedContractMethod<[consumer: AddressLike], [bigint], "view">;
    getFunction(nameOrSignature: "creditOwedOf"): TypedContractMethod<[meterId: BigNumberish], [bigint], "view">;
    getFunction(nameOrSignature: "deposit"): TypedContractMethod<[amount: BigNumberish], [void], "nonpayable">;
    getFunction(nameOrSignature: "domain"): TypedContractMethod<[], [bigint], "view">;
    getFunction(nameOrSignature: "freeBalanceOf"): TypedContractMethod<[account: AddressLike], [bigint], "view">;
    getFunction(nameOrSignature: "payArrears"): TypedContractMethod<[
        meterId: BigNumberish,
        amount: BigNumberish
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "payCreditDebt"): TypedContractMethod<[
        meterId: BigNumberish,
        amount: BigNumberish
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "retailerDebtOf"): TypedContractMethod<[retailer: AddressLike], [bigint], "view">;
    getFunction(nameOrSignature: "settle"): TypedContractMethod<[
        a: [BigNumberish, BigNumberish],
        b: [[BigNumberish, BigNumberish], [BigNumberish, BigNumberish]],
        c: [BigNumberish, BigNumberish],
        publicSignals: [
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish,
            BigNumberish
        ]
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "settleBatch"): TypedContractMethod<[
        bills: IBatchVerifier.ProofStruct[]
    ], [
        bigint
    ], "nonpayable">;
    getFunction(nameOrSignature: "withdraw"): TypedContractMethod<[amount: BigNumberish], [void], "nonpayable">;
    getEvent(key: "ArrearsPaid"): TypedContractEvent<ArrearsPaidEvent.InputTuple, ArrearsPaidEvent.OutputTuple, ArrearsPaidEvent.OutputObject>;
    getEvent(key: "BillSkipped"): TypedContractEvent<BillSkippedEvent.InputTuple, BillSkippedEvent.OutputTuple, BillSkippedEvent.OutputObject>;
    getEvent(key: "CreditDebtPaid"): TypedContractEvent<CreditDebtPaidEvent.InputTuple, CreditDebtPaidEvent.OutputTuple, CreditDebtPaidEvent.OutputObject>;
    getEvent(key: "Deposited"): TypedContractEvent<DepositedEvent.InputTuple, DepositedEvent.OutputTuple, DepositedEvent.OutputObject>;
    getEvent(key: "Settled"): TypedContractEvent<SettledEvent.InputTuple, SettledEvent.OutputTuple, SettledEvent.OutputObject>;
    getEvent(key: "Withdrawn"): TypedContractEvent<WithdrawnEvent.InputTuple, WithdrawnEvent.OutputTuple, WithdrawnEvent.OutputObject>;
    filters: {
        "ArrearsPaid(uint64,address,address,uint256,uint256)": TypedContractEvent<ArrearsPaidEvent.InputTuple, ArrearsPaidEvent.OutputTuple, ArrearsPaidEvent.OutputObject>;
        ArrearsPaid: TypedContractEvent<ArrearsPaidEvent.InputTuple, ArrearsPaidEvent.OutputTuple, ArrearsPaidEvent.OutputObject>;
        "BillSkipped(uint256,uint64,bytes4)": TypedContractEvent<BillSkippedEvent.InputTuple, BillSkippedEvent.OutputTuple, BillSkippedEvent.OutputObject>;
        BillSkipped: TypedContractEvent<BillSkippedEvent.InputTuple, BillSkippedEvent.OutputTuple, BillSkippedEvent.OutputObject>;
        "CreditDebtPaid(uint64,address,address,uint256,uint256)": TypedContractEvent<CreditDebtPaidEvent.InputTuple, CreditDebtPaidEvent.OutputTuple, CreditDebtPaidEvent.OutputObject>;
        CreditDebtPaid: TypedContractEvent<CreditDebtPaidEvent.InputTuple, CreditDebtPaidEvent.OutputTuple, CreditDebtPaidEvent.OutputObject>;
        "Deposited(address,uint256,uint256)": TypedContractEvent<DepositedEvent.InputTuple, DepositedEvent.OutputTuple, DepositedEvent.OutputObject>;
        Deposited: TypedContractEvent<DepositedEvent.InputTuple, DepositedEvent.OutputTuple, DepositedEvent.OutputObject>;
        "Settled(uint64,address,address,uint256[3],uint256[2],uint256[2][2],uint256[2],uint256[5])": TypedContractEvent<SettledEvent.InputTuple, SettledEvent.OutputTuple, SettledEvent.OutputObject>;
        Settled: TypedContractEvent<SettledEvent.InputTuple, SettledEvent.OutputTuple, SettledEvent.OutputObject>;
        "Withdrawn(address,uint256,uint256)": TypedContractEvent<WithdrawnEvent.InputTuple, WithdrawnEvent.OutputTuple, WithdrawnEvent.OutputObject>;
        Withdrawn: TypedContractEvent<WithdrawnEvent.InputTuple, WithdrawnEvent.OutputTuple, WithdrawnEvent.OutputObject>;
    };
}
