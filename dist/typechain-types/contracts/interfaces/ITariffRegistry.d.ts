import type { BaseContract, BigNumberish, BytesLike, FunctionFragment, Result, Interface, EventFragment, AddressLike, ContractRunner, ContractMethod, Listener } from "ethers";
import type { TypedContractEvent, TypedDeferredTopicFilter, TypedEventLog, TypedLogDescription, TypedListener, TypedContractMethod } from "../../common.js";
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
export interface ITariffRegistryInterface extends Interface {
    getFunction(nameOrSignature: "acceptTariff" | "acceptedTariff" | "approveTariff" | "getTariff" | "offerTariff" | "offeredTariff" | "registerTariff" | "rejectTariff" | "settlementTariff"): FunctionFragment;
    getEvent(nameOrSignatureOrTopic: "TariffAccepted" | "TariffApproved" | "TariffOffered" | "TariffRegistered" | "TariffRejected"): EventFragment;
    encodeFunctionData(functionFragment: "acceptTariff", values: [BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "acceptedTariff", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "approveTariff", values: [AddressLike, BigNumberish]): string;
    encodeFunctionData(functionFragment: "getTariff", values: [AddressLike, BigNumberish]): string;
    encodeFunctionData(functionFragment: "offerTariff", values: [BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "offeredTariff", values: [BigNumberish]): string;
    encodeFunctionData(functionFragment: "registerTariff", values: [BigNumberish, BigNumberish, BigNumberish, BigNumberish]): string;
    encodeFunctionData(functionFragment: "rejectTariff", values: [AddressLike, BigNumberish, string]): string;
    encodeFunctionData(functionFragment: "settlementTariff", values: [BigNumberish, AddressLike, BigNumberish]): string;
    decodeFunctionResult(functionFragment: "acceptTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "acceptedTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "approveTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "getTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "offerTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "offeredTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "registerTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "rejectTariff", data: BytesLike): Result;
    decodeFunctionResult(functionFragment: "settlementTariff", data: BytesLike): Result;
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
export interface ITariffRegistry extends BaseContract {
    connect(runner?: ContractRunner | null): ITariffRegistry;
    waitForDeployment(): Promise<this>;
    interface: ITariffRegistryInterface;
    queryFilter<TCEvent extends TypedContractEvent>(event: TCEvent, fromBlockOrBlockhash?: string | number | undefined, toBlock?: string | number | undefined): Promise<Array<TypedEventLog<TCEvent>>>;
    queryFilter<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, fromBlockOrBlockhash?: string | number | undefined, toBlock?: string | number | undefined): Promise<Array<TypedEventLog<TCEvent>>>;
    on<TCEvent extends TypedContractEvent>(event: TCEvent, listener: TypedListener<TCEvent>): Promise<this>;
    on<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, listener: TypedListener<TCEvent>): Promise<this>;
    once<TCEvent extends TypedContractEvent>(event: TCEvent, listener: TypedListener<TCEvent>): Promise<this>;
    once<TCEvent extends TypedContractEvent>(filter: TypedDeferredTopicFilter<TCEvent>, listener: TypedListener<TCEvent>): Promise<this>;
    listeners<TCEvent extends TypedContractEvent>(event: TCEvent): Promise<Array<TypedListener<TCEvent>>>;
    listeners(eventName?: string): Promise<Array<Listener>>;
    removeAllListeners<TCEvent extends TypedContractEvent>(event?: TCEvent): Promise<this>;
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
    getTariff: TypedContractMethod<[
        retailer: AddressLike,
        commitment: BigNumberish
    ], [
        ITariffRegistry.TariffStructOutput
    ], "view">;
    offerTariff: TypedContractMethod<[
        meterId: BigNumberish,
        commitment: BigNumberish
    ], [
        void
    ], "nonpayable">;
    offeredTariff: TypedContractMethod<[meterId: BigNumberish], [bigint], "view">;
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
    getFunction<T extends ContractMethod = ContractMethod>(key: string | FunctionFragment): T;
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
    getFunction(nameOrSignature: "getTariff"): TypedContractMethod<[
        retailer: AddressLike,
        commitment: BigNumberish
    ], [
        ITariffRegistry.TariffStructOutput
    ], "view">;
    getFunction(nameOrSignature: "offerTariff"): TypedContractMethod<[
        meterId: BigNumberish,
        commitment: BigNumberish
    ], [
        void
    ], "nonpayable">;
    getFunction(nameOrSignature: "offeredTariff"): TypedContractMethod<[meterId: BigNumberish], [bigint], "view">;
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
    getEvent(key: "TariffAccepted"): TypedContractEvent<TariffAcceptedEvent.InputTuple, TariffAcceptedEvent.OutputTuple, TariffAcceptedEvent.OutputObject>;
    getEvent(key: "TariffApproved"): TypedContractEvent<TariffApprovedEvent.InputTuple, TariffApprovedEvent.OutputTuple, TariffApprovedEvent.OutputObject>;
    getEvent(key: "TariffOffered"): TypedContractEvent<TariffOfferedEvent.InputTuple, TariffOfferedEvent.OutputTuple, TariffOfferedEvent.OutputObject>;
    getEvent(key: "TariffRegistered"): TypedContractEvent<TariffRegisteredEvent.InputTuple, TariffRegisteredEvent.OutputTuple, TariffRegisteredEvent.OutputObject>;
    getEvent(key: "TariffRejected"): TypedContractEvent<TariffRejectedEvent.InputTuple, TariffRejectedEvent.OutputTuple, TariffRejectedEvent.OutputObject>;
    filters: {
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
    };
}
