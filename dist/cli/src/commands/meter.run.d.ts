import type { MeterPeriod } from '../../../core/src/meter/period.js';
import { type RunContext } from '../command.js';
/** `keygen`: see the command's help in ./meter.ts. */
export declare function keygen({ values, out }: RunContext): Promise<void>;
/** `sign`: see the command's help in ./meter.ts. */
export declare function sign({ values, out }: RunContext): Promise<void>;
/** `importCmd`: see the command's help in ./meter.ts. */
export declare function importCmd({ values, out }: RunContext): Promise<void>;
/** Reads a period file that may be signed or not. */
export declare function readAnyPeriod(path: string): Promise<{
    period: MeterPeriod;
    signed: boolean;
}>;
