import { type Diagnostic, type UnreadableCrd } from '../resources/index.js';
import { type SourceText } from './source-text.js';
import { type YamlCode } from './yaml-codes.js';
/** Deeper documents are refused: real manifests (even large CRDs) stay far below this. */
export declare const maxDepth = 256;
/** YAML problems reported per file: past the first few, most are echoes of one mistake. */
export declare const maxYamlErrors = 100;
/** Aliases one document may expand; more is treated as an alias bomb. */
export declare const maxAliasCount = 100;
/** The values of a YAML stream's non-empty documents (undefined where a document is broken). */
export interface ParsedStream {
    values: unknown[];
    diagnostics: Diagnostic[];
    /** Character offsets [start, end) of each document, beside `values`; only from `exact` parsing. */
    spans?: [number, number][];
    /** The CRD documents that could not be read. */
    unreadableCrds?: UnreadableCrd[];
}
/** How parseStream reads a text. */
export interface ParseOptions {
    /** Take the exact path even when the fast one would do, to learn where each document lies. */
    exact?: boolean;
}
/**
 * Reads a YAML stream. The fast path is js-yaml with kubectl's scalar rules; anything it refuses
 * (and any text with aliases, which need a bound on expansion) takes the exact path through the
 * `yaml` library, whose errors carry codes and positions.
 */
export declare function parseStream(source: SourceText, options?: ParseOptions): ParsedStream;
/** A diagnostic for a YAML problem at character offsets of the source. */
export declare function yamlDiagnostic(source: SourceText, code: YamlCode, message: string, pos: readonly [number, number], severity?: Diagnostic['severity']): Diagnostic;
