/**
 * Typed client of the TariffRegistry contract (retailer, regulator and consumer sides).
 * Tariffs are registered under their retailer: a record is keyed by (retailer, commitment).
 * @packageDocumentation
 */
import { type ContractRunner } from 'ethers';
import { type TariffRegistry } from '../../../typechain-types/index.js';
import { AdminClient } from './admin.js';
import { type TxResult } from './tx.js';
/** Approval state of a tariff commitment. */
export type TariffStatus = 'pending' | 'approved' | 'rejected';
/** Largest absolute time-zone offset a tariff may declare (bill spec section 4). */
export declare const MAX_TZ_OFFSET = 50400;
/** A registered tariff commitment. */
export interface TariffInfo {
    commitment: bigint;
    /** The retailer that registered it (part of the record's key). */
    retailer: string;
    /** Earliest period start it may settle (unix seconds). */
    validFrom: bigint;
    /** Latest period end it may settle (unix seconds). */
    validUntil: bigint;
    /** The time-zone offset the retailer declared (seconds east of UTC). */
    tzOffsetSeconds: number;
    status: TariffStatus;
}
/** Roles of the TariffRegistry. */
export type TariffRegistryRole = 'DEFAULT_ADMIN_ROLE' | 'RETAILER_ROLE' | 'REGULATOR_ROLE' | 'PAUSER_ROLE';
/**
 * The offset in [-50400, 50400] at which unix time `t` is a local midnight (one of them when two
 * are: the registry compares offsets modulo a day).
 */
export declare function midnightOffsetOf(t: bigint): number;
/** Client of one TariffRegistry deployment. Every call throws ChainError (ContractRevertError on a revert). */
export declare class TariffRegistryClient extends AdminClient<TariffRegistry, TariffRegistryRole> {
    constructor(address: string, runner: ContractRunner);
    /**
     * Register a tariff commitment under the caller (retailer), valid for periods inside
     * [validFrom, validUntil].
     * @param tzOffsetSeconds - the tariff document's time-zone offset; default: the offset at which
     *   `validFrom` is a local midnight (tariffs normally start at one)
     */
    registerTariff(commitment: bigint, validFrom: bigint, validUntil: bigint, tzOffsetSeconds?: number): Promise<TxResult>;
    /**
     * Approve a retailer's pending tariff (regulator).
     * @param retailer - who registered it; default: the only retailer that did (see {@link retailerOf})
     */
    approveTariff(commitment: bigint, retailer?: string): Promise<TxResult>;
    /**
     * Reject a retailer's tariff or withdraw its approval (regulator; works while paused).
     * @param retailer - who registered it; default: the only retailer that did
     */
    rejectTariff(commitment: bigint, reason: string, retailer?: string): Promise<TxResult>;
    /** Offer one of the caller's approved tariffs to one of its meters (the meter's retailer). */
    offerTariff(meterId: bigint, commitment: bigint): Promise<TxResult>;
    /** Accept the tariff offered to the caller's meter (the meter's consumer). */
    acceptTariff(meterId: bigint, commitment: bigint): Promise<TxResult>;
    /** Every retailer that registered `commitment`, in registration order (from TariffRegistered events). */
    registrantsOf(commitment: bigint): Promise<string[]>;
    /**
     * The retailer that registered `commitment` when exactly one did.
     * @throws ValidationError when none or several did (then name the retailer)
     */
    retailerOf(commitment: bigint): Promise<string>;
    /**
     * The tariff record, or undefined if the commitment is not registered (by `retailer`).
     * @param retailer - who registered it; default: the only retailer that did (undefined when none did)
     */
    getTariff(commitment: bigint, retailer?: string): Promise<TariffInfo | undefined>;
    /** The commitment currently offered to a meter (the meter's retailer's), or undefined. */
    offeredTariff(meterId: bigint): Promise<bigint | undefined>;
    /** The commitment the meter's consumer accepted (the meter's retailer's), or undefined. */
    acceptedTariff(meterId: bigint): Promise<bigint | undefined>;
}
