import type * as access from "./access/index.js";
export type { access };
import type * as interfaces from "./interfaces/index.js";
export type { interfaces };
import type * as token from "./token/index.js";
export type { token };
import type * as utils from "./utils/index.js";
export type { utils };
