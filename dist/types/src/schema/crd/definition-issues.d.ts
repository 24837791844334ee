import { type Resource } from '../../resources/index.js';
import type { SchemaIssue } from '../schema-issue.js';
/**
 * What the API server rejects in a CRD's own schemas when it is created, beyond the shape its
 * OpenAPI schema checks: a `pattern` Go's regexp cannot compile, `uniqueItems: true`, and CEL
 * rules that cannot compile or whose estimated cost exceeds the per-call limit.
 */
export declare function definitionIssues(crd: Resource): SchemaIssue[];
