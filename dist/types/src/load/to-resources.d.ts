import type { Diagnostic, Resource } from '../resources/index.js';
import type { SourceText } from './source-text.js';
/** Resources and notes made from the parsed documents of one YAML stream. */
export interface StreamResources {
    resources: Resource[];
    diagnostics: Diagnostic[];
}
/**
 * Turns document values into Resources: `kind: List` (and `*List` kinds) are expanded into their
 * items, files that are not manifests get an info note (or are kept, with `keepNonManifests`),
 * and non-object documents an error.
 */
export declare function toResources(source: SourceText, values: unknown[], fileName: string, keepNonManifests?: boolean): StreamResources;
