// Plain scans for how a text begins, in place of regexes such as
// /^(?:\s*(?:#[^\n]*)?\n)*(?:---|…)/, whose nested `\s*…\n` loops split a run of blank lines in
// exponentially many ways (30 blank lines took 90 s).

const nonBlank = /\S/g;

/** The offset of the first character at or after `from` that is not whitespace (as `\s`), or -1. */
function skipBlanks(text: string, from: number): number {
  nonBlank.lastIndex = from;
  return nonBlank.exec(text)?.index ?? -1;
}

/** The offset of the first character that is neither whitespace nor in a comment line, or -1. */
function afterBlanksAndComments(text: string): number {
  let from = 0;
  for (;;) {
    const at = skipBlanks(text, from);
    if (at === -1 || text[at] !== '#') return at;
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) return -1;
    from = lineEnd + 1;
  }
}

/**
 * Where the first line that is neither blank nor a comment starts, when that line starts at its
 * margin; -1 when the text has no such line or it is indented (a YAML document's first line
 * starts at the margin).
 */
function firstContentLine(text: string): number {
  const at = afterBlanksAndComments(text);
  return at === 0 || (at > 0 && text[at - 1] === '\n') ? at : -1;
}

// how a YAML or JSON document's first line starts: a marker, a directive, a flow collection,
// `key:` or a list item
const documentOpening = /---|%YAML|[{[]|[\w"'.-]+\s*:(?:\s|$)|- /y;

/** Whether the first line that is not blank or a comment starts like a YAML or JSON document. */
export function startsLikeDocument(text: string): boolean {
  const at = firstContentLine(text);
  if (at === -1) return false;
  documentOpening.lastIndex = at;
  return documentOpening.test(text);
}

/**
 * Whether a text, after blank lines, comments and an optional `---` line, starts with
 * `apiVersion:` or `kind:` at the margin or after blanks, as an untagged code block of a manifest does.
 */
export function startsWithManifestKey(text: string): boolean {
  let at = afterBlanksAndComments(text);
  if (at === -1) return false;
  if (text.startsWith('---', at)) {
    const after = skipBlanks(text, at + 3);
    const blanks = text.slice(at + 3, after === -1 ? text.length : after);
    if (!blanks.includes('\n') || after === -1) return false;
    at = after;
  }
  return text.startsWith('apiVersion:', at) || text.startsWith('kind:', at);
}
