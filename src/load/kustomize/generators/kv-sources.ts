/**
 * The three ways a generator names its keys and values, parsed as kustomize v5 parses them
 * (api/kv and api/internal/generators): `key=value` literals, `[key=]path` file sources and the
 * lines of env files. Pure: reading the files is the caller's.
 */

/** A `key=value` literal, or why it is not one. */
export type LiteralParse = { ok: true; key: string; value: string } | { ok: false };

/**
 * Splits a literal at its first `=` and strips one pair of matching quotes around the value
 * (`b="two"` is `two`; `c="x'` keeps its quotes). A leading `=` or none at all is an error.
 */
export function parseLiteral(source: string): LiteralParse {
  const equals = source.indexOf('=');
  if (equals <= 0) return { ok: false };
  return { ok: true, key: source.slice(0, equals), value: removeQuotes(source.slice(equals + 1)) };
}

function removeQuotes(text: string): string {
  if (text.length < 2 || text[0] !== text[text.length - 1]) return text;
  return text[0] === '"' || text[0] === "'" ? text.slice(1, -1) : text;
}

/** A file source's key and path, or what is wrong with it. */
export type FileSourceParse =
  | { ok: true; key: string; path: string }
  | { ok: false; problem: 'missing-key' | 'missing-path' | 'too-many-equals' };

/** `path` (the key is the path's last segment) or `key=path`; a key may not contain `=`. */
export function parseFileSource(source: string): FileSourceParse {
  const separators = source.split('=').length - 1;
  if (separators === 0) return { ok: true, key: baseName(source), path: source };
  if (separators > 1) return { ok: false, problem: 'too-many-equals' };
  if (source.startsWith('=')) return { ok: false, problem: 'missing-key' };
  if (source.endsWith('=')) return { ok: false, problem: 'missing-path' };
  const equals = source.indexOf('=');
  return { ok: true, key: source.slice(0, equals), path: source.slice(equals + 1) };
}

// Go's path.Base: the last slash-separated element, trailing slashes ignored (a loop, since
// /\/+$/ backtracks quadratically on a long run of slashes that does not end the text)
function baseName(source: string): string {
  let end = source.length;
  while (end > 0 && source[end - 1] === '/') end--;
  if (end === 0) return source === '' ? '.' : '/';
  const trimmed = source.slice(0, end);
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

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

// bufio.Scanner's default limit: kustomize stops reading silently at a longer line
const maxEnvLineBytes = 64 * 1024 - 1;

// Go's unicode.IsSpace, which differs from JavaScript's \s on U+0085 and U+FEFF
const leadingSpace = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

/**
 * Reads an env file as kustomize does: lines split at `\n` (a `\r` before it dropped), leading
 * white space trimmed, blank lines and `#` comments skipped, `KEY=value` split at the first `=`
 * with nothing else trimmed or unquoted, and a `KEY` without `=` given the empty value.
 */
export function parseEnvFile(text: string): EnvParse {
  const pairs: EnvPair[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const [index, raw] of lines.entries()) {
    let line = raw;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    // kustomize drops a byte order mark on the first line only; columns still count it
    const bom = index === 0 && line.startsWith('\ufeff') ? 1 : 0;
    if (Buffer.byteLength(line, 'utf8') > maxEnvLineBytes) return { pairs, stoppedAtLine: index };
    const indent = bom + (leadingSpace.exec(line.slice(bom))?.[0].length ?? 0);
    const rest = line.slice(indent);
    if (rest === '' || rest.startsWith('#')) continue;
    const equals = rest.indexOf('=');
    const key = equals === -1 ? rest : rest.slice(0, equals);
    // an empty key (a line starting with `=`) is skipped like a blank line
    if (key === '') continue;
    const value = equals === -1 ? '' : rest.slice(equals + 1);
    const valueColumn = equals === -1 ? indent + key.length : indent + equals + 1;
    pairs.push({ key, value, line: index, keyColumn: indent, valueColumn });
  }
  return { pairs };
}
