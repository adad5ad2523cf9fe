export type { IBatchVerifier } from "./IBatchVerifier.js";
export type { IBillVerifier } from "./IBillVerifier.js";
export type { IMeterRegistry } from "./IMeterRegistry.js";
export type { ISettlement } from "./ISettlement.js";
export type { ITariffRegistry } from "./ITariffRegistry.js";
