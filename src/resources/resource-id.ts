/** What identifies an object to the API server. */
export interface ResourceId {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/** Splits `apps/v1` into group `apps` and version `v1`; the core group is ''. */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** `apps/v1/Deployment shop/web`, the form used in messages and plan output. */
export function formatResourceId(id: ResourceId): string {
  const where = id.namespace ? `${id.namespace}/${id.name}` : id.name;
  return `${id.apiVersion}/${id.kind} ${where}`;
}

/** The identity of a resource, for a diagnostic's `resource` field. */
export function resourceIdOf(resource: ResourceId): ResourceId {
  const { apiVersion, kind, name, namespace } = resource;
  return namespace === undefined ? { apiVersion, kind, name } : { apiVersion, kind, name, namespace };
}
