export * as draftIerc6093Sol from "./draft-IERC6093.sol/index.js";
export { IERC1363__factory } from "./IERC1363__factory.js";
