import { type RunContext } from '../command.js';
/** `settle`: see the command's help in ./chain-commands.ts. */
export declare function settle({ values, positionals, out }: RunContext): Promise<void>;
/** `auditCmd`: see the command's help in ./chain-commands.ts. */
export declare function auditCmd({ values, out }: RunContext): Promise<void>;
