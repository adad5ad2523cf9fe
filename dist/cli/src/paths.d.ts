/** The repo root (holds package.json, hardhat.config.cjs, circuits/, build/). */
export declare function repoRoot(): string;
