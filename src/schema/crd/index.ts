import type { Ajv } from 'ajv';
import { defaultKubernetesVersion, splitApiVersion, type KubernetesVersion, type Resource, type ResourceSet } from '../../resources/index.js';
import type { SchemaIssue } from '../schema-issue.js';
import { definitionIssues } from './definition-issues.js';
import { collectCrdDefinitions, groupKind, type CrdDefinition, type ServedVersion } from './crd-definitions.js';
import { folderAffinity } from './folder-affinity.js';
import { versionNotServed } from './version-not-served.js';
import { VersionValidator, createCrdAjv } from './version-validator.js';

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
export function createCrdRegistry(resources: ResourceSet, version: KubernetesVersion = defaultKubernetesVersion): CrdRegistry {
  const definitions = collectCrdDefinitions(resources);
  let ajv: Ajv | undefined;
  const sharedAjv = (): Ajv => (ajv ??= createCrdAjv(version));
  const validators = new Map<ServedVersion, VersionValidator>();
  const validatorOf = (version: ServedVersion): VersionValidator => {
    let validator = validators.get(version);
    if (!validator) {
      validator = new VersionValidator(sharedAjv, version.schema, version.hasStatusSubresource);
      validators.set(version, validator);
    }
    return validator;
  };

  return {
    validate(resource) {
      const { group, version } = splitApiVersion(resource.apiVersion);
      const candidates = definitions.get(groupKind(group, resource.kind));
      if (!candidates) return undefined;
      const serving = nearest(resource, candidates.filter((d) => d.served.some((v) => v.name === version)))
        .flatMap((d) => d.served.filter((v) => v.name === version));
      if (serving.length === 0) return [versionNotServed(resource, candidates.flatMap((d) => d.served.map((v) => v.name)))];
      let best: SchemaIssue[] | undefined;
      for (const served of serving) {
        const issues = validatorOf(served).validate(resource);
        if (issues.length === 0) return [];
        if (!best || issues.length < best.length) best = issues;
      }
      return best ?? [];
    },
    scopeOf(apiVersion, kind) {
      const candidates = definitions.get(groupKind(splitApiVersion(apiVersion).group, kind)) ?? [];
      return candidates.find((d) => d.scope !== undefined)?.scope;
    },
    definitionIssues(crd) {
      const { group, version } = splitApiVersion(crd.apiVersion);
      return crd.kind === 'CustomResourceDefinition' && group === 'apiextensions.k8s.io' && version === 'v1' ? definitionIssues(crd) : [];
    },
  };
}

function nearest(resource: Resource, definitions: CrdDefinition[]): CrdDefinition[] {
  if (definitions.length < 2) return definitions;
  const scores = definitions.map((d) => folderAffinity(resource, d.crd));
  const best = Math.max(...scores);
  return definitions.filter((_, i) => scores[i] === best);
}
