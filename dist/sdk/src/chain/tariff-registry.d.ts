/**
 * Typed client of the TariffRegistry contract (retailer, regulator and consumer sides).
 * @packageDocumentation
 */
import type { ContractRunner } from 'ethers';
import { type TariffRegistry } from '../../../typechain-types/index.js';
import { type TxResult } from './tx.js';
/** Approval state of a tariff commitment. */
export type TariffStatus = 'pending' | 'approved' | 'rejected';
/** A registered tariff commitment. */
export interface TariffInfo {
    commitment: bigint;
    retailer: string;
    /** Earliest period start it may settle (unix seconds). */
    validFrom: bigint;
    /** Latest period end it may settle (unix seconds). */
    validUntil: bigint;
    status: TariffStatus;
}
/** Roles of the TariffRegistry. */
export type TariffRegistryRole = 'DEFAULT_ADMIN_ROLE' | 'RETAILER_ROLE' | 'REGULATOR_ROLE' | 'PAUSER_ROLE';
/** Client of one TariffRegistry deployment. Every call throws ChainError (ContractRevertError on a revert). */
export declare class TariffRegistryClient {
    /** The typechain contract, for calls this client does not wrap. */
    readonly contract: TariffRegistry;
    constructor(address: string, runner: ContractRunner);
    /** The registry's address. */
    get address(): string;
    /** Register a tariff commitment valid for periods inside [validFrom, validUntil] (retailer). */
    registerTariff(commitment: bigint, validFrom: bigint, validUntil: bigint): Promise<TxResult>;
    /** Approve a pending tariff (regulator). */
    approveTariff(commitment: bigint): Promise<TxResult>;
    /** Reject a pending tariff or withdraw an approval (regulator). */
    rejectTariff(commitment: bigint, reason: string): Promise<TxResult>;
    /** Offer an approved tariff to one of the caller's meters (the meter's retailer). */
    offerTariff(meterId: bigint, commitment: bigint): Promise<TxResult>;
    /** Accept the tariff offered to the caller's meter (the meter's consumer). */
    acceptTariff(meterId: bigint, commitment: bigint): Promise<TxResult>;
    /** Pause registry changes (pauser). */
    pause(): Promise<TxResult>;
    /** Resume registry changes (pauser). */
    unpause(): Promise<TxResult>;
    /** Grant a role (admin). */
    grantRole(role: TariffRegistryRole, account: string): Promise<TxResult>;
    /** Whether `account` holds `role`. */
    hasRole(role: TariffRegistryRole, account: string): Promise<boolean>;
    /** Whether registry changes are paused. */
    paused(): Promise<boolean>;
    /** The tariff, or undefined if the commitment is not registered. */
    getTariff(commitment: bigint): Promise<TariffInfo | undefined>;
    /** The commitment currently offered to a meter, or undefined. */
    offeredTariff(meterId: bigint): Promise<bigint | undefined>;
    /** The commitment the meter's consumer accepted, or undefined. */
    acceptedTariff(meterId: bigint): Promise<bigint | undefined>;
}
