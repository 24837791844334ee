import { compileGoWholeTextPattern } from '../resources/go-regexp/index.js';
import { memoByString } from '../resources/index.js';

/**
 * One entry of a label or annotation policy, as a rule option writes it: `key`, `key=regex`, or
 * `key!=regex`. Keys cannot contain `=` or `!`, so the first `=` (or `!=`) splits the two.
 */
export interface MetadataPattern {
  key: string;
  /** Matched against the whole value; absent when only the key matters. */
  value?: ValueMatcher;
  /** The regex as written after `=` or `!=`, for messages. */
  valueText?: string;
  /** Written `key!=regex`: the value satisfies the entry when the regex does NOT match it. */
  negated?: true;
  /** The entry as written, for messages. */
  text: string;
}

/** A compiled value regex: `test` is a full match. */
export interface ValueMatcher {
  test(text: string): boolean;
}

/**
 * Reads `key`, `key=regex` or `key!=regex`. The regex has Go's RE2 syntax (as kube-linter's and
 * the API server's) and runs in linear time; it must match the whole value. One that RE2 cannot
 * compile (or that is too large to compile quickly) is compared as literal text, so a bad entry
 * never stops a run.
 */
export const parseMetadataPattern = memoByString((text: string): MetadataPattern => {
  const equals = text.indexOf('=');
  if (equals < 0) return { key: text, text };
  const negated = equals > 0 && text[equals - 1] === '!';
  const source = text.slice(equals + 1);
  const key = text.slice(0, negated ? equals - 1 : equals);
  const pattern: MetadataPattern = { key, value: compileFullMatch(source), valueText: source, text };
  if (negated) pattern.negated = true;
  return pattern;
});

// RE2 rejects it, or it is too large to compile quickly: compared as literal text
function compileFullMatch(source: string): ValueMatcher {
  return compileGoWholeTextPattern(source) ?? { test: (value) => value === source };
}

/** Whether a label or annotation value satisfies the pattern's value part (always, without one). */
export function metadataValueMatches(pattern: MetadataPattern, value: unknown): boolean {
  if (!pattern.value) return true;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
  return pattern.value.test(String(value)) !== (pattern.negated === true);
}
