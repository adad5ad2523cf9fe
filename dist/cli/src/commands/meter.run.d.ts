import { type RunContext } from '../command.js';
/** `keygen`: see the command's help in ./meter.ts. */
export declare function keygen({ values, out }: RunContext): Promise<void>;
/** `sign`: see the command's help in ./meter.ts. */
export declare function sign({ values, out }: RunContext): Promise<void>;
/**
 * Refuses to cut (and sign) periods that no circuit in circuits/instances.json can prove: `days`
 * days of `intervalsPerDay` intervals. The message lists what fits.
 * @throws ValidationError naming --by
 */
export declare function checkProvable(days: number, intervalsPerDay: number, by: string): Promise<void>;
/** `importCmd`: see the command's help in ./meter.ts. */
export declare function importCmd({ values, out }: RunContext): Promise<void>;
export { readAnyPeriod } from '../period-files.js';
