import { type ContractRunner } from "ethers";
import type { IMeterRegistry, IMeterRegistryInterface } from "../../../contracts/interfaces/IMeterRegistry.js";
export declare class IMeterRegistry__factory {
    static readonly abi: readonly [{
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
    }];
    static createInterface(): IMeterRegistryInterface;
    static connect(address: string, runner?: ContractRunner | null): IMeterRegistry;
}
