export { SafeERC20__factory } from "./SafeERC20__factory.js";
