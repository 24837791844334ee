import { type JsonObject } from '../../resources/index.js';
/** The top-level fields of a Secret whose values are never shown. */
export declare function sensitiveSecretFields(...sides: (JsonObject | undefined)[]): Set<string>;
/**
 * The two sides of a Secret with its values masked as `kubectl diff` masks them: a key on both
 * sides with the same value is `***` on both, with different values `*** (before)` and
 * `*** (after)`, a key on one side only `***`. Keys stay visible. Returns copies.
 */
export declare function maskSecretPair(before: JsonObject | undefined, after: JsonObject | undefined): {
    before?: JsonObject;
    after?: JsonObject;
};
