import type { ParsedStream } from './parse-stream.js';
import type { SourceText } from './source-text.js';
/** Reads a JSON manifest: `JSON.parse` when it is valid, else the YAML reader explains what is wrong. */
export declare function parseJson(source: SourceText): ParsedStream;
