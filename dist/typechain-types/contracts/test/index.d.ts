export type { FeeToken } from "./FeeToken.js";
export type { ReentrantToken } from "./ReentrantToken.js";
export type { TestToken } from "./TestToken.js";
