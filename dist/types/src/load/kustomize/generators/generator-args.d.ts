import { type JsonPath } from '../../../resources/index.js';
import type { GeneratorProblems } from './generator-problem.js';
/** `options` of one generator or the kustomization's `generatorOptions`, as written. */
export interface GeneratorOptions {
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    disableNameSuffixHash?: boolean;
    immutable?: boolean;
}
/** One `configMapGenerator` or `secretGenerator` entry whose fields have kustomize's types. */
export interface GeneratorArgs {
    kind: 'ConfigMap' | 'Secret';
    /** The entry's path in the kustomization, e.g. `['configMapGenerator', 0]`. */
    path: JsonPath;
    name?: string;
    namespace?: string;
    behavior?: string;
    literals: string[];
    files: string[];
    /** `envs` then the older `env`, as kustomize appends it. */
    envs: Array<{
        file: string;
        path: JsonPath;
    }>;
    type?: string;
    options?: GeneratorOptions;
}
/**
 * Reads a generator entry as kustomize unmarshals it (strictly: a wrong type or an unknown
 * field fails the build). Returns undefined, with a diagnostic, when kustomize would refuse it.
 */
export declare function readGeneratorArgs(entry: unknown, kind: GeneratorArgs['kind'], path: JsonPath, problems: GeneratorProblems): GeneratorArgs | undefined;
/** Reads `options` or `generatorOptions`; null when a field has the wrong type. */
export declare function readGeneratorOptions(value: unknown, path: JsonPath, problems: GeneratorProblems): GeneratorOptions | undefined | null;
