import type { YAMLError } from 'yaml';
import type { YamlCode } from './yaml-codes.js';

/**
 * Our wording for each of the `yaml` library's errors. Its own messages quote the offending
 * characters (an escape, a tag, a block header, a token), and a message must never repeat input:
 * the position already shows where the problem is, and the user has the file.
 */
const wordingByLibraryCode: Record<string, string> = {
  ALIAS_PROPS: 'an alias cannot have a tag or an anchor of its own',
  BAD_ALIAS: 'an alias refers to an anchor that is not defined before it',
  BAD_COLLECTION_TYPE: 'a tag names a collection type that does not match the collection it is on',
  BAD_DIRECTIVE: 'a % directive line is malformed or unknown',
  BAD_DQ_ESCAPE: 'a double-quoted string has an invalid escape sequence',
  BAD_INDENT: 'the indentation here does not match the rest of the collection',
  BAD_PROP_ORDER: 'an anchor and tag must come before the value they belong to',
  BAD_SCALAR_START: 'a plain value cannot start with this character; quote the value',
  BLOCK_AS_IMPLICIT_KEY: 'a mapping or list cannot start on the same line as a key (check the indentation)',
  BLOCK_IN_FLOW: 'a block collection cannot stand inside a flow collection ({} or [])',
  DUPLICATE_KEY: 'a mapping key must be unique',
  KEY_OVER_1024_CHARS: 'a mapping key longer than 1024 characters must be an explicit (?) key',
  MISSING_CHAR: 'a character is missing here: an unclosed quote or bracket, or a key without its colon',
  MULTILINE_IMPLICIT_KEY: 'a mapping key must be on a single line (is a colon or indentation missing?)',
  MULTIPLE_ANCHORS: 'a value can have only one anchor',
  MULTIPLE_DOCS: 'a second document starts without a --- separator',
  MULTIPLE_TAGS: 'a value can have only one tag',
  NON_STRING_KEY: 'a mapping key must be a string',
  RESOURCE_EXHAUSTION: 'aliases expand to too many nodes',
  TAB_AS_INDENT: 'tabs are not allowed for indentation in YAML',
  TAG_RESOLVE_FAILED: 'an unknown tag, or a value its tag cannot read (kubectl knows only the standard YAML tags)',
  UNEXPECTED_TOKEN: 'unexpected text here: it belongs to no key or list item',
};

// closer wording for the most common MISSING_CHAR cases, told apart by the library's fixed text
const missingCharCases: [RegExp, string][] = [
  [/^Missing closing "quote/, 'a double-quoted string is never closed'],
  [/^Missing closing 'quote/, 'a single-quoted string is never closed'],
  [/flow (?:map|sequence|collection)/i, 'a flow collection ({} or []) is never closed, or is not indented past its key'],
];

// closer wording for UNEXPECTED_TOKEN, told apart the same way
const unexpectedTokenCases: [RegExp, string][] = [
  [/^Block scalar header/, 'a block scalar header (| or >) may only be followed by an indentation digit and a chomping sign (+ or -)'],
  [/^Unexpected ,/, 'an unexpected comma in a flow collection ({} or [])'],
];

/** A message for a `yaml` library error that names the problem and quotes none of the input. */
export function yamlErrorMessage(error: YAMLError, code: YamlCode): string {
  if (code === 'duplicate-key') return 'a mapping key appears twice; kubectl would silently keep only the last value';
  if (error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT') {
    for (const [pattern, wording] of missingCharCases) if (pattern.test(error.message)) return wording;
  }
  if (error.code === 'UNEXPECTED_TOKEN') {
    for (const [pattern, wording] of unexpectedTokenCases) if (pattern.test(error.message)) return wording;
  }
  return wordingByLibraryCode[error.code] ?? 'this is not valid YAML';
}
