export { IBatchVerifier__factory } from "./IBatchVerifier__factory.js";
export { IBillVerifier__factory } from "./IBillVerifier__factory.js";
export { IMeterRegistry__factory } from "./IMeterRegistry__factory.js";
export { ISettlement__factory } from "./ISettlement__factory.js";
export { ITariffRegistry__factory } from "./ITariffRegistry__factory.js";
