/**
 * The root of the installed wattproof package (or of the repository, when run from source):
 * the nearest directory above this module whose package.json is named `wattproof`. Found by
 * looking, not by counting `..`, so it holds for the TypeScript sources, the compiled `dist/`
 * and an install under node_modules alike.
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
let cached;
/** The wattproof package root. @throws Error when no such package.json is above this module */
export function packageRoot() {
    if (cached !== undefined)
        return cached;
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const pkg = join(dir, 'package.json');
        if (existsSync(pkg)) {
            try {
                if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'wattproof')
                    return (cached = dir);
            }
            catch {
                // an unreadable package.json is not ours; keep looking
            }
        }
        const up = dirname(dir);
        if (up === dir)
            throw new Error(`no package.json named "wattproof" above ${fileURLToPath(import.meta.url)}`);
        dir = up;
    }
}
//# sourceMappingURL=package-root.js.map