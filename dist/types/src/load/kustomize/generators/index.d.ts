import type { Diagnostic, JsonPath, RangeTarget, SourceRange } from '../../../resources/index.js';
export { nameHash } from './name-hash.js';
export { maxSourceFileBytes } from './read-source-file.js';
/** What `behavior:` asks of a generated object when a base already has one of that name. */
export type GeneratorBehavior = 'create' | 'merge' | 'replace';
/** One ConfigMap or Secret a kustomization generates, with its source map. */
export interface GeneratedObject {
    object: Record<string, unknown>;
    rangeOf(path: JsonPath, target?: RangeTarget): SourceRange;
    behavior: GeneratorBehavior;
    /** Whether the name gets `-<nameHash>` once the build is done (`disableNameSuffixHash` unset). */
    hashSuffix: boolean;
}
/** What a kustomization gives its generators. */
export interface GeneratorInput {
    kustomization: Record<string, unknown>;
    /** The kustomization's folder: generator paths are relative to it. */
    dir: string;
    kustomizationFile: string;
    /**
     * Reads a file confined to the run's root; undefined when it cannot, `refused` (reported by the
     * reader at `at`, the entry naming it) when input may not lead there, `too-large` when it is over
     * `maxSourceFileBytes`.
     */
    readText(file: string, at: JsonPath): string | 'refused' | 'too-large' | undefined;
    /** Optional raw read, so that a ConfigMap can tell binary files (binaryData) from text. */
    readBytes?(file: string, at: JsonPath): Uint8Array | 'refused' | 'too-large' | undefined;
    /** The name diagnostics give a file (an env file's lines are positions in it); its absolute path when not given. */
    displayName?(file: string): string;
    /** The range of a path in the kustomization (`'key'`: its key, for unknown fields). */
    rangeOf(path: JsonPath, target?: RangeTarget): SourceRange;
}
/**
 * Runs a kustomization's `configMapGenerator` and `secretGenerator` as kustomize v5 does, with
 * `generatorOptions` merged in. A generator kustomize would refuse gives diagnostics
 * (`kustomize/<check>`, at the kustomization's line) and no object; the others still generate.
 * Names come back without their hash suffix: kustomize adds it after every other step.
 */
export declare function runGenerators(args: GeneratorInput): {
    objects: GeneratedObject[];
    diagnostics: Diagnostic[];
};
