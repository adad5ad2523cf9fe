import type * as introspection from "./introspection/index.js";
export type { introspection };
import type * as math from "./math/index.js";
export type { math };
export type { Pausable } from "./Pausable.js";
export type { ReentrancyGuardTransient } from "./ReentrancyGuardTransient.js";
