export { AccessControl__factory } from "./AccessControl__factory.js";
export { IAccessControl__factory } from "./IAccessControl__factory.js";
