export * as extensions from "./extensions/index.js";
export * as utils from "./utils/index.js";
export { ERC20__factory } from "./ERC20__factory.js";
export { IERC20__factory } from "./IERC20__factory.js";
