/**
 * JSON as Go's `encoding/json` (Go 1.22 and later) writes it: object keys sorted by their UTF-8
 * bytes, `<`, `>`, `&`, U+2028 and U+2029 escaped, `\b` and `\f` short escapes, other control
 * characters as `\u00xx`. kustomize hashes that text, so one differing byte changes a name.
 */
export function goJson(value: unknown): string {
  if (typeof value === 'string') return goJsonString(value);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(goJson).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort(compareUtf8);
    return `{${keys.map((key) => `${goJsonString(key)}:${goJson(record[key])}`).join(',')}}`;
  }
  return 'null';
}

const shortEscapes: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

// control characters, the HTML-sensitive three, the JavaScript line separators, lone surrogates
// eslint-disable-next-line no-control-regex -- control characters are what Go escapes
const needsEscape = /["\\\u0000-\u001f<>&\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function goJsonString(text: string): string {
  const escaped = text.replace(needsEscape, (char) => {
    const short = shortEscapes[char];
    if (short !== undefined) return short;
    // Go writes invalid UTF-8 (a lone surrogate has no UTF-8 form) as the replacement character
    if (char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdfff) return '\\ufffd';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

/** Orders strings by their UTF-8 bytes, as Go's `sort.Strings` does (code point order). */
function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
