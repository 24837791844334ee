/** Go's `time.ParseDuration`: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, or a lone `0`, within int64 nanoseconds. */
export declare function isGoDuration(input: string): boolean;
