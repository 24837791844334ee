/**
 * The three ways a generator names its keys and values, parsed as kustomize v5 parses them
 * (api/kv and api/internal/generators): `key=value` literals, `[key=]path` file sources and the
 * lines of env files. Pure: reading the files is the caller's.
 */
/** A `key=value` literal, or why it is not one. */
export type LiteralParse = {
    ok: true;
    key: string;
    value: string;
} | {
    ok: false;
};
/**
 * Splits a literal at its first `=` and strips one pair of matching quotes around the value
 * (`b="two"` is `two`; `c="x'` keeps its quotes). A leading `=` or none at all is an error.
 */
export declare function parseLiteral(source: string): LiteralParse;
/** A file source's key and path, or what is wrong with it. */
export type FileSourceParse = {
    ok: true;
    key: string;
    path: string;
} | {
    ok: false;
    problem: 'missing-key' | 'missing-path' | 'too-many-equals';
};
/** `path` (the key is the path's last segment) or `key=path`; a key may not contain `=`. */
export declare function parseFileSource(source: string): FileSourceParse;
/** One key of an env file, with where its key and value are (0-based line, UTF-16 columns). */
export interface EnvPair {
    key: string;
    value: string;
    line: number;
    keyColumn: number;
    /** Where the value starts; for `KEY` without `=` it is the end of the key. */
    valueColumn: number;
}
/** The pairs of an env file, and the line where reading stopped early, if it did. */
export interface EnvParse {
    pairs: EnvPair[];
    stoppedAtLine?: number;
}
/**
 * Reads an env file as kustomize does: lines split at `\n` (a `\r` before it dropped), leading
 * white space trimmed, blank lines and `#` comments skipped, `KEY=value` split at the first `=`
 * with nothing else trimmed or unquoted, and a `KEY` without `=` given the empty value.
 */
export declare function parseEnvFile(text: string): EnvParse;
