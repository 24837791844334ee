/**
 * A double-quoted scalar read the way kubectl's YAML reader (go-yaml v2's scanner) reads it. The
 * escapes it knows are YAML 1.1's: `\0 \a \b \t \<TAB> \n \v \f \r \e \<space> \" \\ \N \_ \L \P
 * \xXX \uXXXX \UXXXXXXXX`, plus `\'`, which YAML never defined; YAML 1.2's `\/` is unknown to it, and
 * so are escapes of surrogates or of code points past U+10FFFF. It checks no indentation inside
 * the quotes (continuation lines may stand left of their key), and reads U+0085, U+2028 and
 * U+2029 as line breaks. js-yaml and the `yaml` library differ on each of these points.
 */
export type DoubleQuoted = {
    value: string;
    end: number;
} | {
    problem: 'unknown-escape' | 'bad-hex' | 'bad-code-point' | 'unclosed' | 'document-marker';
    at: number;
    end: number;
};
/** Reads the double-quoted scalar whose opening quote is at `start`. */
export declare function readDoubleQuoted(text: string, start: number): DoubleQuoted;
