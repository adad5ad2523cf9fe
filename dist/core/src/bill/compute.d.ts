import { type MeterPeriod } from '../meter/period.js';
import { type EncodedTariff } from '../tariff/encode.js';
import { type Tariff } from '../tariff/schema.js';
/** Most days one bill may cover (`MAXD <= 31`, spec §2). */
export declare const MAX_BILL_DAYS = 31;
/** One priced line: energy (Wh), exact value in milli-units, and that value rounded half up to units. */
export interface BandItem {
    band: number;
    name: string;
    /** Price per kWh. */
    price: bigint;
    wh: bigint;
    milli: bigint;
    /** `round(milli / 1000)`, display only. */
    amount: bigint;
}
/** One tier of the block component. */
export interface TierItem {
    /** 0-based tier index. */
    tier: number;
    /** Tier covers `[fromWh, toWh)` of the period's total import (`toWh` undefined = unlimited). */
    fromWh: bigint;
    toWh?: bigint;
    price: bigint;
    wh: bigint;
    milli: bigint;
    amount: bigint;
}
/** The standing charge line. */
export interface StandingItem {
    days: bigint;
    perDay: bigint;
    milli: bigint;
    amount: bigint;
}
/**
 * A computed bill. `charge` and `credit` are authoritative (they are what a proof attests);
 * everything else is the itemized breakdown for display.
 */
export interface Bill {
    /** Amount charged, token smallest units (tax included, rounded once). */
    charge: bigint;
    /** Export credit, token smallest units. */
    credit: bigint;
    dayCount: number;
    /** Local day number of the first day (`D0`). */
    firstDay: number;
    /** Per day of the period: true if a rest day (weekly rest day or holiday). */
    restDayFlags: boolean[];
    totalImportWh: bigint;
    totalExportWh: bigint;
    items: {
        /** Import energy per band of the tariff. */
        energy: BandItem[];
        /** The tariff's tiers. */
        tiers: TierItem[];
        standing: StandingItem;
        /** Export per export band of the tariff. */
        exports: BandItem[];
    };
    energyMilli: bigint;
    tiersMilli: bigint;
    standingMilli: bigint;
    /** `energy + tiers + standing`, milli-units, before tax. */
    subtotalMilli: bigint;
    /** `round(subtotal / 1000)`: the charge before tax (display). */
    net: bigint;
    /** `charge - net` (display). */
    tax: bigint;
    taxBps: number;
    /** Export value before rounding, milli-units. */
    exportMilli: bigint;
}
/** Rounds a non-negative milli-unit amount half up to whole units. */
export declare function roundMilli(milli: bigint): bigint;
/** Spec §6 charge: `floor((subtotal * (10000 + taxBps) + 5_000_000) / 10_000_000)`. */
export declare function chargeOf(subtotalMilli: bigint, taxBps: number | bigint): bigint;
/**
 * Checks that a period can be billed under a tariff (spec §2, §5) and returns its day layout.
 * @param root - Field prefix for errors (`period`, `signedPeriod`, ...).
 * @throws ValidationError naming the field: wrong interval length for the tariff, a start that is
 *   not local midnight, a day number out of range, a partial day, or more than 31 days.
 */
export declare function periodLayout(tariff: Pick<Tariff, 'slotsPerDay' | 'tzOffsetSeconds'>, period: MeterPeriod, root?: string): {
    dayCount: number;
    firstDay: number;
};
/** Rest-day flags of spec §5 for `dayCount` days from local day `firstDay`. */
export declare function restDayFlags(encoded: Pick<EncodedTariff, 'restDays' | 'holidays'>, firstDay: number, dayCount: number): boolean[];
/**
 * Computes the bill of spec §6 for a period under a tariff. Accepts a {@link MeterPeriod} or a
 * signed period (the signature is not checked here; `buildBillInput` and `verifySignedPeriod` do).
 * @throws ValidationError if the tariff is invalid or the period does not fit it.
 */
export declare function computeBill(tariff: Tariff, period: MeterPeriod, options?: {
    root?: string;
}): Bill;
