import { type ContractRunner } from "ethers";
import type { ISettlement, ISettlementInterface } from "../../../contracts/interfaces/ISettlement.js";
export declare class ISettlement__factory {
    static readonly abi: readonly [{
        readonly inputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "index";
            readonly type: "uint256";
        }];
        readonly name: "BatchOutOfGas";
        readonly type: "error";
    }, {
        readonly inputs: readonly [];
        readonly name: "EmptyBatch";
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
        readonly inputs: readonly [{
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint256";
            readonly name: "debt";
            readonly type: "uint256";
        }, {
            readonly internalType: "uint256";
            readonly name: "requested";
            readonly type: "uint256";
        }];
        readonly name: "ExceedsDebt";
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
        readonly inputs: readonly [];
        readonly name: "OnlySelf";
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
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }];
        readonly name: "RetailerNotActive";
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
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "index";
            readonly type: "uint256";
        }, {
            readonly indexed: true;
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly indexed: false;
            readonly internalType: "bytes4";
            readonly name: "reason";
            readonly type: "bytes4";
        }];
        readonly name: "BillSkipped";
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
            readonly internalType: "uint256";
            readonly name: "amount";
            readonly type: "uint256";
        }, {
            readonly indexed: false;
            readonly internalType: "uint256";
            readonly name: "remaining";
            readonly type: "uint256";
        }];
        readonly name: "CreditDebtPaid";
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
            readonly internalType: "uint256[3]";
            readonly name: "movement";
            readonly type: "uint256[3]";
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
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }];
        readonly name: "creditOwedOf";
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
            readonly internalType: "uint64";
            readonly name: "meterId";
            readonly type: "uint64";
        }, {
            readonly internalType: "uint256";
            readonly name: "amount";
            readonly type: "uint256";
        }];
        readonly name: "payCreditDebt";
        readonly outputs: readonly [];
        readonly stateMutability: "nonpayable";
        readonly type: "function";
    }, {
        readonly inputs: readonly [{
            readonly internalType: "address";
            readonly name: "retailer";
            readonly type: "address";
        }];
        readonly name: "retailerDebtOf";
        readonly outputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "";
            readonly type: "uint256";
        }];
        readonly stateMutability: "view";
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
            readonly components: readonly [{
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
            readonly internalType: "struct IBatchVerifier.Proof[]";
            readonly name: "bills";
            readonly type: "tuple[]";
        }];
        readonly name: "settleBatch";
        readonly outputs: readonly [{
            readonly internalType: "uint256";
            readonly name: "settled";
            readonly type: "uint256";
        }];
        readonly stateMutability: "nonpayable";
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
    static createInterface(): ISettlementInterface;
    static connect(address: string, runner?: ContractRunner | null): ISettlement;
}
