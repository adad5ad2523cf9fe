export * as contracts from "./contracts/index.js";
