import { type RunContext } from '../command.js';
/** `approve`: see the command's help in ./regulator.ts. */
export declare function approve({ values, out }: RunContext): Promise<void>;
/** `reject`: see the command's help in ./regulator.ts. */
export declare function reject({ values, out }: RunContext): Promise<void>;
/** `pause`: see the command's help in ./regulator.ts. */
export declare function pause(ctx: RunContext): Promise<void>;
/** `unpause`: see the command's help in ./regulator.ts. */
export declare function unpause(ctx: RunContext): Promise<void>;
