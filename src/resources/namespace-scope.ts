import { splitApiVersion } from './resource-id.js';
import type { Resource } from './resource.js';
import type { ResourceSet } from './resource-set.js';
import { namespaceOf } from './namespace.js';
import { podTemplatePath } from './pod-template.js';

// Built-in (and common add-on) kinds that live outside namespaces, so they never count as objects of a namespace.
const clusterScoped: Record<string, readonly string[]> = {
  '': ['Namespace', 'Node', 'PersistentVolume', 'ComponentStatus'],
  'rbac.authorization.k8s.io': ['ClusterRole', 'ClusterRoleBinding'],
  'storage.k8s.io': ['StorageClass', 'CSIDriver', 'CSINode', 'VolumeAttachment', 'VolumeAttributesClass'],
  'scheduling.k8s.io': ['PriorityClass'],
  'node.k8s.io': ['RuntimeClass'],
  'networking.k8s.io': ['IngressClass', 'IPAddress', 'ServiceCIDR'],
  'admissionregistration.k8s.io': [
    'ValidatingWebhookConfiguration',
    'MutatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
  ],
  'apiextensions.k8s.io': ['CustomResourceDefinition'],
  'apiregistration.k8s.io': ['APIService'],
  'certificates.k8s.io': ['CertificateSigningRequest', 'ClusterTrustBundle'],
  'flowcontrol.apiserver.k8s.io': ['FlowSchema', 'PriorityLevelConfiguration'],
  'resource.k8s.io': ['DeviceClass', 'ResourceSlice'],
  'cert-manager.io': ['ClusterIssuer'],
};

/** Whether the object is of a kind known to be cluster-scoped (a custom kind counts as namespaced). */
export function isClusterScoped(resource: Resource): boolean {
  return clusterScoped[splitApiVersion(resource.apiVersion).group]?.includes(resource.kind) ?? false;
}

/** Whether the input holds a namespaced object, other than `resource`, in the namespace `namespace`. */
export function namespaceHasOtherObjects(resource: Resource, resources: ResourceSet, namespace: string, defaultNamespace: string): boolean {
  const objects = memo(resources, `objects\u0000${defaultNamespace}\u0000${namespace}`, () =>
    resources.items.filter((other) => !isClusterScoped(other) && namespaceOf(other, defaultNamespace) === namespace),
  );
  return objects.some((other) => other !== resource);
}

// Cross-resource rules ask these questions once per object; a ResourceSet never changes, so the
// answers are kept per set (without this, lint on 20,000 objects is quadratic).
const answers = new WeakMap<ResourceSet, Map<string, Resource[]>>();

function memo(resources: ResourceSet, key: string, compute: () => Resource[]): Resource[] {
  let cache = answers.get(resources);
  if (!cache) answers.set(resources, (cache = new Map()));
  let answer = cache.get(key);
  if (!answer) cache.set(key, (answer = compute()));
  return answer;
}

/** Whether the object creates Pods from a pod template (a Pod or a controller, not a PodTemplate). */
export function createsPods(resource: Resource): boolean {
  return resource.kind !== 'PodTemplate' && podTemplatePath(resource.kind) !== undefined;
}

/** The objects of the input that create Pods, optionally only those of one namespace. */
export function podCreatorsOf(resources: ResourceSet, namespace?: string, defaultNamespace = 'default'): Resource[] {
  return memo(resources, `creators\u0000${defaultNamespace}\u0000${namespace ?? '\u0000'}`, () =>
    resources.items.filter((resource) => createsPods(resource) && (namespace === undefined || namespaceOf(resource, defaultNamespace) === namespace)),
  );
}

/** The objects of `kind` in `namespace` (objects naming none count as `defaultNamespace`). */
export function ofKindIn(resources: ResourceSet, kind: string, namespace: string, defaultNamespace: string): Resource[] {
  return memo(resources, `kind\u0000${kind}\u0000${defaultNamespace}\u0000${namespace}`, () =>
    resources.ofKind(kind).filter((r) => namespaceOf(r, defaultNamespace) === namespace),
  );
}

/**
 * When a cross-resource rule reports a selector that matches no Pods: `inputHasWorkloads` only when
 * the input contains some workload (in any namespace), `namespaceHasWorkloads` only when it contains
 * one in the selector's namespace, `always` every time.
 */
export type SelectionReportWhen = 'inputHasWorkloads' | 'namespaceHasWorkloads' | 'always';

/** Whether a rule with the `reportWhen` setting should judge a selector in `namespace`. */
export function shouldJudgeSelection(reportWhen: unknown, resources: ResourceSet, namespace: string, defaultNamespace: string): boolean {
  if (reportWhen === 'always') return true;
  if (reportWhen === 'namespaceHasWorkloads') return podCreatorsOf(resources, namespace, defaultNamespace).length > 0;
  return podCreatorsOf(resources).length > 0;
}
