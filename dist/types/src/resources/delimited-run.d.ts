/**
 * Whether `text` holds `opening`, then only characters `isAllowed` accepts, then `closing` — what
 * a regex like /BEGIN [A-Z ]*PRIVATE KEY/ asks, in one pass. The regex retries its run from every
 * opening, which is quadratic on a value of "BEGIN BEGIN BEGIN …".
 */
export declare function hasDelimitedRun(text: string, opening: string, isAllowed: (c: string) => boolean, closing: string): boolean;
