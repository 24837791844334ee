import { type KubernetesVersion, type Resource, type ResourceSet } from '../../resources/index.js';
import type { SchemaIssue } from '../schema-issue.js';
/** Validates custom resources against the CustomResourceDefinitions found in the same input. */
export interface CrdRegistry {
    /** undefined when no CRD in the input defines this group+kind; otherwise the issues (possibly []),
        including a "version not served" error when the CRD exists but does not serve that version. */
    validate(resource: Resource): SchemaIssue[] | undefined;
    scopeOf(apiVersion: string, kind: string): 'Namespaced' | 'Cluster' | undefined;
    /** What the API server refuses in a CRD's own schemas on creation (invalid patterns, uniqueItems, CEL). */
    definitionIssues(crd: Resource): SchemaIssue[];
}
/**
 * Indexes the input's `apiextensions.k8s.io/v1` CRDs. Schemas compile on first use and are
 * cached. A resource is valid if any definition serving its version accepts it; when several
 * do, only those sharing the most folder names with the resource's file count (see
 * folder-affinity.ts). Otherwise the issues are those of the closest definition.
 */
export declare function createCrdRegistry(resources: ResourceSet, version?: KubernetesVersion): CrdRegistry;
