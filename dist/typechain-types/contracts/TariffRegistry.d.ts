import type { BaseContract, BigNumberish, BytesLike, FunctionFragment, Result, Interface, EventFragment, AddressLike, ContractRunner, ContractMethod, Listener } from "ethers";
import type { TypedContractEvent, TypedDeferredTopicFilter, TypedEventLog, TypedLogDescription, TypedListener, TypedContractMethod } from "../common.js";
export declare namespace ITariffRegistry {
    type TariffStruct = {
        validFrom: BigNumberish;
        validUntil: BigNumberish;
        tzOffsetSeconds: BigNumberish;
        status: BigNumberish;
    };
    type TariffStructOutput = [
        validFrom: bigint,
        validUntil: bigint,
        tzOffsetSeconds: bigint,
        status: bigint
    ] & {
        validFrom: bigint;
        validUntil: bigint;
        tzOffsetSeconds: bigint;
        status: bigint;
    };
}
export interface TariffRegistryInterface extends Interface {
    getFunction(nameOrSignature: "DEFAULT_ADMIN_ROLE" | "PAUSER_ROLE" | "REGULATOR_ROLE" | "RETAILER_ROLE" | "SNARK_SCALAR_FIELD" | "acceptTariff" | "acceptedTariff" | "approveTariff" | "getRoleAdmin" | "getTariff" | "grantRole" | "hasRole" | "meters" | "offerTariff" | "offeredTariff" | "pause" | "paused" | "registerTariff" | "rejectTariff" | "renounceRole" | "revokeRole" | "settlementTariff" | "supportsInterface" | "unpause"): FunctionFragment;
    getEvent(nameOrSignatureOrTopic: "Paused" | "RoleAdminChanged" | "RoleGranted" | "RoleRevoked" | "TariffAccepted" | "TariffApproved" | "TariffOffered" | "TariffRegistered" | "TariffRejected" | "Unpaused"): EventFragment;
    encodeFunctionData(functionFragment: "DEFAULT_ADMIN_ROLE", values?: undefined): string;
    encodeFunctionData(functionFragment: "PAUSER_ROLE", values?: undefined): string;
    encodeFunctionData(functionFragment: "REGULATOR_ROLE", values?: undefined): string;
    encodeFunctionData(functionFragment: "RETAILER_ROLE", values?: undefined): string;
    encodeFunctionData(functionFragment: "SNARK_SCALAR_FIELD", values?: undefined): string;
    encodeFunctionData(functionFragment: "acceptTariff", values: [BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "acceptedTariff", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "approveTariff", values: [AddressLike, BigNumberish]): string;
    encodeFunctionData(functionFragment: "getRoleAdmin", values: [BytesLike]): string;
    encodeFunctionData(functionFragment: "getTariff", values: [AddressLike, BigNumberish]): string;
    encodeFunctionData(functionFragment: "grantRole", values: [BytesLike, AddressLike]): string;
    encodeFunctionData(functionFragment: "hasRole", values: [BytesLike, AddressLike]): string;
    encodeFunctionData(functionFragment: "meters", values?: undefined): string;
    encodeFunctionData(functionFragment: "offerTariff", values: [BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "offeredTariff", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "pause", values?: undefined): string;
    encodeFunctionData(functionFragment: "paused", values?: undefined): string;
    encodeFunctionData(functionFragment: "registerTariff", values: [BigNumberish, BigNumberish, BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "rejectTariff", values: [AddressLike, BigNumberish, string]): string;
    encodeFunctionData(functionFragment: "renounceRole", values: [BytesLike, AddressLike]): string;
    encodeFunctionData(functionFragment: "revokeRole", values: [BytesLike, AddressLike]): string;
    encodeFunctionData(functionFragment: "settlementTariff", values: [BigNumberish, AddressLike, BigNumberish]): string;
    encodeFunctionData(functionFragment: "supportsInterface", values: [BytesLike]): string;
    encodeFunctionData(functionFragment: "unpause", values?: undefined): string;
    decodeFunctionResult(functionFragment: "DEFAULT_ADMIN_ROLE", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "PAUSER_ROLE", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "REGULATOR_ROLE", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "RETAILER_ROLE", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "SNARK_SCALAR_FIELD", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "acceptTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "acceptedTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "approveTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "getRoleAdmin", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "getTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "grantRole", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "hasRole", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "meters", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "offerTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "offeredTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "pause", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "paused", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "registerTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "rejectTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "renounceRole", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "revokeRole", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "settlementTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "supportsInterface", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "unpause", data: BytesLike): Result;
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
export declare namespace TariffAcceptedEvent {
    type InputTuple = [
        meterId: BigNumberish,
        commitment: BigNumberish,
        consumer: AddressLike
    ];
    type OutputTuple = [
        meterId: bigint,
        commitment: bigint,
        consumer: string
    ];
    interface OutputObject {
        meterId: bigint;
        commitment: bigint;
        consumer: string;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace TariffApprovedEvent {
    type InputTuple = [
        commitment: BigNumberish,
        retailer: AddressLike,
        regulator: AddressLike
    ];
    type OutputTuple = [
        commitment: bigint,
        retailer: string,
        regulator: string
    ];
    interface OutputObject {
        commitment: bigint;
        retailer: string;
        regulator: string;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace TariffOfferedEvent {
    type InputTuple = [
        meterId: BigNumberish,
        commitment: BigNumberish,
        retailer: AddressLike
    ];
    type OutputTuple = [
        meterId: bigint,
        commitment: bigint,
        retailer: string
    ];
    interface OutputObject {
        meterId: bigint;
        commitment: bigint;
        retailer: string;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace TariffRegisteredEvent {
    type InputTuple = [
        commitment: BigNumberish,
        retailer: AddressLike,
        validFrom: BigNumberish,
        validUntil: BigNumberish,
        tzOffsetSeconds: BigNumberish
    ];
    type OutputTuple = [
        commitment: bigint,
        retailer: string,
        validFrom: bigint,
        validUntil: bigint,
        tzOffsetSeconds: bigint
    ];
    interface OutputObject {
        commitment: bigint;
        retailer: string;
        validFrom: bigint;
        validUntil: bigint;
        tzOffsetSeconds: bigint;
    }
    type Event = TypedContractEvent<InputTuple, OutputTuple, OutputObject>;
    type Filter = TypedDeferredTopicFilter<Event>;
    type Log = TypedEventLog<Event>;
    type LogDescription = TypedLogDescription<Event>;
}
export declare namespace TariffRejectedEvent {
    type InputTuple = [
        commitment: BigNumberish,
        retailer: AddressLike,
        regulator: AddressLike,
        reason: string
    ];
    type OutputTuple = [
        commitment: bigint,
        retailer: string,
        regulator: string,
        reason: string
    ];
    interface OutputObject {
        commitment: bigint;
        retailer: string;
        regulator: string;
        reason: string;
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
export interface TariffRegistry extends BaseContract {
    connect(runner?: ContractRunner | null): TariffRegistry;
    waitForDeployment(): Promise<this>;
    interface: TariffRegistryInterface;
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
    REGULATOR_ROLE: TypedContractMethod<[], [string], "view">;
    RETAILER_ROLE: TypedContractMethod<[], [string], "view">;
    SNARK_SCALAR_FIELD: TypedContractMethod<[], [bigint], "view">;
    acceptTariff: TypedContractMethod<[
        meterId: BigNumberish,
        commitment: BigNumberish
    ], [
        void
    ], "nonpayable">;
    acceptedTariff: TypedContractMethod<[
        meterId: BigNumberish
    ], [
        bigint
    ], "view">;
    approveTariff: TypedContractMethod<[
        retailer: AddressLike,
        commitment: BigNumberish
    ], [
        void
    ], "nonpayable">;
    getRoleAdmin: TypedContractMethod<[role: BytesLike], [string], "view">;
    getTariff: TypedContractMethod<[
        retailer: AddressLike,
        commitment: BigNumberish
    ], [
        ITariffRegistry.TariffStructOutput
    ], "view">;
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
    offerTariff: TypedContractMethod<[
        meterId: BigNumberish,
        commitment: BigNumberish
    ], [
        void
    ], "nonpayable">;
    offeredTariff: TypedContractMethod<[meterId: BigNumberish], [bigint], "view">;
    pause: TypedContractMethod<[], [void], "nonpayable">;
    paused: TypedContractMethod<[], [boolean], "view">;
    registerTariff: TypedContractMethod<[
        commitment: BigNumberish,
        validFrom: BigNumberish,
        validUntil: BigNumberish,
        tzOffsetSeconds: BigNumberish
    ], [
        void
    ], "nonpayable">;
    rejectTariff: TypedContractMethod<[
        retailer: AddressLike,
        commitment: BigNumberish,
        reason: string
    ], [
        void
    ], "nonpayable">;
    renounceRole: TypedContractMethod<[
        role: BytesLike,
        callerConfirmation: AddressLike
    ], [
        void
    ], "nonpayable">;
    revokeRole: TypedContractMethod<[
        role: BytesLike,
        account: AddressLike
    ], [
        void
    ], "nonpayable">;
    settlementTariff: TypedContractMethod<[
        meterId: BigNumberish,
        retailer: AddressLike,
        commitment: BigNumberish
    ], [
        [
            ITariffRegistry.TariffStructOutput,
            bigint,
            boolean
        ] & {
            tariff: ITariffRegistry.TariffStructOutput;
            accepted: bigint;
            retailerActive: boolean;
        }
    ], "view">;
    supportsInterface: TypedContractMethod<[
        interfaceId: BytesLike
    ], [
        boolean
    ], "view">;
    unpause: TypedContractMethod<[], [void], "nonpayable">;
    getFunction<T extends ContractMethod = ContractMethod>(key: string | FunctionFragment): T;
    getFunction(nameOrSignature: "DEFAULT_ADMIN_ROLE"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "PAUSER_ROLE"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "REGULATOR_ROLE"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "RETAILER_ROLE"): TypedContractMethod<[], [string], "view">;
    getFunction(nameOrSignature: "SNARK_SCALAR_FIELD"): TypedContractMethod<[], [bigint], "view">;
    getFunction(nameOrSignature: "acceptTariff"): TypedContractMethod<[
        meterId: BigNumberish,
        commitment: BigNumberish
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "acceptedTariff"): TypedContractMethod<[meterId: BigNumberish], [bigint], "view">;
    getFunction(nameOrSignature: "approveTariff"): TypedContractMethod<[
        retailer: AddressLike,
        commitment: BigNumberish
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "getRoleAdmin"): TypedContractMethod<[role: BytesLike], [string], "view">;
    getFunction(nameOrSignature: "getTariff"): TypedContractMethod<[
        retailer: AddressLike,
        commitment: BigNumberish
    ], [
        ITariffRegistry.TariffStructOutput
    ], "view">;
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
    getFunction(nameOrSignature: "offerTariff"): TypedContractMethod<[
        meterId: BigNumberish,
        commitment: BigNumberish
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "offeredTariff"): TypedContractMethod<[meterId: BigNumberish], [bigint], "view">;
    getFunction(nameOrSignature: "pause"): TypedContractMethod<[], [void], "nonpayable">;
    getFunction(nameOrSignature: "paused"): TypedContractMethod<[], [boolean], "view">;
    getFunction(nameOrSignature: "registerTariff"): TypedContractMethod<[
        commitment: BigNumberish,
        validFrom: BigNumberish,
        validUntil: BigNumberish,
        tzOffsetSeconds: BigNumberish
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "rejectTariff"): TypedContractMethod<[
        retailer: AddressLike,
        commitment: BigNumberish,
        reason: string
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "renounceRole"): TypedContractMethod<[
        role: BytesLike,
        callerConfirmation: AddressLike
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "revokeRole"): TypedContractMethod<[
        role: BytesLike,
        account: AddressLike
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "settlementTariff"): TypedContractMethod<[
        meterId: BigNumberish,
        retailer: AddressLike,
        commitment: BigNumberish
    ], [
        [
            ITariffRegistry.TariffStructOutput,
            bigint,
            boolean
        ] & {
            tariff: ITariffRegistry.TariffStructOutput;
            accepted: bigint;
            retailerActive: boolean;
        }
    ], "view">;
    getFunction(nameOrSignature: "supportsInterface"): TypedContractMethod<[interfaceId: BytesLike], [boolean], "view">;
    getFunction(nameOrSignature: "unpause"): TypedContractMethod<[], [void], "nonpayable">;
    getEvent(key: "Paused"): TypedContractEvent<PausedEvent.InputTuple, PausedEvent.OutputTuple, PausedEvent.OutputObject>;
    getEvent(key: "RoleAdminChanged"): TypedContractEvent<RoleAdminChangedEvent.InputTuple, RoleAdminChangedEvent.OutputTuple, RoleAdminChangedEvent.OutputObject>;
    getEvent(key: "RoleGranted"): TypedContractEvent<RoleGrantedEvent.InputTuple, RoleGrantedEvent.OutputTuple, RoleGrantedEvent.OutputObject>;
    getEvent(key: "RoleRevoked"): TypedContractEvent<RoleRevokedEvent.InputTuple, RoleRevokedEvent.OutputTuple, RoleRevokedEvent.OutputObject>;
    getEvent(key: "TariffAccepted"): TypedContractEvent<TariffAcceptedEvent.InputTuple, TariffAcceptedEvent.OutputTuple, TariffAcceptedEvent.OutputObject>;
    getEvent(key: "TariffApproved"): TypedContractEvent<TariffApprovedEvent.InputTuple, TariffApprovedEvent.OutputTuple, TariffApprovedEvent.OutputObject>;
    getEvent(key: "TariffOffered"): TypedContractEvent<TariffOfferedEvent.InputTuple, TariffOfferedEvent.OutputTuple, TariffOfferedEvent.OutputObject>;
    getEvent(key: "TariffRegistered"): TypedContractEvent<TariffRegisteredEvent.InputTuple, TariffRegisteredEvent.OutputTuple, TariffRegisteredEvent.OutputObject>;
    getEvent(key: "TariffRejected"): TypedContractEvent<TariffRejectedEvent.InputTuple, TariffRejectedEvent.OutputTuple, TariffRejectedEvent.OutputObject>;
    getEvent(key: "Unpaused"): TypedContractEvent<UnpausedEvent.InputTuple, UnpausedEvent.OutputTuple, UnpausedEvent.OutputObject>;
    filters: {
        "Paused(address)": TypedContractEvent<PausedEvent.InputTuple, PausedEvent.OutputTuple, PausedEvent.OutputObject>;
        Paused: TypedContractEvent<PausedEvent.InputTuple, PausedEvent.OutputTuple, PausedEvent.OutputObject>;
        "RoleAdminChanged(bytes32,bytes32,bytes32)": TypedContractEvent<RoleAdminChangedEvent.InputTuple, RoleAdminChangedEvent.OutputTuple, RoleAdminChangedEvent.OutputObject>;
        RoleAdminChanged: TypedContractEvent<RoleAdminChangedEvent.InputTuple, RoleAdminChangedEvent.OutputTuple, RoleAdminChangedEvent.OutputObject>;
        "RoleGranted(bytes32,address,address)": TypedContractEvent<RoleGrantedEvent.InputTuple, RoleGrantedEvent.OutputTuple, RoleGrantedEvent.OutputObject>;
        RoleGranted: TypedContractEvent<RoleGrantedEvent.InputTuple, RoleGrantedEvent.OutputTuple, RoleGrantedEvent.OutputObject>;
        "RoleRevoked(bytes32,address,address)": TypedContractEvent<RoleRevokedEvent.InputTuple, RoleRevokedEvent.OutputTuple, RoleRevokedEvent.OutputObject>;
        RoleRevoked: TypedContractEvent<RoleRevokedEvent.InputTuple, RoleRevokedEvent.OutputTuple, RoleRevokedEvent.OutputObject>;
        "TariffAccepted(uint64,uint256,address)": TypedContractEvent<TariffAcceptedEvent.InputTuple, TariffAcceptedEvent.OutputTuple, TariffAcceptedEvent.OutputObject>;
        TariffAccepted: TypedContractEvent<TariffAcceptedEvent.InputTuple, TariffAcceptedEvent.OutputTuple, TariffAcceptedEvent.OutputObject>;
        "TariffApproved(uint256,address,address)": TypedContractEvent<TariffApprovedEvent.InputTuple, TariffApprovedEvent.OutputTuple, TariffApprovedEvent.OutputObject>;
        TariffApproved: TypedContractEvent<TariffApprovedEvent.InputTuple, TariffApprovedEvent.OutputTuple, TariffApprovedEvent.OutputObject>;
        "TariffOffered(uint64,uint256,address)": TypedContractEvent<TariffOfferedEvent.InputTuple, TariffOfferedEvent.OutputTuple, TariffOfferedEvent.OutputObject>;
        TariffOffered: TypedContractEvent<TariffOfferedEvent.InputTuple, TariffOfferedEvent.OutputTuple, TariffOfferedEvent.OutputObject>;
        "TariffRegistered(uint256,address,uint40,uint40,int24)": TypedContractEvent<TariffRegisteredEvent.InputTuple, TariffRegisteredEvent.OutputTuple, TariffRegisteredEvent.OutputObject>;
        TariffRegistered: TypedContractEvent<TariffRegisteredEvent.InputTuple, TariffRegisteredEvent.OutputTuple, TariffRegisteredEvent.OutputObject>;
        "TariffRejected(uint256,address,address,string)": TypedContractEvent<TariffRejectedEvent.InputTuple, TariffRejectedEvent.OutputTuple, TariffRejectedEvent.OutputObject>;
        TariffRejected: TypedContractEvent<TariffRejectedEvent.InputTuple, TariffRejectedEvent.OutputTuple, TariffRejectedEvent.OutputObject>;
        "Unpaused(address)": TypedContractEvent<UnpausedEvent.InputTuple, UnpausedEvent.OutputTuple, UnpausedEvent.OutputObject>;
        Unpaused: TypedContractEvent<UnpausedEvent.InputTuple, UnpausedEvent.OutputTuple, UnpausedEvent.OutputObject>;
    };
}
