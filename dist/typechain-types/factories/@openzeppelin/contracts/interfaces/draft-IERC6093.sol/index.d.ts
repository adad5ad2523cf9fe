export { IERC1155Errors__factory } from "./IERC1155Errors__factory.js";
export { IERC20Errors__factory } from "./IERC20Errors__factory.js";
export { IERC721Errors__factory } from "./IERC721Errors__factory.js";
