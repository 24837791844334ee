/**
 * Escaping for text a GitHub runner reads: the data and properties of our own workflow commands
 * (`--format github`), and the inert form of every other text output, in which no line can be
 * taken for a workflow command.
 */
/**
 * GitHub workflow-command escaping (actions/toolkit `command.ts`): `%` first, or the escapes that
 * follow would be encoded twice.
 */
export declare function escapeCommandData(text: string): string;
/** Escaping for a property value (`file=`, `title=`): the data escapes plus the separators `:` and `,`. */
export declare function escapeCommandProperty(text: string): string;
/**
 * A file name, key or message from the input shown on one line: every control character (CR,
 * LF, tab, ESC, the rest of C0, DEL, C1) is written as a visible escape (`\n`, `\x1b`), so the
 * text can neither start a new line nor drive the terminal.
 */
export declare function escapeControlCharacters(text: string): string;
/**
 * A whole text output made inert for a GitHub runner reading it as a step's log: a line that
 * would start a workflow command (`::error::…`) has its first colon written `\x3a`, a `##[` is
 * written `#\x23[`, and a CR (which the runner reads as a line break) is written `\r`. Our own
 * layout never produces these, so only text from the input changes.
 */
export declare function inertToWorkflowCommands(output: string): string;
