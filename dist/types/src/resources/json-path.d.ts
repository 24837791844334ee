/** A path into a resource's JSON value: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];
/** Formats a path the way kubectl explains fields: `spec.template.spec.containers[0].name`. */
export declare function formatPath(path: JsonPath): string;
/** The value at `path` inside `value`, or undefined when any step is missing. */
export declare function valueAt(value: unknown, path: JsonPath): unknown;
