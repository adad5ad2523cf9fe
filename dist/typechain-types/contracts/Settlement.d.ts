import type { BaseContract, BigNumberish, BytesLike, FunctionFragment, Result, Interface, EventFragment, AddressLike, ContractRunner, ContractMethod, Listener } from "ethers";
import type { TypedContractEvent, TypedDeferredTopicFilter, TypedEventLog, TypedLogDescription, TypedListener, TypedContractMethod } from "../common.js";
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
export interface SettlementInterface extends Interface {
    getFunction(nameOrSignature: "DEFAULT_ADMIN_ROLE" | "PAUSER_ROLE" | "SNARK_SCALAR_FIELD" | "arrearsOf" | "balanceOf" | "consumerArrearsOf" | "creditOwedOf" | "deposit" | "domain" | "freeBalanceOf" | "getRoleAdmin" | "grantRole" | "hasRole" | "meters" | "pause" | "paused" | "payArrears" | "payCreditDebt" | "renounceRole" | "retailerDebtOf" | "revokeRole" | "settle" | "settleBatch" | "settleInBatch" | "supportsInterface" | "tariffs" | "token" | "unpause" | "verifier" | "withdraw"): FunctionFragment;
    getEvent(nameOrSignatureOrTopic: "ArrearsPaid" | "BillSkipped" | "CreditDebtPaid" | "Deposited" | "Paused" | "RoleAdminChanged" | "RoleGranted" | "RoleRevoked" | "Settled" | "Unpaused" | "Withdrawn"): EventFragment;
    encodeFunctionData(functionFragment: "DEFAULT_ADMIN_ROLE", values?: undefined): string;
    encodeFunctionData(functionFragment: "PAUSER_ROLE", values?: undefined): string;
    encodeFunctionData(functionFragment: "SNARK_SCALAR_FIELD", values?: undefined): string;
    encodeFunctionData(functionFragment: "arrearsOf", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "balanceOf", values: [AddressLike]): string;
    encodeFunctionData(functionFragment: "consumerArrearsOf", values: [AddressLike]): string;
    encodeFunctionData(functionFragment: "creditOwedOf", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "deposit", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "domain", values?: undefined): string;
    encodeFunctionData(functionFragment: "freeBalanceOf", values: [AddressLike]): string;
    encodeFunctionData(functionFragment: "getRoleAdmin", values: [BytesLike]): string;
    encodeFunctionData(functionFragment: "grantRole", values: [BytesLike, AddressLike]): string;
    encodeFunctionData(functionFragment: "hasRole", values: [BytesLike, AddressLike]): string;
    encodeFunctionData(functionFragment: "meters", values?: undefined): string;
    encodeFunctionData(functionFragment: "pause", values?: undefined): string;
    encodeFunctionData(functionFragment: "paused", values?: undefined): string;
    encodeFunctionData(functionFragment: "payArrears", values: [BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "payCreditDebt", values: [BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "renounceRole", values: [BytesLike, AddressLike]): string;
    encodeFunctionData(functionFragment: "retailerDebtOf", values: [AddressLike]): string;
    encodeFunctionData(functionFragment: "revokeRole", values: [BytesLike, AddressLike]): string;
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
    encodeFunctionData(functionFragment: "settleInBatch", values: [
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
    encodeFunctionData(functionFragment: "supportsInterface", values: [BytesLike]): string;
    encodeFunctionData(functionFragment: "tariffs", values?: undefined): string;
    encodeFunctionData(functionFragment: "token", values?: undefined): string;
    encodeFunctionData(functionFragment: "unpause", values?: undefined): string;
    encodeFunctionData(functionFragment: "verifier", values?: undefined): string;
    encodeFunctionData(functionFragment: "withdraw", values: [BigNumberish]): string;
    decodeFunctionResult(functionFragment: "DEFAULT_ADMIN_ROLE", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "PAUSER_ROLE", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "SNARK_SCALAR_FIELD", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "arrearsOf", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "balanceOf", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "consumerArrearsOf", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "creditOwedOf", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "deposit", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "domain", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "freeBalanceOf", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "getRoleAdmin", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "grantRole", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "hasRole", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "meters", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "pause", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "paused", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "payArrears", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "payCreditDebt", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "renounceRole", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "retailerDebtOf", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "revokeRole", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "settle", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "settleBatch", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "settleInBatch", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "supportsInterface", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "tariffs", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "token", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "unpause", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "verifier", data: BytesLike): Result;
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
export declare namespace PausedEvent {
    type InputTuple = [account: AddressLike];
    type OutputTuple = [account: string];
    interface OutputObject {
        account: string;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace RoleAdminChangedEvent {
    type InputTuple = [
        role: BytesLike,
        previousAdminRole: BytesLike,
        newAdminRole: BytesLike
    ];
    type OutputTuple = [
        role: string,
        previousAdminRole: string,
        newAdminRole: string
    ];
    interface OutputObject {
        role: string;
        previousAdminRole: string;
        newAdminRole: string;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace RoleGrantedEvent {
    type InputTuple = [
        role: BytesLike,
        account: AddressLike,
        sender: AddressLike
    ];
    type OutputTuple = [role: string, account: string, sender: string];
    interface OutputObject {
        role: string;
        account: string;
        sender: string;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace RoleRevokedEvent {
    type InputTuple = [
        role: BytesLike,
        account: AddressLike,
        sender: AddressLike
    ];
    type OutputTuple = [role: string, account: string, sender: string];
    interface OutputObject {
        role: string;
        account: string;
        sender: string;
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
export declare namespace UnpausedEvent {
    type InputTuple = [account: AddressLike];
    type OutputTuple = [account: string];
    interface OutputObject {
        account: string;
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
export interface Settlement extends BaseContract {
    connect(runner?: ContractRunner | null): Settlement;
    waitForDeployment(): Promise<this>;
    interface: SettlementInterface;
    queryFilter<TCEvent extends TypedContractEvent>(event: TCEvent, fromBlockOrBlockhash?: string | number | undefined, toBlock?: string | number | undefined): Promise<Array<TypedEventLog<TCEvent>>>;
    queryFilter<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, fromBlockOrBlockhash?: string | number | undefined, toBlock?: string | number | undefined): Promise<Array<TypedEventLog<TCEvent>>>;
    on<TCEvent extends TypedContractEvent>(event: TCEvent, listener: TypedListener<TCEvent>): Promise<this>;
    on<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, listener: TypedListener<TCEvent>): Promise<this>;
    once<TCEvent extends TypedContractEvent>(event: TCEvent, listener: TypedListener<TCEvent>): Promise<this>;
    once<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, listener: TypedListener<TCEvent>): Promise<this>;
    listeners<TCEvent extends TypedContractEvent>(event: TCEvent): Promise<Array<TypedListener<TCEvent>>>;
    listeners(eventName?: string): Promise<Array<Listener>>;
    removeAllListeners<TCEvent extends TypedContractEvent>(event?: TCEvent): Promise<this>;
    DEFAULT_ADMIN_ROLE: TypedContractMethod<[], [string], "view">;
    PAUSER_ROLE: TypedContractMethod<[], [string], "view">;
    SNARK_SCALAR_FIELD: TypedContractMethod<[], [bigint], "view">;
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
    getRoleAdmin: TypedContractMethod<[role: BytesLike], [string], "view">;
    grantRole: TypedContractMethod<[
        role: BytesLike,
        account: AddressLike
    ], [
        void
    ], "nonpayable">;
    hasRole: TypedContractMethod<[
        role: BytesLike,
        account: AddressLike
    ], [
        boolean
    ], "view">;
    meters: TypedContractMethod<[], [string], "view">;
    pause: TypedContractMethod<[], [void], "nonpayable">;
    paused: TypedContractMethod<[], [boolean], "view">;
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
    renounceRole: TypedContractMethod<[
        role: BytesLike,
        callerConfirmation: AddressLike
    ], [
        void
    ], "nonpayable">;
    retailerDebtOf: TypedContractMethod<[
        retailer: AddressLike
    ], [
        bigint
    ], "view">;
    revokeRole: TypedContractMethod<[
        role: BytesLike,
        account: AddressLike
    ], [
        void
    ], "nonpayable">;
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
    settleInBatch: TypedContractMethod<[
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
    supportsInterface: TypedContractMethod<[
        interfaceId: BytesLike
    ], [
        boolean
    ], "view">;
    tariffs: TypedContractMethod<[], [string], "view">;
    token: TypedContractMethod<[], [string], "view">;
    unpause: TypedContractMethod<[], [void], "nonpayable">;
    verifier: TypedContractMethod<[], [string], "view">;
    withdraw: TypedContractMethod<[amount: BigNumberish], [void], "nonpayable">;
    getFunction<T extends ContractMethod = ContractMethod>(key: string | FunctionFragment): T;
    getFunction(nameOrSignature: "DEFAULT_ADMIN_ROLE"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "PAUSER_ROLE"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "SNARK_SCALAR_FIELD"): TypedContractMethod<[], [bigint], "view">;
    getFunction(nameOrSignature: "arrearsOf"): TypedContractMethod<[meterId: BigNumberish], [bigint], "view">;
    getFunction(nameOrSignature: "balanceOf"): TypedContractMethod<[account: AddressLike], [bigint], "view">;
    getFunction(nameOrSignature: "consumerArrearsOf"): TypedContractMethod<[consumer: AddressLike], [bigint], "view">;
    getFunction(nameOrSignature: "creditOwedOf"): TypedContractMethod<[meterId: BigNumberish], [bigint], "view">;
    getFunction(nameOrSignature: "deposit"): TypedContractMethod<[amount: BigNumberish], [void], "nonpayable">;
    getFunction(nameOrSignature: "domain"): TypedContractMethod<[], [bigint], "view">;
    getFunction(nameOrSignature: "freeBalanceOf"): TypedContractMethod<[account: AddressLike], [bigint], "view">;
    getFunction(nameOrSignature: "getRoleAdmin"): TypedContractMethod<[role: BytesLike], [string], "view">;
    getFunction(nameOrSignature: "grantRole"): TypedContractMethod<[
        role: BytesLike,
        account: AddressLike
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "hasRole"): TypedContractMethod<[
        role: BytesLike,
        account: AddressLike
    ], [
        boolean
    ], "view">;
    getFunction(nameOrSignature: "meters"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "pause"): TypedContractMethod<[], [void], "nonpayable">;
    getFunction(nameOrSignature: "paused"): TypedContractMethod<[], [boolean], "view">;
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
    getFunction(nameOrSignature: "renounceRole"): TypedContractMethod<[
        role: BytesLike,
        callerConfirmation: AddressLike
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "retailerDebtOf"): TypedContractMethod<[retailer: AddressLike], [bigint], "view">;
    getFunction(nameOrSignature: "revokeRole"): TypedContractMethod<[
        role: BytesLike,
        account: AddressLike
    ], [
        void
    ], "nonpayable">;
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
    getFunction(nameOrSignature: "settleInBatch"): TypedContractMethod<[
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
    getFunction(nameOrSignature: "supportsInterface"): TypedContractMethod<[interfaceId: BytesLike], [boolean], "view">;
    getFunction(nameOrSignature: "tariffs"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "token"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "unpause"): TypedContractMethod<[], [void], "nonpayable">;
    getFunction(nameOrSignature: "verifier"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "withdraw"): TypedContractMethod<[amount: BigNumberish], [void], "nonpayable">;
    getEvent(key: "ArrearsPaid"): TypedContractEvent<ArrearsPaidEvent.InputTuple, ArrearsPaidEvent.OutputTuple, ArrearsPaidEvent.OutputObject>;
    getEvent(key: "BillSkipped"): TypedContractEvent<BillSkippedEvent.InputTuple, BillSkippedEvent.OutputTuple, BillSkippedEvent.OutputObject>;
    getEvent(key: "CreditDebtPaid"): TypedContractEvent<CreditDebtPaidEvent.InputTuple, CreditDebtPaidEvent.OutputTuple, CreditDebtPaidEvent.OutputObject>;
    getEvent(key: "Deposited"): TypedContractEvent<DepositedEvent.InputTuple, DepositedEvent.OutputTuple, DepositedEvent.OutputObject>;
    getEvent(key: "Paused"): TypedContractEvent<PausedEvent.InputTuple, PausedEvent.OutputTuple, PausedEvent.OutputObject>;
    getEvent(key: "RoleAdminChanged"): TypedContractEvent<RoleAdminChangedEvent.InputTuple, RoleAdminChangedEvent.OutputTuple, RoleAdminChangedEvent.OutputObject>;
    getEvent(key: "RoleGranted"): TypedContractEvent<RoleGrantedEvent.InputTuple, RoleGrantedEvent.OutputTuple, RoleGrantedEvent.OutputObject>;
    getEvent(key: "RoleRevoked"): TypedContractEvent<RoleRevokedEvent.InputTuple, RoleRevokedEvent.OutputTuple, RoleRevokedEvent.OutputObject>;
    getEvent(key: "Settled"): TypedContractEvent<SettledEvent.InputTuple, SettledEvent.OutputTuple, SettledEvent.OutputObject>;
    getEvent(key: "Unpaused"): TypedContractEvent<UnpausedEvent.InputTuple, UnpausedEvent.OutputTuple, UnpausedEvent.OutputObject>;
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
        "Paused(address)": TypedContractEvent<PausedEvent.InputTuple, PausedEvent.OutputTuple, PausedEvent.OutputObject>;
        Paused: TypedContractEvent<PausedEvent.InputTuple, PausedEvent.OutputTuple, PausedEvent.OutputObject>;
        "RoleAdminChanged(bytes32,bytes32,bytes32)": TypedContractEvent<RoleAdminChangedEvent.InputTuple, RoleAdminChangedEvent.OutputTuple, RoleAdminChangedEvent.OutputObject>;
        RoleAdminChanged: TypedContractEvent<RoleAdminChangedEvent.InputTuple, RoleAdminChangedEvent.OutputTuple, RoleAdminChangedEvent.OutputObject>;
        "RoleGranted(bytes32,address,address)": TypedContractEvent<RoleGrantedEvent.InputTuple, RoleGrantedEvent.OutputTuple, RoleGrantedEvent.OutputObject>;
        RoleGranted: TypedContractEvent<RoleGrantedEvent.InputTuple, RoleGrantedEvent.OutputTuple, RoleGrantedEvent.OutputObject>;
        "RoleRevoked(bytes32,address,address)": TypedContractEvent<RoleRevokedEvent.InputTuple, RoleRevokedEvent.OutputTuple, RoleRevokedEvent.OutputObject>;
        RoleRevoked: TypedContractEvent<RoleRevokedEvent.InputTuple, RoleRevokedEvent.OutputTuple, RoleRevokedEvent.OutputObject>;
        "Settled(uint64,address,address,uint256[3],uint256[2],uint256[2][2],uint256[2],uint256[5])": TypedContractEvent<SettledEvent.InputTuple, SettledEvent.OutputTuple, SettledEvent.OutputObject>;
        Settled: TypedContractEvent<SettledEvent.InputTuple, SettledEvent.OutputTuple, SettledEvent.OutputObject>;
        "Unpaused(address)": TypedContractEvent<UnpausedEvent.InputTuple, UnpausedEvent.OutputTuple, UnpausedEvent.OutputObject>;
        Unpaused: TypedContractEvent<UnpausedEvent.InputTuple, UnpausedEvent.OutputTuple, UnpausedEvent.OutputObject>;
        "Withdrawn(address,uint256,uint256)": TypedContractEvent<WithdrawnEvent.InputTuple, WithdrawnEvent.OutputTuple, WithdrawnEvent.OutputObject>;
        Withdrawn: TypedContractEvent<WithdrawnEvent.InputTuple, WithdrawnEvent.OutputTuple, WithdrawnEvent.OutputObject>;
    };
}
