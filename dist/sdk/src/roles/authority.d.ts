/**
 * The metering authority (DSO / meter-data management): registers meters and manages their keys.
 * @packageDocumentation
 */
import type { MeterPublicKey } from '../../../core/src/crypto/eddsa.js';
import type { MeterInfo } from '../chain/meter-registry.js';
import type { TxResult } from '../chain/tx.js';
import { Meter } from './meter.js';
import type { WattproofConnection } from './connection.js';
/** What registering a meter needs. */
export interface MeterRegistration {
    /** The meter (its id and public key are read from it), or its id and public key. */
    meter: Meter | {
        meterId: bigint;
        publicKey: MeterPublicKey;
    };
    /** The consumer account it bills. */
    consumer: string;
    /** The retailer account that supplies it. */
    retailer: string;
    /** Unix seconds where its first billing period starts (local midnight of the tariffs it will use). */
    firstPeriodStart: bigint | number;
}
/** The metering authority's facade (the connection's account must hold METERING_AUTHORITY_ROLE). */
export declare class MeteringAuthority {
    readonly conn: WattproofConnection;
    constructor(conn: WattproofConnection);
    /** Registers a meter with its key, consumer, retailer and first billing instant. */
    registerMeter(r: MeterRegistration): Promise<TxResult>;
    /** Replaces a meter's key from `effectiveAt` (unix seconds) on. */
    rotateKey(meterId: bigint, next: Meter | MeterPublicKey, effectiveAt: bigint | number): Promise<TxResult>;
    /** Revokes a meter's key: periods ending after `revokedAt` can no longer settle with it. */
    revokeKey(meterId: bigint, revokedAt: bigint | number): Promise<TxResult>;
    /** The registered meter, or undefined. */
    meter(meterId: bigint): Promise<MeterInfo | undefined>;
}
