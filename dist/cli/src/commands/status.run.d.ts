import { type RunContext } from '../command.js';
/** `status`: see the command's help in ./status.ts. */
export declare function status({ values, out }: RunContext): Promise<void>;
