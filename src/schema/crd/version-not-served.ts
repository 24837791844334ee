import type { Resource } from '../../resources/index.js';
import type { SchemaIssue } from '../schema-issue.js';

/** The error for a custom resource whose CRD exists but does not serve its apiVersion. */
export function versionNotServed(resource: Resource, servedVersions: readonly string[]): SchemaIssue {
  const served = [...new Set(servedVersions)].join(', ') || 'none';
  return {
    ruleId: 'schema',
    messageId: 'versionNotServed',
    message: `${resource.apiVersion} ${resource.kind} is not served by its CustomResourceDefinition (served: ${served})`,
    severity: 'error',
    path: ['apiVersion'],
  };
}
