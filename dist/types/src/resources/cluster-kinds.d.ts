/** The built-in kinds that are cluster-scoped, by API group ('' for core). */
export declare const builtInClusterKinds: Readonly<Record<string, readonly string[]>>;
