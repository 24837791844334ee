import type { JsonPath } from './json-path.js';
/**
 * The path to report for a field that may be missing: `path` cut after its first missing step,
 * so the parent of the reported path always exists (`resources` when a container has none,
 * `resources.requests` when only that is missing, the whole path when just the leaf is).
 */
export declare function missingFieldPath(root: unknown, path: JsonPath): JsonPath;
