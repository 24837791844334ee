/** Our codes for YAML and input problems; the ruleId of such a diagnostic is `yaml/<code>`. */
export type YamlCode =
  | 'syntax'
  | 'duplicate-key'
  | 'tab-indent'
  | 'bad-indent'
  | 'unknown-alias'
  | 'alias-limit'
  | 'too-deep'
  | 'not-utf8'
  | 'binary'
  | 'too-large'
  | 'not-an-object'
  | 'unreadable';

/** The `yaml` library's error codes mapped to ours, so an upstream rename never changes our output. */
export const fromLibraryCode: Record<string, YamlCode> = {
  DUPLICATE_KEY: 'duplicate-key',
  TAB_AS_INDENT: 'tab-indent',
  BAD_INDENT: 'bad-indent',
  BAD_ALIAS: 'unknown-alias',
};

/** Our code for a `yaml` library error code; anything unlisted is a plain syntax error. */
export function yamlCodeOf(libraryCode: string): YamlCode {
  return fromLibraryCode[libraryCode] ?? 'syntax';
}
