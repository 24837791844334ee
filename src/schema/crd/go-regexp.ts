/** A compiled pattern: a JS RegExp, or a stand-in that accepts everything. */
export interface PatternMatcher {
  test(text: string): boolean;
}

const acceptAll: PatternMatcher = { test: () => true };
const cache = new Map<string, PatternMatcher>();

/**
 * Compiles a Go RE2 pattern (as CRD `pattern`s and CEL `matches()` are written) to a JS RegExp.
 * A pattern JS cannot express accepts everything: a skipped check is better than a false error.
 */
export function compileGoPattern(pattern: string): PatternMatcher {
  let matcher = cache.get(pattern);
  if (!matcher) {
    matcher = translate(pattern) ?? acceptAll;
    cache.set(pattern, matcher);
  }
  return matcher;
}

function translate(pattern: string): RegExp | undefined {
  let source = pattern;
  let flags = '';
  // RE2 puts flags in a leading group, (?i) or (?is); JS takes them as RegExp flags
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading) {
    if (leading[1].includes('U')) return undefined;
    flags = leading[1];
    source = source.slice(leading[0].length);
  }
  // a (?i) after an anchor, as in ^(?i)…, applies to the rest of the pattern
  const afterAnchor = /^\^\(\?([ims]+)\)/.exec(source);
  if (afterAnchor) {
    flags += afterAnchor[1];
    source = `^${source.slice(afterAnchor[0].length)}`;
  }
  source = source
    .replace(/\\z/g, '$')
    .replace(/\\A/g, '^')
    .replace(/\(\?P</g, '(?<')
    .replace(/\\p([A-Z])/g, '\\p{$1}');
  const unique = [...new Set(flags)].join('');
  for (const extra of ['u', '']) {
    try {
      return new RegExp(source, unique + extra);
    } catch {
      // try without the unicode flag, which rejects escapes RE2 allows such as \_
    }
  }
  return undefined;
}
