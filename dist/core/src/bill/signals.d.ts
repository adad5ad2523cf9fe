/** The fields packed into the `period` public signal. */
export interface PeriodSignal {
    meterId: bigint;
    periodStart: number;
    intervalCount: number;
    intervalSeconds: number;
}
/** The fields packed into the `amounts` public signal. */
export interface AmountsSignal {
    charge: bigint;
    credit: bigint;
}
/** `period = meterId + 2^64 periodStart + 2^104 intervalCount + 2^120 intervalSeconds`. */
export declare function packPeriod(p: PeriodSignal): bigint;
/** Inverse of {@link packPeriod}. @throws ValidationError if the value is not a packed period. */
export declare function unpackPeriod(signal: bigint | string): PeriodSignal;
/** `amounts = charge + 2^96 credit`. */
export declare function packAmounts(a: AmountsSignal): bigint;
/** Inverse of {@link packAmounts}. */
export declare function unpackAmounts(signal: bigint | string): AmountsSignal;
/** Parses a 20-byte hex address (`0x` + 40 hex digits, any case) into an integer. */
export declare function addressToBigInt(address: string, field?: string): bigint;
/** `domain = chainId * 2^160 + settlementContractAddress` (`chainId < 2^64`). */
export declare function settlementDomain(chainId: bigint | number, address: string): bigint;
/** Inverse of {@link settlementDomain}: the chain id and the lowercase address. */
export declare function unpackDomain(signal: bigint | string): {
    chainId: bigint;
    address: string;
};
