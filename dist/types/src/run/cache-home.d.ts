/**
 * The per-user folder of drydock's result caches and of the secret that signs them:
 * `$XDG_CACHE_HOME/drydock`, else `~/.cache/drydock` — outside any checkout, so no input can
 * plant a cache there.
 */
export declare function userCacheDir(env?: Record<string, string | undefined>): string;
/**
 * The default cache of a working directory: one file per directory and command (`validate`'s
 * per-file results, `lint`'s whole run), named by a hash of its real path.
 */
export declare function defaultCacheLocation(cacheDir: string, cwd: string, command?: 'validate' | 'lint'): string;
/**
 * The secret that signs this user's caches, kept in `cacheDir` (created once, readable by the
 * user only). Undefined when it can be neither read nor created: then nothing is cached.
 */
export declare function cacheSecret(cacheDir: string): Buffer | undefined;
