export { ERC165__factory } from "./ERC165__factory.js";
export { IERC165__factory } from "./IERC165__factory.js";
