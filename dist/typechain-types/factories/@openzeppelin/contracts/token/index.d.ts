export * as erc20 from "./ERC20/index.js";
