/** The `date` format: Go's `time.Parse("2006-01-02")`, exactly four-two-two digits naming a real day. */
export declare function isDate(s: string): boolean;
/**
 * The `date-time` format (strfmt's IsDateTime): the text, lower-cased and split at every `t`,
 * has a valid date before the first `t`, and between the first and second `t` a time
 * `hh:mm:ss`, an optional fraction (any one character, then digits) and a zone (`z` or `±hh:mm`).
 * Seconds and zone are required; hours, minutes and seconds compare as text against 23/59/59.
 */
export declare function isDateTime(s: string): boolean;
