export { IERC20Metadata__factory } from "./IERC20Metadata__factory.js";
