export type { AccessControl } from "./AccessControl.js";
export type { IAccessControl } from "./IAccessControl.js";
