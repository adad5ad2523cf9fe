import { type RunContext } from '../command.js';
/** `compute`: see the command's help in ./bill.ts. */
export declare function compute({ values, out }: RunContext): Promise<void>;
