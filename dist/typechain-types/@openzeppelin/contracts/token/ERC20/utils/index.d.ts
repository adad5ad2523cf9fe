export type { SafeERC20 } from "./SafeERC20.js";
