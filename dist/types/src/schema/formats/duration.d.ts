/**
 * The `duration` format (strfmt's ParseDuration; facts from kube-openapi and Go's time package):
 * Go's `time.ParseDuration`, or else strfmt's lenient reading, which finds `<digits><spaces><letters>`
 * anywhere in the text and accepts it when one of those unit words is known (`5 days`, `PT1H`,
 * `1 hour and then some`) and no number overflows Go's int.
 */
export declare function isDuration(s: string): boolean;
