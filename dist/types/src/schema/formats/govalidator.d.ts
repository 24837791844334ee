/**
 * The formats kube-openapi takes from (a frozen copy of) asaskevich/govalidator: ISBNs, credit
 * card numbers, US social security numbers and colours. Facts from its patterns and checksums;
 * every expression here is anchored, fixed-length or on an already bounded string.
 */
export declare function isIsbn10(s: string): boolean;
export declare function isIsbn13(s: string): boolean;
/** Digits only (anything else is dropped first), a known issuer's prefix and length, and the Luhn sum. */
export declare function isCreditCard(s: string): boolean;
/** `^\d{3}[- ]?\d{2}[- ]?\d{4}$` in exactly 11 bytes: so both separators are there. */
export declare function isSsn(s: string): boolean;
export declare function isHexColor(s: string): boolean;
export declare function isRgbColor(s: string): boolean;
