/** A parsed quantity: `mantissa × 10^exponent`, exact. */
export interface Quantity {
    mantissa: bigint;
    exponent: number;
}
/** Parses a quantity (`500m`, `1.5Gi`, `1e3`, or a JSON number); undefined when it is not one. */
export declare function parseQuantity(value: unknown): Quantity | undefined;
/** Compares two quantities: negative, zero or positive like a sort comparator. */
export declare function compareQuantities(a: Quantity, b: Quantity): number;
/**
 * Why the API server refuses `value` as a resource.Quantity, in its words, or undefined when it
 * decodes. Like Quantity.UnmarshalJSON, surrounding whitespace is ignored; a JSON number is a quantity.
 */
export declare function quantityError(value: unknown): string | undefined;
