/** The `byte` format (govalidator's IsBase64): padded standard base64, at least one group of four, nothing else. */
export declare function isGovalidatorBase64(s: string): boolean;
