import { type Tariff } from './schema.js';
/**
 * The integer fields of spec §4, fixed-size, as the circuit sees them. Unused bands, export
 * bands and tiers carry price 0; unused tiers carry allowance {@link UNLIMITED_ALLOWANCE};
 * holidays are local day numbers, ascending, then zeros.
 */
export interface EncodedTariff {
    slotsPerDay: number;
    /** `tzOffsetSeconds + 50400`. */
    tzBiased: number;
    /** Bit `w` set iff weekday `w` (0 = Sunday) is a rest day. */
    restDays: number;
    taxBps: number;
    standingPerDay: bigint;
    /** 3 allowances in Wh per day. */
    tierAllowances: bigint[];
    /** 4 tier prices. */
    tierPrices: bigint[];
    /** 8 import band prices. */
    bandPrices: bigint[];
    /** 8 export band prices. */
    exportPrices: bigint[];
    /** 16 local day numbers, 0 = unused. */
    holidays: number[];
    workBands: number[];
    restBands: number[];
    exportBands: number[];
    salt: bigint;
}
/** Encodes a tariff (validated first) into the integer fields of spec §4. */
export declare function encodeTariff(tariff: Tariff): EncodedTariff;
/** The fields of the commitment bit string in spec order, each with its width. */
export declare function tariffBitFields(e: EncodedTariff): {
    name: string;
    width: number;
    value: bigint;
}[];
/**
 * The commitment words `w[0..13]` of spec §4: the fields concatenated LSB-first into one bit
 * string, cut into 248-bit words, missing words 0. Always 14 words.
 * @throws ValidationError if a field does not fit its width.
 */
export declare function tariffWords(encoded: EncodedTariff): bigint[];
/** Total bits of the commitment string for `slotsPerDay` slots (1846 + 9 per slot). */
export declare function tariffBitLength(slotsPerDay: number): number;
/** `Poseidon16(TAG_TARIFF, salt, w[0..13])` of already-encoded fields. */
export declare function encodedTariffCommitment(encoded: EncodedTariff): Promise<bigint>;
/** The tariff commitment of spec §4 (public signal 1). */
export declare function tariffCommitment(tariff: Tariff): Promise<bigint>;
