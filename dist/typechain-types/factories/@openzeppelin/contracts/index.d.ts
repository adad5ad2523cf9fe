export * as access from "./access/index.js";
export * as interfaces from "./interfaces/index.js";
export * as token from "./token/index.js";
export * as utils from "./utils/index.js";
