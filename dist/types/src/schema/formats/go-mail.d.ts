/**
 * Go's `net/mail.ParseAddress` as a yes/no (the `email` format; facts from Go's net/mail): one
 * address, either a bare addr-spec (optionally followed by a `(comment)` display name) or a
 * display name and `<addr-spec>`, or a group holding exactly one such address. Each step
 * consumes input, so the parse is linear (comments nest by a counter, not by recursion).
 */
export declare function isMailAddress(s: string): boolean;
