export type { IERC1155Errors } from "./IERC1155Errors.js";
export type { IERC20Errors } from "./IERC20Errors.js";
export type { IERC721Errors } from "./IERC721Errors.js";
