/** Location of the per-machine cache (development ceremonies live here, outside the repo). */
import { defaultCurveCacheDir } from '../../prover/src/bn128-curve.js';

/**
 * `$WATTPROOF_CACHE`, else `$XDG_CACHE_HOME/wattproof`, else `~/.cache/wattproof`: the directory
 * the prover's checked curve cache uses as well (one rule, in prover/src/bn128-curve.ts).
 */
export function cacheDir(): string {
  return defaultCurveCacheDir();
}
