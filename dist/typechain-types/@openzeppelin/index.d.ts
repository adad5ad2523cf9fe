import type * as contracts from "./contracts/index.js";
export type { contracts };
