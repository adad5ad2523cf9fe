export { Bill1d30mBatchVerifier__factory } from "./Bill1d30mBatchVerifier__factory.js";
export { Bill1d30mVerifier__factory } from "./Bill1d30mVerifier__factory.js";
export { FoundationTinyVerifier__factory } from "./FoundationTinyVerifier__factory.js";
