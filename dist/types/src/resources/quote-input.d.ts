/**
 * How messages may show text from the input. Names (field names, keys) are shown quoted, with
 * control and non-ASCII characters escaped and at most `maxQuotedLength` characters, so a name can
 * neither forge a line of output nor flood it. Values are shown only when short and on one line
 * (never a Secret's: the caller decides that), else described by their length.
 */
export declare const maxQuotedLength = 40;
/** A name from the input as a message shows it: `"name"`, escaped, cut at `maxQuotedLength` characters. */
export declare function quoteName(name: string): string;
/** A string value as a message may show it: quoted when short and on one line, else only its length. */
export declare function quoteValue(value: string): string;
/** The longest message a diagnostic keeps; past it, text quoted from the input is what runs on. */
export declare const maxMessageLength = 1000;
/**
 * A message with the characters no message may carry escaped (`\u001b`) and its length bounded,
 * whatever the input quoted into it: the last line of defence for every diagnostic printed.
 */
export declare function safeMessage(message: string): string;
/** A value a rule puts into its message: escaped and cut at `maxDataLength` characters. */
export declare const maxDataLength = 500;
export declare function safeMessageData(text: string): string;
