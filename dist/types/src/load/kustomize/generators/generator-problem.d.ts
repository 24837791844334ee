import type { Diagnostic, JsonPath, RangeTarget, SourceRange } from '../../../resources/index.js';
/** The checks a generator can fail, each a `kustomize/<check>` diagnostic. */
export type GeneratorCheck = 'invalid-field' | 'unknown-field' | 'missing-name' | 'invalid-literal' | 'invalid-file-source' | 'missing-file' | 'file-too-large' | 'invalid-env-file' | 'env-line-too-long' | 'duplicate-key' | 'unwritable-character' | 'literal-line-separator';
/** Makes the diagnostics of one kustomization's generators, placed at its lines. */
export declare class GeneratorProblems {
    private readonly rangeOf;
    readonly diagnostics: Diagnostic[];
    constructor(rangeOf: (path: JsonPath, target?: RangeTarget) => SourceRange);
    /** An error at `path` of the kustomization: kustomize would refuse to build. */
    error(check: GeneratorCheck, path: JsonPath, message: string, target?: RangeTarget): void;
    /** A warning at `path` of the kustomization: kustomize builds, perhaps not as written. */
    warning(check: GeneratorCheck, path: JsonPath, message: string): void;
    /** A finding at any range (an env file's line), with the kustomization path it belongs to. */
    at(check: GeneratorCheck, range: SourceRange, message: string, severity: 'error' | 'warning', path?: JsonPath): void;
}
