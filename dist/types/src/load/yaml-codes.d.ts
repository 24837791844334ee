/** Our codes for YAML and input problems; the ruleId of such a diagnostic is `yaml/<code>`. */
export type YamlCode = 'syntax' | 'duplicate-key' | 'tab-indent' | 'bad-indent' | 'unknown-alias' | 'alias-limit' | 'too-deep' | 'not-utf8' | 'binary' | 'too-large' | 'not-an-object' | 'unreadable';
/** The `yaml` library's error codes mapped to ours, so an upstream rename never changes our output. */
export declare const fromLibraryCode: Record<string, YamlCode>;
/** Our code for a `yaml` library error code; anything unlisted is a plain syntax error. */
export declare function yamlCodeOf(libraryCode: string): YamlCode;
