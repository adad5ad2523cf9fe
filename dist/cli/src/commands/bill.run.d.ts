import { type RunContext } from '../command.js';
/** `prove`: see the command's help in ./bill.ts. */
export declare function prove({ values, out }: RunContext): Promise<void>;
/** `verify`: see the command's help in ./bill.ts. */
export declare function verify({ values, positionals, out }: RunContext): Promise<void>;
