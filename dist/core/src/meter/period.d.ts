/**
 * Meter periods: a meter's interval readings for one billing period, and their validation.
 * @packageDocumentation
 */
import { z } from 'zod';
/** Readings are Wh per interval, `0 <= r < 2^16` (spec §1). */
export declare const READING_BITS = 16;
/** Exclusive upper bound of a reading. */
export declare const READING_LIMIT: number;
/** Largest interval count a period statement can carry (`intervalCount < 2^16`, spec §7). */
export declare const MAX_INTERVAL_COUNT = 65535;
/** Exclusive upper bound of `periodStart` (spec §1). */
export declare const PERIOD_START_LIMIT: number;
/**
 * One meter's readings for a period. `intervalCount` is `imports.length`; `exports` has the same
 * length (all zeros for a consumer without generation).
 */
export interface MeterPeriod {
    /** Meter identifier, `< 2^64`. */
    meterId: bigint;
    /** Unix seconds (UTC) at which the first interval starts. */
    periodStart: number;
    /** Interval length in seconds (divides 86400). */
    intervalSeconds: number;
    /** Import (delivered) energy per interval, Wh. */
    imports: number[];
    /** Export (received) energy per interval, Wh. */
    exports: number[];
}
/** Zod shape of a meter period's fields; reused by the signed-period schema. */
export declare const meterPeriodShape: {
    meterId: z.ZodType<bigint, unknown, z.core.$ZodTypeInternals<bigint, unknown>>;
    periodStart: z.ZodType<number, unknown, z.core.$ZodTypeInternals<number, unknown>>;
    intervalSeconds: z.ZodType<number, unknown, z.core.$ZodTypeInternals<number, unknown>>;
    imports: z.ZodArray<z.ZodType<number, unknown, z.core.$ZodTypeInternals<number, unknown>>>;
    exports: z.ZodOptional<z.ZodArray<z.ZodType<number, unknown, z.core.$ZodTypeInternals<number, unknown>>>>;
};
/** Fills absent `exports` with zeros and checks both series have the same length. */
export declare function withExports<T extends {
    imports: number[];
    exports?: number[] | undefined;
}>(p: T, ctx: z.RefinementCtx): Omit<T, 'exports'> & {
    exports: number[];
};
/** Zod schema of a meter period; `exports` defaults to zeros. Unknown keys are ignored. */
export declare const meterPeriodSchema: z.ZodType<MeterPeriod, unknown>;
/**
 * Validates a meter period (a copy is returned; numbers given as bigint or decimal strings are
 * normalized).
 * @throws ValidationError naming the field, e.g. `period.imports[17]: must be a whole number of Wh in 0..65535, got 70000`.
 */
export declare function parseMeterPeriod(input: unknown, root?: string): MeterPeriod;
/** The period's interval count `n`. */
export declare function intervalCount(period: Pick<MeterPeriod, 'imports'>): number;
/** Unix time at which the period ends (exclusive). */
export declare function periodEnd(period: MeterPeriod): number;
