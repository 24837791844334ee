/**
 * Escaping for text a GitHub runner reads: the data and properties of our own workflow commands
 * (`--format github`), and the inert form of every other text output, in which no line can be
 * taken for a workflow command.
 */

/**
 * GitHub workflow-command escaping (actions/toolkit `command.ts`): `%` first, or the escapes that
 * follow would be encoded twice.
 */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for a property value (`file=`, `title=`): the data escapes plus the separators `:` and `,`. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// C0 controls, DEL and the C1 controls: line breaks, terminal escapes (ESC starts one) and NEL
// eslint-disable-next-line no-control-regex -- control characters are what this replaces
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/g;

/**
 * A file name, key or message from the input shown on one line: every control character (CR,
 * LF, tab, ESC, the rest of C0, DEL, C1) is written as a visible escape (`\n`, `\x1b`), so the
 * text can neither start a new line nor drive the terminal.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(controlCharacters, (c) => named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

// the runner takes a line for a command when it starts with `::` after leading white space (or
// after a CR, which it also reads as a line break), and a legacy `##[command]` anywhere in a line;
// .NET's white space also counts NEL
const commandLineStart = /(^|[\n\r])((?:[^\S\n\r]|\u0085)*):(?=:)/g;
const legacyCommand = /##\[/g;

/**
 * A whole text output made inert for a GitHub runner reading it as a step's log: a line that
 * would start a workflow command (`::error::…`) has its first colon written `\x3a`, a `##[` is
 * written `#\x23[`, and a CR (which the runner reads as a line break) is written `\r`. Our own
 * layout never produces these, so only text from the input changes.
 */
export function inertToWorkflowCommands(output: string): string {
  return output.replace(commandLineStart, '$1$2\\x3a').replace(legacyCommand, '#\\x23[').replace(/\r/g, '\\r');
}
