import { internalFailure, resourceIdOf, withoutEmptyDefaults, type Diagnostic, type KubernetesVersion, type Resource, type ResourceSet } from '../resources/index.js';
import type { ApiCheck, ApiCheckContext } from './api-check.js';

/** Runs `checks` on every resource; a check that throws becomes one `internal` diagnostic. */
export function runChecks(
  checks: readonly ApiCheck[],
  resources: ResourceSet,
  options: { kubernetesVersion: KubernetesVersion; only?: readonly Resource[] },
): Diagnostic[] {
  const context: ApiCheckContext = { kubernetesVersion: options.kubernetesVersion, resources };
  const out: Diagnostic[] = [];
  // `only` limits the checks to some resources (a worker's share) while context sees them all
  for (const resource of options.only ?? resources) {
    const seen = asServerSees(resource);
    for (const check of checks) {
      try {
        for (const found of check.check(seen, context)) {
          out.push({
            ruleId: `api/${check.id}`,
            severity: found.severity ?? 'error',
            message: found.message,
            messageId: found.messageId,
            range: resource.rangeOf(found.path, found.target),
            resource: resourceIdOf(resource),
            path: found.path,
          });
        }
      } catch (error) {
        out.push(internalFailure(`the check api/${check.id}`, 'checkFailed', resource, error));
      }
    }
  }
  return out;
}

// The server defaults `""` on fields like protocol or imagePullPolicy before it validates, so
// the checks see such a field as absent. Ranges and ids still come from the resource as written.
function asServerSees(resource: Resource): Resource {
  const object = withoutEmptyDefaults(resource.object, resource.apiVersion, resource.kind);
  return object === resource.object ? resource : { ...resource, object };
}
