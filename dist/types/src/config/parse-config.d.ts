import { type DrydockConfig } from './config.js';
/**
 * Says why a path named by a config key may not be opened (it leads outside the run's root, or
 * into `.git`), or undefined when it may. Given by the caller (`pathProblem` of src/load/root.ts),
 * so the one rule for what input may read lives in one place.
 */
export type PathCheck = (file: string) => string | undefined;
/** Where a config's text came from, for its paths and its messages. */
export interface ConfigSource {
    /** The file the text stands for (absolute, or relative to `cwd`): its folder is what `ignore`, `schemas` and `cluster` are relative to. */
    file: string;
    cwd: string;
    /** How messages name it (default: `file` relative to `cwd`), e.g. `<commit>:.drydock.yaml` for a copy read from git. */
    source?: string;
    /** Checks each path a config key names; a path it refuses is a usage error naming the key and line. */
    checkPath?: PathCheck;
}
/**
 * Parses the text of a `.drydock.yaml` as if it were `options.file`, which need not exist on
 * disk (the Action reads the pull request's base copy from git). A malformed config is a
 * `config-invalid` error naming the line.
 */
export declare function parseConfig(text: string, options: ConfigSource): DrydockConfig;
