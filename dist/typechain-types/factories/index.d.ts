export * as openzeppelin from "./@openzeppelin/index.js";
export * as contracts from "./contracts/index.js";
