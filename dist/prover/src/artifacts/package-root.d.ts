/** The wattproof package root. @throws Error when no such package.json is above this module */
export declare function packageRoot(): string;
