/**
 * Typed client of the MeterRegistry contract (the metering authority's side).
 * @packageDocumentation
 */
import type { ContractRunner } from 'ethers';
import { type MeterPublicKey } from '../../../core/src/crypto/index.js';
import { type MeterRegistry } from '../../../typechain-types/index.js';
import { type TxResult } from './tx.js';
/** `validUntil` of a key that is neither rotated nor revoked (uint40 max). */
export declare const OPEN_END: bigint;
/** A registered meter. */
export interface MeterInfo {
    meterId: bigint;
    consumer: string;
    retailer: string;
    /** Hash of the current key. */
    keyHash: bigint;
    /** Where the next settled period must start (unix seconds). */
    nextPeriodStart: bigint;
}
/** A meter key's validity window: it signs periods [start, end) with validFrom <= start, end <= validUntil. */
export interface KeyInfo {
    keyHash: bigint;
    meterId: bigint;
    validFrom: bigint;
    /** {@link OPEN_END} while the key is neither rotated nor revoked. */
    validUntil: bigint;
}
/** Roles of the MeterRegistry. */
export type MeterRegistryRole = 'DEFAULT_ADMIN_ROLE' | 'METERING_AUTHORITY_ROLE' | 'PAUSER_ROLE' | 'SETTLEMENT_ROLE';
/** Client of one MeterRegistry deployment. Every call throws ChainError (ContractRevertError on a revert). */
export declare class MeterRegistryClient {
    /** The typechain contract, for calls this client does not wrap. */
    readonly contract: MeterRegistry;
    constructor(address: string, runner: ContractRunner);
    /** The registry's address. */
    get address(): string;
    /**
     * Register a meter (metering authority). The key hash Poseidon2(x, y) is computed here.
     * @param m.firstPeriodStart - unix seconds where the meter's first billing period starts
     */
    registerMeter(m: {
        meterId: bigint;
        publicKey: MeterPublicKey;
        consumer: string;
        retailer: string;
        firstPeriodStart: bigint;
    }): Promise<TxResult>;
    /** Replace a meter's key from `effectiveAt` on (metering authority). */
    rotateKey(meterId: bigint, publicKey: MeterPublicKey, effectiveAt: bigint): Promise<TxResult>;
    /** Stop the meter's current key from settling periods that end after `revokedAt` (metering authority). */
    revokeKey(meterId: bigint, revokedAt: bigint): Promise<TxResult>;
    /** Pause registry changes (pauser). */
    pause(): Promise<TxResult>;
    /** Resume registry changes (pauser). */
    unpause(): Promise<TxResult>;
    /** Grant a role (admin). */
    grantRole(role: MeterRegistryRole, account: string): Promise<TxResult>;
    /** Whether `account` holds `role`. */
    hasRole(role: MeterRegistryRole, account: string): Promise<boolean>;
    /** Whether registry changes are paused. */
    paused(): Promise<boolean>;
    /** The meter, or undefined if it is not registered. */
    getMeter(meterId: bigint): Promise<MeterInfo | undefined>;
    /** The key's window, or undefined if no meter has this key. */
    getKey(keyHash: bigint): Promise<KeyInfo | undefined>;
}
