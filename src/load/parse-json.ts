import type { ParsedStream } from './parse-stream.js';
import { parseStream, yamlDiagnostic } from './parse-stream.js';
import type { SourceText } from './source-text.js';

/** Reads a JSON manifest: `JSON.parse` when it is valid, else the YAML reader explains what is wrong. */
export function parseJson(source: SourceText): ParsedStream {
  try {
    const value: unknown = JSON.parse(source.text);
    return { values: value === null ? [] : [value], diagnostics: [] };
  } catch (error) {
    // JSON is YAML flow syntax, so the YAML parser can usually say where the error is
    const parsed = parseStream(source);
    if (parsed.diagnostics.some((d) => d.severity === 'error')) return parsed;
    // Node's message quotes the text around the problem; only its offset is kept
    const at = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    const message = 'invalid JSON: the text reads as YAML but breaks a JSON rule (a bare word, a trailing comma, a single quote or a comment)';
    return { values: [], diagnostics: [yamlDiagnostic(source, 'syntax', message, [at, at])] };
  }
}
