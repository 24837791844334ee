import { RE2JS } from 're2js';
import { estimatedProgramSize } from '../regexp-size.js';

/** A compiled pattern, tested the way Go's `regexp.MatchString` does: an unanchored search. */
export interface PatternMatcher {
  test(text: string): boolean;
}

/** A pattern as Go's regexp package compiles it: a matcher, or why the pattern is invalid. */
export type CompiledPattern = { matcher: PatternMatcher; error?: undefined } | { matcher?: undefined; error: string };

/**
 * A compiled pattern as ajv's `code.regExp` engine returns it. ajv keys its cache of patterns by
 * `toString()`, so each pattern must print differently.
 */
class GoPattern implements PatternMatcher {
  private readonly size: number;

  constructor(
    private readonly source: string,
    private readonly regexp: RE2JS | undefined,
  ) {
    this.size = regexp ? regexp.matcher('').programSize() : 0;
  }

  test(text: string): boolean {
    // the API server refuses a CRD with an invalid pattern, so no object is checked against one;
    // and matching is linear, but in the program's size times the text's: past a budget that
    // only absurd pairs reach (a 50,000-instruction pattern on 40 KB took 16 s), the check is skipped
    if (!this.regexp || this.size * text.length > maxMatchWork) return true;
    return this.regexp.test(text);
  }

  toString(): string {
    return `re2:${this.source}`;
  }

  /** The same pattern matched against a whole text; undefined when it was too large to compile. */
  wholeTextMatcher(): PatternMatcher | undefined {
    const { regexp, size } = this;
    if (!regexp) return undefined;
    // past the work budget a text does not match: a policy is not met by what cannot be checked
    return { test: (text) => size * text.length <= maxMatchWork && regexp.testExact(text) };
  }
}

// patterns come from input: a run may meet many, so the cache forgets the least recently used
const cacheLimit = 2000;
const cache = new Map<string, CompiledPattern>();

/**
 * Compiles a Go RE2 pattern (as CRD `pattern`s, CEL `matches()` and `--schemas` patterns are
 * written) with re2js, whose matching time is linear in the input. The result is cached.
 */
export function compileGoRegexp(pattern: string): CompiledPattern {
  let compiled = cache.get(pattern);
  if (compiled) {
    cache.delete(pattern);
  } else {
    compiled = compile(pattern);
    if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string);
  }
  cache.set(pattern, compiled);
  return compiled;
}

/** The matcher of a pattern; an invalid pattern accepts everything (its CRD is reported instead). */
export function compileGoPattern(pattern: string): PatternMatcher {
  return compileGoRegexp(pattern).matcher ?? new GoPattern(pattern, undefined);
}

/**
 * A matcher of whole texts for `pattern` (as kube-linter's `key=regex` options match label and
 * annotation values); undefined when RE2 rejects the pattern or it is too large to compile.
 */
export function compileGoWholeTextPattern(pattern: string): PatternMatcher | undefined {
  const { matcher } = compileGoRegexp(pattern);
  return matcher instanceof GoPattern ? matcher.wholeTextMatcher() : undefined;
}

/** Why Go's regexp package rejects `pattern`, or undefined when it compiles. */
export function goPatternError(pattern: string): string | undefined {
  return compileGoRegexp(pattern).error;
}

// instructions, estimated before compiling: real patterns have tens to hundreds
const maxProgramSize = 50_000;
// program size times text length: a 100-instruction pattern on a 3 MB value stays well under
const maxMatchWork = 400_000_000;

function compile(pattern: string): CompiledPattern {
  // Go accepts up to about 1.4 million instructions, but re2js needs seconds to compile that:
  // such a pattern is not checked at all (never reported: the server would accept it)
  if (estimatedProgramSize(pattern) > maxProgramSize) return { matcher: new GoPattern(pattern, undefined) };
  try {
    const regexp = RE2JS.compile(pattern);
    return { matcher: new GoPattern(pattern, regexp) };
  } catch (error) {
    return { error: describe(error) };
  }
}

// re2js words errors as Go does ("error parsing regexp: missing closing ]: `[a-`"); the quoted
// fragment is source text, which messages never echo, so only the kind of error is kept
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/:\s*`[\s\S]*`\s*$/, '');
}
