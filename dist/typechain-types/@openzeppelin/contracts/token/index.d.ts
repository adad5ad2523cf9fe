import type * as erc20 from "./ERC20/index.js";
export type { erc20 };
