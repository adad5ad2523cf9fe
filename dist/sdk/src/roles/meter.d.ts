/**
 * The meter (or the head-end system that speaks for it): holds an EdDSA-Poseidon key, imports
 * interval data, cuts it into billing periods and signs each period.
 * @packageDocumentation
 */
import { type MeterPublicKey } from '../../../core/src/crypto/eddsa.js';
import { type CsvImportOptions } from '../../../core/src/meter/csv.js';
import { type GreenButtonData, type GreenButtonImportOptions } from '../../../core/src/meter/greenbutton.js';
import { type SplitOptions } from '../../../core/src/meter/billing-periods.js';
import type { IntervalData } from '../../../core/src/meter/interval-data.js';
import { type MeterPeriod } from '../../../core/src/meter/period.js';
import { type SignedPeriod } from '../../../core/src/meter/sign.js';
/** Format tag of a meter key file. */
export declare const METER_KEY_FORMAT = "wattproof.meter-key.v1";
/** The JSON key file of a meter (keep it secret: it signs readings). */
export interface MeterKeyFile {
    format: typeof METER_KEY_FORMAT;
    meterId: string;
    /** 64 hex digits. */
    privateKey: string;
    publicKey: {
        x: string;
        y: string;
    };
    /** Poseidon2(x, y), what the registry and the proofs carry. */
    keyHash: string;
}
/** A meter: its id and signing key. */
export declare class Meter {
    #private;
    readonly meterId: bigint;
    private constructor();
    /** A meter with a fresh random key. */
    static generate(meterId: bigint): Meter;
    /** A meter with a known key (32 bytes or 64 hex digits). */
    static fromPrivateKey(meterId: bigint, key: Uint8Array | string): Meter;
    /**
     * Reads a key file written by {@link toKeyFile}.
     * @throws ImportError on bad JSON; ValidationError naming the field otherwise
     */
    static fromKeyFile(text: string, file?: string): Promise<Meter>;
    /** The key file (JSON object) of this meter. */
    toKeyFile(): Promise<MeterKeyFile>;
    /** The public key `(Ax, Ay)` the metering authority registers. */
    publicKey(): Promise<MeterPublicKey>;
    /** Poseidon2 of the public key (public signal 0 of every bill it signs). */
    keyHash(): Promise<bigint>;
    /**
     * Signs one period's readings. The period's meter id must be this meter's.
     * @throws ValidationError naming the field of a bad period
     */
    sign(period: Omit<MeterPeriod, 'meterId'> & {
        meterId?: bigint | number | string;
    }): Promise<SignedPeriod>;
    /** Signs several periods (in order). */
    signAll(periods: readonly MeterPeriod[]): Promise<SignedPeriod[]>;
    /** Cuts imported data into billing periods of this meter (calendar months by default). */
    billingPeriods(data: IntervalData, opts: Omit<SplitOptions, 'meterId'>): MeterPeriod[];
    /** Imports interval data from CSV text (see the engine's CSV format). @throws ImportError naming file and line */
    static importCsv(text: string, opts?: CsvImportOptions): IntervalData;
    /** Imports interval data from a Green Button (ESPI XML) file. @throws ImportError naming file and line */
    static importGreenButton(xml: string, opts?: GreenButtonImportOptions): GreenButtonData;
}
