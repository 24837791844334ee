/**
 * A copy of `value` without null-valued object properties: the API server treats a JSON null
 * for an optional field as unset (`creationTimestamp: null`), while a required field that is null
 * is still missing. Returns `value` itself when it holds no such null, so most inputs cost no copy.
 */
export declare function withoutNulls<T>(value: T): T;
