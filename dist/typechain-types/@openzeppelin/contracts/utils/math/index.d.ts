export type { SafeCast } from "./SafeCast.js";
