import { isObject, type JsonObject } from '../../resources/index.js';

/** The annotation `kubectl apply` keeps the last applied manifest in. */
export const lastAppliedAnnotation = 'kubectl.kubernetes.io/last-applied-configuration';

const serverMetadata = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'selfLink', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields'];
const controllerFinalizers = new Set(['kubernetes.io/pvc-protection', 'kubernetes.io/pv-protection', 'foregroundDeletion', 'orphan']);
const serverAnnotations = [lastAppliedAnnotation, 'deployment.kubernetes.io/revision'];
const serverAnnotationPrefixes = ['pv.kubernetes.io/', 'volume.kubernetes.io/', 'volume.beta.kubernetes.io/'];

/**
 * Removes what the API server and controllers write into a live object (`status`, uid,
 * resourceVersion, managedFields, bookkeeping annotations, controller finalizers), so that a
 * live dump compares with manifests. Changes `object` in place; it must be a copy.
 */
export function stripServerFields(object: JsonObject, kind: string, keepOwnerReferences: boolean): void {
  delete object.status;
  const metadata = object.metadata;
  if (isObject(metadata)) {
    for (const key of serverMetadata) delete metadata[key];
    if (!keepOwnerReferences) delete metadata.ownerReferences;
    const annotations = metadata.annotations;
    if (isObject(annotations)) {
      for (const key of Object.keys(annotations)) {
        if (serverAnnotations.includes(key) || serverAnnotationPrefixes.some((prefix) => key.startsWith(prefix))) delete annotations[key];
      }
    }
    if (Array.isArray(metadata.finalizers)) metadata.finalizers = metadata.finalizers.filter((f) => !controllerFinalizers.has(String(f)));
    if (kind === 'Namespace' && isObject(metadata.labels)) delete metadata.labels['kubernetes.io/metadata.name'];
  }
  // old clients serialised an unset template timestamp as null
  const spec = object.spec;
  if (isObject(spec) && isObject(spec.template) && isObject(spec.template.metadata)) delete spec.template.metadata.creationTimestamp;
  if (isObject(spec) && isObject(spec.jobTemplate)) {
    const jobTemplate = spec.jobTemplate;
    if (isObject(jobTemplate.metadata)) delete jobTemplate.metadata.creationTimestamp;
    if (isObject(jobTemplate.spec) && isObject(jobTemplate.spec.template) && isObject(jobTemplate.spec.template.metadata)) {
      delete jobTemplate.spec.template.metadata.creationTimestamp;
    }
  }
}

/** A live object carries what only the server writes; a manifest never does. */
export function isLiveObject(object: JsonObject): boolean {
  const metadata = object.metadata;
  if (!isObject(metadata)) return false;
  return metadata.uid !== undefined || metadata.resourceVersion !== undefined || metadata.creationTimestamp !== undefined || metadata.managedFields !== undefined;
}

/** The last-applied manifest of a live object, or undefined when it has none (or it is not JSON). */
export function lastAppliedOf(object: JsonObject): JsonObject | undefined {
  const metadata = object.metadata;
  if (!isObject(metadata) || !isObject(metadata.annotations)) return undefined;
  const text = metadata.annotations[lastAppliedAnnotation];
  if (typeof text !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
