/** Whether `text` is what Go's base64.StdEncoding accepts (as the API server decodes `data`). */
export declare function isStandardBase64(text: string): boolean;
/** The decoded length of valid standard base64 text. */
export declare function decodedLength(text: string): number;
