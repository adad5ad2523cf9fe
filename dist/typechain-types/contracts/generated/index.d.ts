export type { Bill1d30mVerifier } from "./Bill1d30mVerifier.js";
export type { FoundationTinyVerifier } from "./FoundationTinyVerifier.js";
