import { type RunContext } from '../command.js';
/** `deploy`: see the command's help in ./deploy.ts. */
export declare function deploy({ values, out }: RunContext): Promise<void>;
