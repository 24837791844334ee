import type { Diagnostic, JsonPath, Resource } from '../../resources/index.js';

/** An error about a cluster model file, at the field responsible. */
export function clusterDiagnostic(resource: Resource, path: JsonPath, message: string): Diagnostic {
  return {
    ruleId: 'input/cluster-invalid',
    messageId: 'cluster-invalid',
    severity: 'error',
    message,
    range: resource.rangeOf(path),
    path,
  };
}
