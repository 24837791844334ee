/**
 * How messages may show text from the input. Names (field names, keys) are shown quoted, with
 * control and non-ASCII characters escaped and at most `maxQuotedLength` characters, so a name can
 * neither forge a line of output nor flood it. Values are shown only when short and on one line
 * (never a Secret's: the caller decides that), else described by their length.
 */
export const maxQuotedLength = 40;

/** A name from the input as a message shows it: `"name"`, escaped, cut at `maxQuotedLength` characters. */
export function quoteName(name: string): string {
  const cut = name.length > maxQuotedLength ? `${name.slice(0, maxQuotedLength - 3)}...` : name;
  return escapeQuoted(cut);
}

/** A string value as a message may show it: quoted when short and on one line, else only its length. */
export function quoteValue(value: string): string {
  if (value.length > maxQuotedLength || /[\n\r\u2028\u2029]/.test(value)) return `(${value.length} characters, not shown)`;
  return escapeQuoted(value);
}

// JSON escapes quotes, backslashes and control characters; anything outside printable ASCII is
// escaped too, so that terminal escapes and look-alike or bidi characters show as code points
function escapeQuoted(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
