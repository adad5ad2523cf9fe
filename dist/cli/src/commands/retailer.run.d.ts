import { type RunContext } from '../command.js';
/** `registerTariff`: see the command's help in ./retailer.ts. */
export declare function registerTariff({ values, out }: RunContext): Promise<void>;
/** `offerTariff`: see the command's help in ./retailer.ts. */
export declare function offerTariff({ values, out }: RunContext): Promise<void>;
/** `settlements`: see the command's help in ./retailer.ts. */
export declare function settlements({ values, out }: RunContext): Promise<void>;
/** `deposit`: see the command's help in ./retailer.ts. */
export declare function deposit({ values, out }: RunContext): Promise<void>;
/** `withdraw`: see the command's help in ./retailer.ts. */
export declare function withdraw({ values, out }: RunContext): Promise<void>;
