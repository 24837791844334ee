import type { KubernetesVersion, LoadRestrictor } from '../resources/index.js';
/** The settings of a `.drydock.yaml`, with paths already resolved against its folder. */
export interface DrydockConfig {
    /** The file it was read from, if any. */
    file?: string;
    kubernetesVersion?: KubernetesVersion;
    /** Globs of paths to skip, relative to the config's folder. */
    ignore: string[];
    /** The folder `ignore` globs are relative to. */
    root: string;
    /** Folders of extra JSON schemas (absolute). */
    schemas: string[];
    /** The rule preset the settings start from: `recommended` (default), `strict` or `all`. */
    extends?: string;
    /** Best-practice rule settings (`off`, `warn`, `error`, or `[level, options]`), checked by the linter. */
    rules: Record<string, unknown>;
    /** Where each entry of `rules` is written (`file:line`), so a bad one can be named. */
    ruleLocations: Record<string, string>;
    /** The namespace of resources that do not name one (like kubectl's context namespace). */
    namespace: string;
    /** A cluster model file for `plan` (absolute). */
    cluster?: string;
    /** Which files a kustomization may read (kustomize's `--load-restrictor`); unset: `LoadRestrictionsRootOnly`, kustomize's default. */
    kustomizeLoadRestrictor?: LoadRestrictor;
}
/** The configuration used when there is no `.drydock.yaml`. */
export declare function defaultConfig(root: string): DrydockConfig;
