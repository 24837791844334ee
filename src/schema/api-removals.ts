/** One upstream API removal: these kinds of `apiVersion` stop being served at `removedIn`. */
export interface ApiRemoval {
  apiVersion: string;
  kinds: readonly string[];
  /** The first Kubernetes minor version that no longer serves them. */
  removedIn: string;
  /** Set when the removal was announced while the API was still served (warned about until then). */
  deprecatedIn?: string;
  /** Where the kinds moved; `null` when the kind itself is gone (PodSecurityPolicy). */
  replacement: string | null;
}

const workloads = ['DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet', 'ControllerRevision'];
const flowcontrol = ['FlowSchema', 'PriorityLevelConfiguration'];

/**
 * Removed built-in APIs, from the Kubernetes deprecation guide
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/). Only the removals before
 * the oldest bundled spec (1.28) and the deprecation dates need listing: whatever the bundled specs
 * show appearing or disappearing between 1.28 and 1.36 is derived from them.
 */
export const apiRemovals: readonly ApiRemoval[] = [
  { apiVersion: 'extensions/v1beta1', kinds: ['DaemonSet', 'Deployment', 'ReplicaSet'], removedIn: '1.16', replacement: 'apps/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], removedIn: '1.16', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.16', replacement: null },
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'apps/v1beta1', kinds: workloads, removedIn: '1.16', replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kinds: workloads, removedIn: '1.16', replacement: 'apps/v1' },
  { apiVersion: 'admissionregistration.k8s.io/v1alpha1', kinds: ['InitializerConfiguration'], removedIn: '1.14', replacement: null },
  { apiVersion: 'settings.k8s.io/v1alpha1', kinds: ['PodPreset'], removedIn: '1.20', replacement: null },
  { apiVersion: 'batch/v2alpha1', kinds: ['CronJob'], removedIn: '1.21', replacement: 'batch/v1' },
  ...v1beta1RemovedIn122(),
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress', 'IngressClass'], removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], removedIn: '1.25', replacement: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], removedIn: '1.25', replacement: 'discovery.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], removedIn: '1.25', replacement: 'events.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], removedIn: '1.25', replacement: 'autoscaling/v2' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], removedIn: '1.25', replacement: 'policy/v1' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.25', replacement: null },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], removedIn: '1.25', replacement: 'node.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], removedIn: '1.26', replacement: 'autoscaling/v2' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: flowcontrol, removedIn: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], removedIn: '1.27', replacement: 'storage.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: flowcontrol, deprecatedIn: '1.26', removedIn: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kinds: flowcontrol, deprecatedIn: '1.29', removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
];

/** The 1.22 removal of the v1beta1 versions that had gone GA. */
function v1beta1RemovedIn122(): ApiRemoval[] {
  const moved: [string, string[]][] = [
    ['admissionregistration.k8s.io', ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration']],
    ['apiextensions.k8s.io', ['CustomResourceDefinition']],
    ['apiregistration.k8s.io', ['APIService']],
    ['authentication.k8s.io', ['TokenReview']],
    ['authorization.k8s.io', ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview']],
    ['certificates.k8s.io', ['CertificateSigningRequest']],
    ['coordination.k8s.io', ['Lease']],
    ['rbac.authorization.k8s.io', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding']],
    ['scheduling.k8s.io', ['PriorityClass']],
    ['storage.k8s.io', ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment']],
  ];
  return moved.map(([group, kinds]) => ({
    apiVersion: `${group}/v1beta1`, kinds, removedIn: '1.22', replacement: `${group}/v1`,
  }));
}
