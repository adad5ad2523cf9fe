import type { BaseContract, BigNumberish, BytesLike, FunctionFragment, Result, Interface, EventFragment, AddressLike, ContractRunner, ContractMethod, Listener } from "ethers";
import type { TypedContractEvent, TypedDeferredTopicFilter, TypedEventLog, TypedLogDescription, TypedListener, TypedContractMethod } from "../common.js";
export declare namespace IMeterRegistry {
    type SettlementContextStruct = {
        meterExists: boolean;
        consumer: AddressLike;
        retailer: AddressLike;
        nextPeriodStart: BigNumberish;
        keyExists: boolean;
        keyMeterId: BigNumberish;
        keyValidFrom: BigNumberish;
        keyValidUntil: BigNumberish;
    };
    type SettlementContextStructOutput = [
        meterExists: boolean,
        consumer: string,
        retailer: string,
        nextPeriodStart: bigint,
        keyExists: boolean,
        keyMeterId: bigint,
        keyValidFrom: bigint,
        keyValidUntil: bigint
    ] & {
        meterExists: boolean;
        consumer: string;
        retailer: string;
        nextPeriodStart: bigint;
        keyExists: boolean;
        keyMeterId: bigint;
        keyValidFrom: bigint;
        keyValidUntil: bigint;
    };
    type KeyRecordStruct = {
        meterId: BigNumberish;
        validFrom: BigNumberish;
        validUntil: BigNumberish;
        exists: boolean;
    };
    type KeyRecordStructOutput = [
        meterId: bigint,
        validFrom: bigint,
        validUntil: bigint,
        exists: boolean
    ] & {
        meterId: bigint;
        validFrom: bigint;
        validUntil: bigint;
        exists: boolean;
    };
    type MeterStruct = {
        consumer: AddressLike;
        nextPeriodStart: BigNumberish;
        exists: boolean;
        billedUntil: BigNumberish;
        retailer: AddressLike;
        keyHash: BigNumberish;
    };
    type MeterStructOutput = [
        consumer: string,
        nextPeriodStart: bigint,
        exists: boolean,
        billedUntil: bigint,
        retailer: string,
        keyHash: bigint
    ] & {
        consumer: string;
        nextPeriodStart: bigint;
        exists: boolean;
        billedUntil: bigint;
        retailer: string;
        keyHash: bigint;
    };
}
export interface MeterRegistryInterface extends Interface {
    getFunction(nameOrSignature: "DEFAULT_ADMIN_ROLE" | "METERING_AUTHORITY_ROLE" | "OPEN_END" | "PAUSER_ROLE" | "SETTLEMENT_ROLE" | "SNARK_SCALAR_FIELD" | "claimPeriod" | "getKey" | "getMeter" | "getRoleAdmin" | "grantRole" | "hasRole" | "parties" | "pause" | "paused" | "registerMeter" | "renounceRole" | "repairCursor" | "revokeKey" | "revokeRole" | "rotateKey" | "settlementContext" | "supportsInterface" | "unpause"): FunctionFragment;
    getEvent(nameOrSignatureOrTopic: "CursorRepaired" | "KeyRevoked" | "KeyRotated" | "MeterRegistered" | "Paused" | "PeriodClaimed" | "RoleAdminChanged" | "RoleGranted" | "RoleRevoked" | "Unpaused"): EventFragment;
    encodeFunctionData(functionFragment: "DEFAULT_ADMIN_ROLE", values?: undefined): string;
    encodeFunctionData(functionFragment: "METERING_AUTHORITY_ROLE", values?: undefined): string;
    encodeFunctionData(functionFragment: "OPEN_END", values?: undefined): string;
    encodeFunctionData(functionFragment: "PAUSER_ROLE", values?: undefined): string;
    encodeFunctionData(functionFragment: "SETTLEMENT_ROLE", values?: undefined): string;
    encodeFunctionData(functionFragment: "SNARK_SCALAR_FIELD", values?: undefined): string;
    encodeFunctionData(functionFragment: "claimPeriod", values: [BigNumberish, BigNumberish, BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "getKey", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "getMeter", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "getRoleAdmin", values: [BytesLike]): string;
    encodeFunctionData(functionFragment: "grantRole", values: [BytesLike, AddressLike]): string;
    encodeFunctionData(functionFragment: "hasRole", values: [BytesLike, AddressLike]): string;
    encodeFunctionData(functionFragment: "parties", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "pause", values?: undefined): string;
    encodeFunctionData(functionFragment: "paused", values?: undefined): string;
    encodeFunctionData(functionFragment: "registerMeter", values: [
        BigNumberish,
        BigNumberish,
        BigNumberish,
        BigNumberish,
        AddressLike,
        AddressLike,
        BigNumberish
    ]): string;
    encodeFunctionData(functionFragment: "renounceRole", values: [BytesLike, AddressLike]): string;
    encodeFunctionData(functionFragment: "repairCursor", values: [BigNumberish, BigNumberish, string]): string;
    encodeFunctionData(functionFragment: "revokeKey", values: [BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "revokeRole", values: [BytesLike, AddressLike]): string;
    encodeFunctionData(functionFragment: "rotateKey", values: [
        BigNumberish,
        BigNumberish,
        BigNumberish,
        BigNumberish,
        BigNumberish
    ]): string;
    encodeFunctionData(functionFragment: "settlementContext", values: [BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "supportsInterface", values: [BytesLike]): string;
    encodeFunctionData(functionFragment: "unpause", values?: undefined): string;
    decodeFunctionResult(functionFragment: "DEFAULT_ADMIN_ROLE", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "METERING_AUTHORITY_ROLE", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "OPEN_END", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "PAUSER_ROLE", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "SETTLEMENT_ROLE", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "SNARK_SCALAR_FIELD", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "claimPeriod", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "getKey", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "getMeter", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "getRoleAdmin", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "grantRole", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "hasRole", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "parties", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "pause", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "paused", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "registerMeter", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "renounceRole", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "repairCursor", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "revokeKey", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "revokeRole", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "rotateKey", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "settlementContext", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "supportsInterface", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "unpause", data: BytesLike): Result;
}
export declare namespace CursorRepairedEvent {
    type InputTuple = [
        meterId: BigNumberish,
        authority: AddressLike,
        from: BigNumberish,
        to: BigNumberish,
        keyValidFrom: BigNumberish,
        reason: string
    ];
    type OutputTuple = [
        meterId: bigint,
        authority: string,
        from: bigint,
        to: bigint,
        keyValidFrom: bigint,
        reason: string
    ];
    interface OutputObject {
        meterId: bigint;
        authority: string;
        from: bigint;
        to: bigint;
        keyValidFrom: bigint;
        reason: string;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace KeyRevokedEvent {
    type InputTuple = [
        meterId: BigNumberish,
        keyHash: BigNumberish,
        revokedAt: BigNumberish
    ];
    type OutputTuple = [
        meterId: bigint,
        keyHash: bigint,
        revokedAt: bigint
    ];
    interface OutputObject {
        meterId: bigint;
        keyHash: bigint;
        revokedAt: bigint;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace KeyRotatedEvent {
    type InputTuple = [
        meterId: BigNumberish,
        oldKeyHash: BigNumberish,
        newKeyHash: BigNumberish,
        pubKeyX: BigNumberish,
        pubKeyY: BigNumberish,
        effectiveAt: BigNumberish,
        validFrom: BigNumberish
    ];
    type OutputTuple = [
        meterId: bigint,
        oldKeyHash: bigint,
        newKeyHash: bigint,
        pubKeyX: bigint,
        pubKeyY: bigint,
        effectiveAt: bigint,
        validFrom: bigint
    ];
    interface OutputObject {
        meterId: bigint;
        oldKeyHash: bigint;
        newKeyHash: bigint;
        pubKeyX: bigint;
        pubKeyY: bigint;
        effectiveAt: bigint;
        validFrom: bigint;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace MeterRegisteredEvent {
    type InputTuple = [
        meterId: BigNumberish,
        consumer: AddressLike,
        retailer: AddressLike,
        keyHash: BigNumberish,
        pubKeyX: BigNumberish,
        pubKeyY: BigNumberish,
        firstPeriodStart: BigNumberish
    ];
    type OutputTuple = [
        meterId: bigint,
        consumer: string,
        retailer: string,
        keyHash: bigint,
        pubKeyX: bigint,
        pubKeyY: bigint,
        firstPeriodStart: bigint
    ];
    interface OutputObject {
        meterId: bigint;
        consumer: string;
        retailer: string;
        keyHash: bigint;
        pubKeyX: bigint;
        pubKeyY: bigint;
        firstPeriodStart: bigint;
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
export declare namespace PeriodClaimedEvent {
    type InputTuple = [
        meterId: BigNumberish,
        settlement: AddressLike,
        periodStart: BigNumberish,
        periodEnd: BigNumberish
    ];
    type OutputTuple = [
        meterId: bigint,
        settlement: string,
        periodStart: bigint,
        periodEnd: bigint
    ];
    interface OutputObject {
        meterId: bigint;
        settlement: string;
        periodStart: bigint;
        periodEnd: bigint;
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
export interface MeterRegistry extends BaseContract {
    connect(runner?: ContractRunner | null): MeterRegistry;
    waitForDeployment(): Promise<this>;
    interface: MeterRegistryInterface;
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
    METERING_AUTHORITY_ROLE: TypedContractMethod<[], [string], "view">;
    OPEN_END: TypedContractMethod<[], [bigint], "view">;
    PAUSER_ROLE: TypedContractMethod<[], [string], "view">;
    SETTLEMENT_ROLE: TypedContractMethod<[], [string], "view">;
    SNARK_SCALAR_FIELD: TypedContractMethod<[], [bigint], "view">;
    claimPeriod: TypedContractMethod<[
        meterId: BigNumberish,
        keyHash: BigNumberish,
        periodStart: BigNumberish,
        periodEnd: BigNumberish
    ], [
        IMeterRegistry.SettlementContextStructOutput
    ], "nonpayable">;
    getKey: TypedContractMethod<[
        keyHash: BigNumberish
    ], [
        IMeterRegistry.KeyRecordStructOutput
    ], "view">;
    getMeter: TypedContractMethod<[
        meterId: BigNumberish
    ], [
        IMeterRegistry.MeterStructOutput
    ], "view">;
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
    parties: TypedContractMethod<[
        meterId: BigNumberish
    ], [
        [string, string] & {
            consumer: string;
            retailer: string;
        }
    ], "view">;
    pause: TypedContractMethod<[], [void], "nonpayable">;
    paused: TypedContractMethod<[], [boolean], "view">;
    registerMeter: TypedContractMethod<[
        meterId: BigNumberish,
        keyHash: BigNumberish,
        pubKeyX: BigNumberish,
        pubKeyY: BigNumberish,
        consumer: AddressLike,
        retailer: AddressLike,
        firstPeriodStart: BigNumberish
    ], [
        void
    ], "nonpayable">;
    renounceRole: TypedContractMethod<[
        role: BytesLike,
        callerConfirmation: AddressLike
    ], [
        void
    ], "nonpayable">;
    repairCursor: TypedContractMethod<[
        meterId: BigNumberish,
        newStart: BigNumberish,
        reason: string
    ], [
        void
    ], "nonpayable">;
    revokeKey: TypedContractMethod<[
        meterId: BigNumberish,
        revokedAt: BigNumberish
    ], [
        void
    ], "nonpayable">;
    revokeRole: TypedContractMethod<[
        role: BytesLike,
        account: AddressLike
    ], [
        void
    ], "nonpayable">;
    rotateKey: TypedContractMethod<[
        meterId: BigNumberish,
        newKeyHash: BigNumberish,
        pubKeyX: BigNumberish,
        pubKeyY: BigNumberish,
        effectiveAt: BigNumberish
    ], [
        void
    ], "nonpayable">;
    settlementContext: TypedContractMethod<[
        meterId: BigNumberish,
        keyHash: BigNumberish
    ], [
        IMeterRegistry.SettlementContextStructOutput
    ], "view">;
    supportsInterface: TypedContractMethod<[
        interfaceId: BytesLike
    ], [
        boolean
    ], "view">;
    unpause: TypedContractMethod<[], [void], "nonpayable">;
    getFunction<T extends ContractMethod = ContractMethod>(key: string | FunctionFragment): T;
    getFunction(nameOrSignature: "DEFAULT_ADMIN_ROLE"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "METERING_AUTHORITY_ROLE"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "OPEN_END"): TypedContractMethod<[], [bigint], "view">;
    getFunction(nameOrSignature: "PAUSER_ROLE"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "SETTLEMENT_ROLE"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "SNARK_SCALAR_FIELD"): TypedContractMethod<[], [bigint], "view">;
    getFunction(nameOrSignature: "claimPeriod"): TypedContractMethod<[
        meterId: BigNumberish,
        keyHash: BigNumberish,
        periodStart: BigNumberish,
        periodEnd: BigNumberish
    ], [
        IMeterRegistry.SettlementContextStructOutput
    ], "nonpayable">;
    getFunction(nameOrSignature: "getKey"): TypedContractMethod<[
        keyHash: BigNumberish
    ], [
        IMeterRegistry.KeyRecordStructOutput
    ], "view">;
    getFunction(nameOrSignature: "getMeter"): TypedContractMethod<[
        meterId: BigNumberish
    ], [
        IMeterRegistry.MeterStructOutput
    ], "view">;
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
    getFunction(nameOrSignature: "parties"): TypedContractMethod<[
        meterId: BigNumberish
    ], [
        [string, string] & {
            consumer: string;
            retailer: string;
        }
    ], "view">;
    getFunction(nameOrSignature: "pause"): TypedContractMethod<[], [void], "nonpayable">;
    getFunction(nameOrSignature: "paused"): TypedContractMethod<[], [boolean], "view">;
    getFunction(nameOrSignature: "registerMeter"): TypedContractMethod<[
        meterId: BigNumberish,
        keyHash: BigNumberish,
        pubKeyX: BigNumberish,
        pubKeyY: BigNumberish,
        consumer: AddressLike,
        retailer: AddressLike,
        firstPeriodStart: BigNumberish
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "renounceRole"): TypedContractMethod<[
        role: BytesLike,
        callerConfirmation: AddressLike
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "repairCursor"): TypedContractMethod<[
        meterId: BigNumberish,
        newStart: BigNumberish,
        reason: string
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "revokeKey"): TypedContractMethod<[
        meterId: BigNumberish,
        revokedAt: BigNumberish
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "revokeRole"): TypedContractMethod<[
        role: BytesLike,
        account: AddressLike
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "rotateKey"): TypedContractMethod<[
        meterId: BigNumberish,
        newKeyHash: BigNumberish,
        pubKeyX: BigNumberish,
        pubKeyY: BigNumberish,
        effectiveAt: BigNumberish
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "settlementContext"): TypedContractMethod<[
        meterId: BigNumberish,
        keyHash: BigNumberish
    ], [
        IMeterRegistry.SettlementContextStructOutput
    ], "view">;
    getFunction(nameOrSignature: "supportsInterface"): TypedContractMethod<[interfaceId: BytesLike], [boolean], "view">;
    getFunction(nameOrSignature: "unpause"): TypedContractMethod<[], [void], "nonpayable">;
    getEvent(key: "CursorRepaired"): TypedContractEvent<CursorRepairedEvent.InputTuple, CursorRepairedEvent.OutputTuple, CursorRepairedEvent.OutputObject>;
    getEvent(key: "KeyRevoked"): TypedContractEvent<KeyRevokedEvent.InputTuple, KeyRevokedEvent.OutputTuple, KeyRevokedEvent.OutputObject>;
    getEvent(key: "KeyRotated"): TypedContractEvent<KeyRotatedEvent.InputTuple, KeyRotatedEvent.OutputTuple, KeyRotatedEvent.OutputObject>;
    getEvent(key: "MeterRegistered"): TypedContractEvent<MeterRegisteredEvent.InputTuple, MeterRegisteredEvent.OutputTuple, MeterRegisteredEvent.OutputObject>;
    getEvent(key: "Paused"): TypedContractEvent<PausedEvent.InputTuple, PausedEvent.OutputTuple, PausedEvent.OutputObject>;
    getEvent(key: "PeriodClaimed"): TypedContractEvent<PeriodClaimedEvent.InputTuple, PeriodClaimedEvent.OutputTuple, PeriodClaimedEvent.OutputObject>;
    getEvent(key: "RoleAdminChanged"): TypedContractEvent<RoleAdminChangedEvent.InputTuple, RoleAdminChangedEvent.OutputTuple, RoleAdminChangedEvent.OutputObject>;
    getEvent(key: "RoleGranted"): TypedContractEvent<RoleGrantedEvent.InputTuple, RoleGrantedEvent.OutputTuple, RoleGrantedEvent.OutputObject>;
    getEvent(key: "RoleRevoked"): TypedContractEvent<RoleRevokedEvent.InputTuple, RoleRevokedEvent.OutputTuple, RoleRevokedEvent.OutputObject>;
    getEvent(key: "Unpaused"): TypedContractEvent<UnpausedEvent.InputTuple, UnpausedEvent.OutputTuple, UnpausedEvent.OutputObject>;
    filters: {
        "CursorRepaired(uint64,address,uint40,uint40,uint40,string)": TypedContractEvent<CursorRepairedEvent.InputTuple, CursorRepairedEvent.OutputTuple, CursorRepairedEvent.OutputObject>;
        CursorRepaired: TypedContractEvent<CursorRepairedEvent.InputTuple, CursorRepairedEvent.OutputTuple, CursorRepairedEvent.OutputObject>;
        "KeyRevoked(uint64,uint256,uint40)": TypedContractEvent<KeyRevokedEvent.InputTuple, KeyRevokedEvent.OutputTuple, KeyRevokedEvent.OutputObject>;
        KeyRevoked: TypedContractEvent<KeyRevokedEvent.InputTuple, KeyRevokedEvent.OutputTuple, KeyRevokedEvent.OutputObject>;
        "KeyRotated(uint64,uint256,uint256,uint256,uint256,uint40,uint40)": TypedContractEvent<KeyRotatedEvent.InputTuple, KeyRotatedEvent.OutputTuple, KeyRotatedEvent.OutputObject>;
        KeyRotated: TypedContractEvent<KeyRotatedEvent.InputTuple, KeyRotatedEvent.OutputTuple, KeyRotatedEvent.OutputObject>;
        "MeterRegistered(uint64,address,address,uint256,uint256,uint256,uint40)": TypedContractEvent<MeterRegisteredEvent.InputTuple, MeterRegisteredEvent.OutputTuple, MeterRegisteredEvent.OutputObject>;
        MeterRegistered: TypedContractEvent<MeterRegisteredEvent.InputTuple, MeterRegisteredEvent.OutputTuple, MeterRegisteredEvent.OutputObject>;
        "Paused(address)": TypedContractEvent<PausedEvent.InputTuple, PausedEvent.OutputTuple, PausedEvent.OutputObject>;
        Paused: TypedContractEvent<PausedEvent.InputTuple, PausedEvent.OutputTuple, PausedEvent.OutputObject>;
        "PeriodClaimed(uint64,address,uint40,uint40)": TypedContractEvent<PeriodClaimedEvent.InputTuple, PeriodClaimedEvent.OutputTuple, PeriodClaimedEvent.OutputObject>;
        PeriodClaimed: TypedContractEvent<PeriodClaimedEvent.InputTuple, PeriodClaimedEvent.OutputTuple, PeriodClaimedEvent.OutputObject>;
        "RoleAdminChanged(bytes32,bytes32,bytes32)": TypedContractEvent<RoleAdminChangedEvent.InputTuple, RoleAdminChangedEvent.OutputTuple, RoleAdminChangedEvent.OutputObject>;
        RoleAdminChanged: TypedContractEvent<RoleAdminChangedEvent.InputTuple, RoleAdminChangedEvent.OutputTuple, RoleAdminChangedEvent.OutputObject>;
        "RoleGranted(bytes32,address,address)": TypedContractEvent<RoleGrantedEvent.InputTuple, RoleGrantedEvent.OutputTuple, RoleGrantedEvent.OutputObject>;
        RoleGranted: TypedContractEvent<RoleGrantedEvent.InputTuple, RoleGrantedEvent.OutputTuple, RoleGrantedEvent.OutputObject>;
        "RoleRevoked(bytes32,address,address)": TypedContractEvent<RoleRevokedEvent.InputTuple, RoleRevokedEvent.OutputTuple, RoleRevokedEvent.OutputObject>;
        RoleRevoked: TypedContractEvent<RoleRevokedEvent.InputTuple, RoleRevokedEvent.OutputTuple, RoleRevokedEvent.OutputObject>;
        "Unpaused(address)": TypedContractEvent<UnpausedEvent.InputTuple, UnpausedEvent.OutputTuple, UnpausedEvent.OutputObject>;
        Unpaused: TypedContractEvent<UnpausedEvent.InputTuple, UnpausedEvent.OutputTuple, UnpausedEvent.OutputObject>;
    };
}
