export { ReentrantToken__factory } from "./ReentrantToken__factory.js";
export { TestToken__factory } from "./TestToken__factory.js";
