/** `$WATTPROOF_CACHE`, else `$XDG_CACHE_HOME/wattproof`, else `~/.cache/wattproof`. */
export declare function cacheDir(): string;
