/** Run `fn`, then close the handles it left open on any of `paths`. */
export declare function closingLeftovers<T>(paths: readonly string[], fn: () => Promise<T>): Promise<T>;
