/** The repo (or installed package) root: holds package.json, hardhat.config.cjs, circuits/, build/. */
export declare function repoRoot(): string;
