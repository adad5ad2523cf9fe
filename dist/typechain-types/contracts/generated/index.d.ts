export type { Bill1d30mBatchVerifier } from "./Bill1d30mBatchVerifier.js";
export type { Bill1d30mVerifier } from "./Bill1d30mVerifier.js";
export type { FoundationTinyVerifier } from "./FoundationTinyVerifier.js";
