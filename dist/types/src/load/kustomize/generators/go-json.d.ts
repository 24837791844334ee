/**
 * JSON as Go's `encoding/json` (Go 1.22 and later) writes it: object keys sorted by their UTF-8
 * bytes, `<`, `>`, `&`, U+2028 and U+2029 escaped, `\b` and `\f` short escapes, other control
 * characters as `\u00xx`. kustomize hashes that text, so one differing byte changes a name.
 */
export declare function goJson(value: unknown): string;
