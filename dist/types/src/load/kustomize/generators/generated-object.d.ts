import type { GeneratorArgs, GeneratorOptions } from './generator-args.js';
import type { GeneratedPair } from './collect-pairs.js';
/** `options` of a generator with the kustomization's `generatorOptions` merged in as kustomize does. */
export interface MergedOptions {
    labels: Record<string, string>;
    annotations: Record<string, string>;
    disableNameSuffixHash: boolean;
    immutable: boolean;
}
/**
 * kustomize's MergeGlobalOptionsIntoLocal: a generator's own labels and annotations win over the
 * global ones key by key; a global `true` for either boolean wins over a local `false`.
 */
export declare function mergeOptions(local: GeneratorOptions | undefined, global: GeneratorOptions | undefined): MergedOptions;
/**
 * The object kustomize generates, before its name gets the hash suffix: a ConfigMap keeps UTF-8
 * values in `data` and anything else base64 in `binaryData` (no empty `data`); a Secret has a
 * `type` (Opaque by default) and every value base64 in `data`, which is there even when empty.
 */
export declare function generatedObject(args: GeneratorArgs & {
    name: string;
}, pairs: GeneratedPair[], options: MergedOptions): Record<string, unknown>;
