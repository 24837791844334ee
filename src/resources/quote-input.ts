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

/** The longest message a diagnostic keeps; past it, text quoted from the input is what runs on. */
export const maxMessageLength = 1000;

// control characters (a newline aside: formatters lay it out), and the invisible and bidi
// characters that could make a terminal or a review page show something other than the text
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafeInMessage = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A message with the characters no message may carry escaped (`\u001b`) and its length bounded,
 * whatever the input quoted into it: the last line of defence for every diagnostic printed.
 */
export function safeMessage(message: string): string {
  const escaped = message.replace(unsafeInMessage, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > maxMessageLength ? `${escaped.slice(0, maxMessageLength - 3)}...` : escaped;
}

/** A value a rule puts into its message: escaped and cut at `maxDataLength` characters. */
export const maxDataLength = 500;

export function safeMessageData(text: string): string {
  const cut = text.length > maxDataLength ? `${text.slice(0, maxDataLength - 3)}...` : text;
  return safeMessage(cut.replace(/[\n\r]/g, ' '));
}
