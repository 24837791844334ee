import { type DrydockConfig } from './config.js';
import { type PathCheck } from './parse-config.js';
/** The names a config file may have, in the order they are looked for. */
export declare const configNames: string[];
/**
 * Finds `.drydock.yaml` in `cwd` or the nearest parent folder, if there is one. With `root` (a
 * real path), the search stops there: a config above the checkout is not the checkout's, and a
 * pull request must not be able to pick up (or dodge) one by where it is run.
 */
export declare function findConfigFile(cwd: string, root?: string): string | undefined;
/** Where to find the configuration, and what its paths may name. */
export interface LoadConfigOptions {
    cwd: string;
    /** A config file to read instead of searching upward from `cwd`. */
    file?: string;
    /** The run's root (a real path): the upward search stops there. */
    root?: string;
    /** Checks each path a config key names; a path it refuses is a usage error naming the key and line. */
    checkPath?: PathCheck;
}
/**
 * Reads the configuration: the file given (`--config`), else the one found upward from `cwd`,
 * else the defaults. A missing or malformed file is a usage error naming the line.
 */
export declare function loadConfig(options: LoadConfigOptions): DrydockConfig;
