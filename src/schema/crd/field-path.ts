import type { JsonPath } from '../../resources/index.js';

const identifier = /[A-Za-z_][A-Za-z0-9_-]*/y;
const index = /(\d+)\]/y;
const lineBreaks = '\n\r\u2028\u2029';

/**
 * Parses an `x-kubernetes-validations` fieldPath (`.spec.ports[0]`, `.labels['a.b/c']`, relative
 * to the node that has the rule) into a JSON path; undefined when it is not in that form. A scan,
 * since a pattern for quoted keys with escapes overflows the stack on a 10 MB key.
 */
export function parseFieldPath(fieldPath: string): JsonPath | undefined {
  const out: (string | number)[] = [];
  let at = 0;
  while (at < fieldPath.length) {
    if (fieldPath[at] === '.') {
      identifier.lastIndex = at + 1;
      const match = identifier.exec(fieldPath);
      if (!match) return undefined;
      out.push(match[0]);
      at = identifier.lastIndex;
      continue;
    }
    if (fieldPath[at] !== '[') return undefined;
    const quote = fieldPath[at + 1];
    if (quote !== "'" && quote !== '"') {
      index.lastIndex = at + 1;
      const match = index.exec(fieldPath);
      if (!match) return undefined;
      out.push(Number(match[1]));
      at = index.lastIndex;
      continue;
    }
    const key = quotedKey(fieldPath, at + 2, quote);
    if (!key) return undefined;
    out.push(key.text);
    at = key.end;
  }
  return out;
}

/** The key from `from` up to the closing `quote` and `]`, with `\x` escapes undone; undefined when unclosed. */
function quotedKey(fieldPath: string, from: number, quote: string): { text: string; end: number } | undefined {
  const parts: string[] = [];
  let start = from;
  for (let i = from; i < fieldPath.length; i++) {
    const c = fieldPath[i];
    if (c === '\\') {
      const escaped = fieldPath[i + 1];
      if (escaped === undefined || lineBreaks.includes(escaped)) return undefined;
      parts.push(fieldPath.slice(start, i), escaped);
      start = ++i + 1;
    } else if (c === quote) {
      if (fieldPath[i + 1] !== ']') return undefined;
      parts.push(fieldPath.slice(start, i));
      return { text: parts.join(''), end: i + 2 };
    }
  }
  return undefined;
}
