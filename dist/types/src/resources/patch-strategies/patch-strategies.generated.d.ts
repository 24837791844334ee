/** The type of each built-in kind (`apiVersion kind`) that has strategic-merge lists somewhere below it. */
export declare const kindTypes: Readonly<Record<string, string>>;
/** Per type, the fields leading to strategic-merge facts: [the field's type, its merge key, its patch strategy]. */
export declare const typeFields: Readonly<Record<string, Readonly<Record<string, readonly [string, string, string]>>>>;
