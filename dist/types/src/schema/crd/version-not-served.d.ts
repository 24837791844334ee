import type { Resource } from '../../resources/index.js';
import type { SchemaIssue } from '../schema-issue.js';
/** The error for a custom resource whose CRD exists but does not serve its apiVersion. */
export declare function versionNotServed(resource: Resource, servedVersions: readonly string[]): SchemaIssue;
