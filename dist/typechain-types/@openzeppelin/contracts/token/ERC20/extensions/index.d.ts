export type { IERC20Metadata } from "./IERC20Metadata.js";
