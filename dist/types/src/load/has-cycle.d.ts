/**
 * Whether a value refers to itself. An anchor whose own content holds an alias to it
 * (`a: &x [*x]`) makes the `yaml` library build a circular value, which kubectl refuses and
 * which would send every later check round in circles. Shared (non-circular) aliases are fine.
 */
export declare function hasCycle(root: unknown): boolean;
