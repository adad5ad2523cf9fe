import { type RunContext } from '../command.js';
/** `accept`: see the command's help in ./consumer.ts. */
export declare function accept({ values, out }: RunContext): Promise<void>;
/** `deposit`: see the command's help in ./consumer.ts. */
export declare function deposit({ values, out }: RunContext): Promise<void>;
/** `withdraw`: see the command's help in ./consumer.ts. */
export declare function withdraw({ values, out }: RunContext): Promise<void>;
/** `payArrears`: see the command's help in ./consumer.ts. */
export declare function payArrears({ values, out }: RunContext): Promise<void>;
