/**
 * How kubectl (sigs.k8s.io/yaml over go-yaml v2) reads an untagged plain scalar. This is YAML 1.1
 * flavoured: `yes`/`no`/`on`/`off`/`y`/`n` are booleans, `0755` is octal, `1_000` is 1000,
 * `0b101` binary. Timestamps stay strings (go-yaml v2 keeps them as strings when decoding into
 * an untyped value), and there are no sexagesimal numbers.
 */
export type PlainScalar = {
    value: boolean | number;
} | undefined;
/** The boolean or number a plain scalar stands for, or undefined when it is a string. */
export declare function resolvePlainScalar(text: string): PlainScalar;
