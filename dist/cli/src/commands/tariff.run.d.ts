import { type RunContext } from '../command.js';
/** `newCmd`: see the command's help in ./tariff.ts. */
export declare function newCmd({ values, out }: RunContext): Promise<void>;
/** `commit`: see the command's help in ./tariff.ts. */
export declare function commit({ positionals, out }: RunContext): Promise<void>;
/** `show`: see the command's help in ./tariff.ts. */
export declare function show({ positionals, out }: RunContext): Promise<void>;
