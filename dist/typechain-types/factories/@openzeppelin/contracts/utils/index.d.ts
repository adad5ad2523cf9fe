export * as introspection from "./introspection/index.js";
export * as math from "./math/index.js";
export { Pausable__factory } from "./Pausable__factory.js";
export { ReentrancyGuardTransient__factory } from "./ReentrancyGuardTransient__factory.js";
