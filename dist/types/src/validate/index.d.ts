import type { Diagnostic, KubernetesVersion, Resource, ResourceSet } from '../resources/index.js';
export type { ApiCheck, ApiCheckContext, ApiFinding } from './api-check.js';
export { apiChecks } from './checks/index.js';
/**
 * Runs every check on every resource; findings become Diagnostics with ruleId `api/<id>`, range
 * from resource.rangeOf(path, target), resource id set. A check that throws must not stop the
 * others: rethrow nothing, return a Diagnostic with ruleId 'internal' instead.
 */
export declare function runApiChecks(resources: ResourceSet, context: {
    kubernetesVersion: KubernetesVersion;
    only?: readonly Resource[];
}): Diagnostic[];
