import { type RunContext } from '../command.js';
/** `submit`: see the command's help in ./collect.ts. */
export declare function submit({ values, out }: RunContext): Promise<void>;
/** `serve`: see the command's help in ./collect.ts. */
export declare function serve({ values, out }: RunContext): Promise<void>;
