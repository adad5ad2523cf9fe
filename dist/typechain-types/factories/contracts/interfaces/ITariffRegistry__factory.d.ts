import { type ContractRunner } from "ethers";
import type { ITariffRegistry, ITariffRegistryInterface } from "../../../contracts/interfaces/ITariffRegistry.js";
export declare class ITariffRegistry__factory {
    static readonly abi: readonly [{
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
    }];
    static createInterface(): ITariffRegistryInterface;
    static connect(address: string, runner?: ContractRunner | null): ITariffRegistry;
}
