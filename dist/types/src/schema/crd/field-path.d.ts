import type { JsonPath } from '../../resources/index.js';
/**
 * Parses an `x-kubernetes-validations` fieldPath (`.spec.ports[0]`, `.labels['a.b/c']`, relative
 * to the node that has the rule) into a JSON path; undefined when it is not in that form. A scan,
 * since a pattern for quoted keys with escapes overflows the stack on a 10 MB key.
 */
export declare function parseFieldPath(fieldPath: string): JsonPath | undefined;
