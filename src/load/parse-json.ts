import type { ParsedStream } from './parse-stream.js';
import { parseStream } from './parse-stream.js';
import type { SourceText } from './source-text.js';

/** Reads a JSON manifest: `JSON.parse` when it is valid, else the YAML reader explains what is wrong. */
export function parseJson(source: SourceText): ParsedStream {
  try {
    const value: unknown = JSON.parse(source.text);
    return { values: value === null ? [] : [value], diagnostics: [] };
  } catch {
    // JSON is YAML flow syntax, so the exact YAML parser reports the error with its position
    return parseStream(source);
  }
}
