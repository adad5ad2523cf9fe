export type { ERC165 } from "./ERC165.js";
export type { IERC165 } from "./IERC165.js";
