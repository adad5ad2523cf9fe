export * as generated from "./generated/index.js";
export * as interfaces from "./interfaces/index.js";
export * as test from "./test/index.js";
export { MeterRegistry__factory } from "./MeterRegistry__factory.js";
export { Settlement__factory } from "./Settlement__factory.js";
export { TariffRegistry__factory } from "./TariffRegistry__factory.js";
