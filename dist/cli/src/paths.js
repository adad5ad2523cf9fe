/**
 * Where the repository is, for commands that run the build or load Hardhat from any directory.
 * @packageDocumentation
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The repo root (holds package.json, hardhat.config.cjs, circuits/, build/). */
export function repoRoot() {
    return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}
//# sourceMappingURL=paths.js.map