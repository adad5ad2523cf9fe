/**
 * Where the repository is, for commands that run the build or load Hardhat from any directory.
 * @packageDocumentation
 */
import { packageRoot } from '../../prover/src/artifacts/package-root.js';
/** The repo (or installed package) root: holds package.json, hardhat.config.cjs, circuits/, build/. */
export function repoRoot() {
    return packageRoot();
}
//# sourceMappingURL=paths.js.map