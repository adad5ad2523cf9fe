import { type RunContext } from '../command.js';
/** `registerMeter`: see the command's help in ./authority.ts. */
export declare function registerMeter({ values, out }: RunContext): Promise<void>;
/** `rotateKey`: see the command's help in ./authority.ts. */
export declare function rotateKey({ values, out }: RunContext): Promise<void>;
/** `revokeKey`: see the command's help in ./authority.ts. */
export declare function revokeKey({ values, out }: RunContext): Promise<void>;
