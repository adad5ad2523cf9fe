/** Location of the per-machine cache (development ceremonies live here, outside the repo). */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
/** `$WATTPROOF_CACHE`, else `$XDG_CACHE_HOME/wattproof`, else `~/.cache/wattproof`. */
export function cacheDir() {
    const env = process.env.WATTPROOF_CACHE;
    if (env && env.trim() !== '')
        return resolve(env);
    const xdg = process.env.XDG_CACHE_HOME;
    return join(xdg && xdg.trim() !== '' ? xdg : join(homedir(), '.cache'), 'wattproof');
}
//# sourceMappingURL=cache.js.map