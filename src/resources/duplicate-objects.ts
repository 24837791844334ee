import type { Diagnostic } from './diagnostic.js';
import { isObject } from './pod-template.js';
import { isClusterScoped } from './namespace-scope.js';
import { resourceIdOf, splitApiVersion } from './resource-id.js';
import type { JsonObject, Resource } from './resource.js';
import type { SourceRange } from './source-range.js';

/** The identity the API server stores an object under: group, kind, namespace, name (never the version). */
export function objectKey(apiVersion: string, kind: string, namespace: string | undefined, name: string): string {
  return `${splitApiVersion(apiVersion).group}/${kind}/${namespace ?? ''}/${name}`;
}

/**
 * The clash of two documents for one object, worded once for the planner and the checks. When two
 * kustomizations build it (`builtBy`: the earlier's and the later's kustomization files), the
 * document is the same base line seen through both: they name the overlays instead.
 */
export function duplicateObjectMessage(kind: string, name: string, earlier: SourceRange, builtBy?: readonly [string, string]): string {
  if (builtBy && builtBy[0] !== builtBy[1]) {
    return `${kind} "${name}" is built by two kustomizations (${builtBy[0]} and ${builtBy[1]}); applied together, the later would overwrite the earlier: plan one overlay at a time`;
  }
  return `${kind} "${name}" is defined twice (also in ${earlier.file}:${earlier.start.line}); the later one would overwrite the earlier`;
}

/** `group/Kind` of every custom kind whose CRD (among `crds`, plain objects) says it is cluster-scoped. */
export function clusterScopedCustomKinds(crds: Iterable<JsonObject>): Set<string> {
  const out = new Set<string>();
  for (const crd of crds) {
    const spec = crd.spec;
    if (!isObject(spec) || !isObject(spec.names) || spec.scope !== 'Cluster') continue;
    if (typeof spec.group === 'string' && typeof spec.names.kind === 'string') out.add(`${spec.group}/${spec.names.kind}`);
  }
  return out;
}

/**
 * Objects defined twice among `resources` (same group, kind, namespace and name), in their order:
 * `kubectl apply` applies both, and the later silently overwrites the earlier, so the second is
 * reported (a warning: the server accepts both) at its `metadata.name`, naming the first.
 */
export function findDuplicateObjects(resources: Iterable<Resource>, scope: { defaultNamespace: string; clusterScopedCustomKinds: ReadonlySet<string> }): Diagnostic[] {
  // most inputs define no object twice: a first pass on kind and name alone (no key to build for
  // the namespace and group) finds the few that may clash
  const seen = new Set<string>();
  const candidates = new Set<string>();
  const named: Resource[] = [];
  for (const resource of resources) {
    // `name` falls back to generateName, which names no object
    if (!isObject(resource.object.metadata) || typeof resource.object.metadata.name !== 'string' || resource.name === '') continue;
    const short = `${resource.kind}/${resource.name}`;
    if (seen.has(short)) candidates.add(short);
    else seen.add(short);
    named.push(resource);
  }
  if (candidates.size === 0) return [];
  const first = new Map<string, Resource>();
  const out: Diagnostic[] = [];
  for (const resource of named) {
    const { apiVersion, kind, name } = resource;
    if (!candidates.has(`${kind}/${name}`)) continue;
    const clusterScoped = isClusterScoped(resource) || scope.clusterScopedCustomKinds.has(`${splitApiVersion(apiVersion).group}/${kind}`);
    const key = objectKey(apiVersion, kind, clusterScoped ? undefined : (resource.namespace ?? scope.defaultNamespace), name);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, resource);
      continue;
    }
    const path = ['metadata', 'name'];
    const message = duplicateObjectMessage(kind, name, earlier.rangeOf(path));
    out.push({ ruleId: 'input/duplicate-object', messageId: 'duplicate', severity: 'warning', message, range: resource.rangeOf(path), resource: resourceIdOf(resource), path });
  }
  return out;
}
