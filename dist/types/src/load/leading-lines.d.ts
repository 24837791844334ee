/** Whether the first line that is not blank or a comment starts like a YAML or JSON document. */
export declare function startsLikeDocument(text: string): boolean;
/**
 * Whether a text, after blank lines, comments and an optional `---` line, starts with
 * `apiVersion:` or `kind:` at the margin or after blanks, as an untagged code block of a manifest does.
 */
export declare function startsWithManifestKey(text: string): boolean;
