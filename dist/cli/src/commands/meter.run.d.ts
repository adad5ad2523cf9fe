import { type RunContext } from '../command.js';
/** `keygen`: see the command's help in ./meter.ts. */
export declare function keygen({ values, out }: RunContext): Promise<void>;
/** `sign`: see the command's help in ./meter.ts. */
export declare function sign({ values, out }: RunContext): Promise<void>;
/** `importCmd`: see the command's help in ./meter.ts. */
export declare function importCmd({ values, out }: RunContext): Promise<void>;
export { readAnyPeriod } from '../period-files.js';
