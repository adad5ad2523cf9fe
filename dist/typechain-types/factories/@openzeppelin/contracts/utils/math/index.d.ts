export { SafeCast__factory } from "./SafeCast__factory.js";
