import type * as generated from "./generated/index.js";
export type { generated };
import type * as interfaces from "./interfaces/index.js";
export type { interfaces };
import type * as test from "./test/index.js";
export type { test };
export type { MeterRegistry } from "./MeterRegistry.js";
export type { Settlement } from "./Settlement.js";
export type { TariffRegistry } from "./TariffRegistry.js";
