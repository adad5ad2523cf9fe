import type * as extensions from "./extensions/index.js";
export type { extensions };
import type * as utils from "./utils/index.js";
export type { utils };
export type { ERC20 } from "./ERC20.js";
export type { IERC20 } from "./IERC20.js";
