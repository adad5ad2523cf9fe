export { FeeToken__factory } from "./FeeToken__factory.js";
export { ReentrantToken__factory } from "./ReentrantToken__factory.js";
export { TestToken__factory } from "./TestToken__factory.js";
