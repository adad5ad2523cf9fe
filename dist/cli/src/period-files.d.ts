import type { MeterPeriod } from '../../core/src/meter/period.js';
/** Reads a period file that may be signed or not. */
export declare function readAnyPeriod(path: string): Promise<{
    period: MeterPeriod;
    signed: boolean;
}>;
