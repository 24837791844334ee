/** The `byte` format (govalidator's IsBase64): padded standard base64, at least one group of four, nothing else. */
export declare function isGovalidatorBase64(s: string): boolean;
/** Go's `base64.StdEncoding.DecodeString` as a yes/no: padded, CR and LF skipped anywhere, may be empty. */
export declare function isStdBase64(s: string): boolean;
