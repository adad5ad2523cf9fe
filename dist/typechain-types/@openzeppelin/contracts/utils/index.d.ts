import type * as introspection from "./introspection/index.js";
export type { introspection };
export type { Pausable } from "./Pausable.js";
export type { ReentrancyGuardTransient } from "./ReentrancyGuardTransient.js";
