import type * as draftIerc6093Sol from "./draft-IERC6093.sol/index.js";
export type { draftIerc6093Sol };
export type { IERC1363 } from "./IERC1363.js";
