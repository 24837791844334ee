/**
 * Corpus files missing from expected-errors.txt whose custom resources the API server would
 * still reject under the CRDs of the same corpus. Each was checked by hand against its CRD.
 */
export const unlistedInvalidFiles: Record<string, string> = {
  'argoproj__argo-cd/gitops-engine/pkg/health/testdata/application-degraded.yaml': 'status-only fragment: no metadata, no spec (both required)',
  'argoproj__argo-cd/gitops-engine/pkg/health/testdata/application-healthy.yaml': 'status-only fragment: no metadata, no spec (both required)',
  ...sameReason(
    'gateway.networking.k8s.io/v1 BackendTLSPolicy targetRefs have no namespace field',
    ['degraded_accepted', 'degraded_resolved_refs', 'healthy', 'progressing', 'progressing_observed_generation'].map(
      (name) => `argoproj__argo-cd/resource_customizations/gateway.networking.k8s.io/BackendTLSPolicy/testdata/${name}.yaml`,
    ),
  ),
  'argoproj__argo-cd/resource_customizations/snapshot.storage.k8s.io/VolumeSnapshot/testdata/initializing.yaml': 'spec.driver does not exist and spec.source is required',
  'argoproj__argo-cd/resource_customizations/snapshot.storage.k8s.io/VolumeSnapshotContent/testdata/bad.yaml': 'required deletionPolicy, source and volumeSnapshotRef missing',
  'argoproj__argo-cd/resource_customizations/snapshot.storage.k8s.io/VolumeSnapshotContent/testdata/good.yaml': 'required deletionPolicy missing; volumeSnapshotRef lacks name and namespace (CEL rule)',
  'argoproj__argo-cd/resource_customizations/snapshot.storage.k8s.io/VolumeSnapshotContent/testdata/initializing.yaml': 'required deletionPolicy, source and volumeSnapshotRef missing',
  'istio__istio/samples/security/spire-trust-domain-federation/cluster-federated-trust-domain.yaml': 'spec.className is not in the ClusterFederatedTrustDomain CRD of spire-quickstart.yaml',
  'kubernetes-csi__csi-driver-host-path/examples/csi-block-pvc-snapshot.yaml': 'v1alpha1 field names (snapshotClassName, source.kind/name) under snapshot.storage.k8s.io/v1',
  'kubernetes-csi__external-snapshotter/examples/kubernetes/invalid-snapshot-v1.yaml': 'invalid on purpose: sets both sources, which a CEL rule forbids',
  ...sameReason(
    'webhook conversion input with spec: {}, so the required driver, source, deletionPolicy and volumeGroupSnapshotRef are missing',
    [
      'v1beta1_to_v1beta2/annotation_no_status_v1beta1', 'v1beta1_to_v1beta2/annotation_no_status_v1beta2',
      'v1beta1_to_v1beta2/annotation_status_v1beta1', 'v1beta1_to_v1beta2/annotation_status_v1beta2',
      'v1beta1_to_v1beta2/no_annotation_no_status_v1beta1', 'v1beta1_to_v1beta2/no_annotation_no_status_v1beta2',
      'v1beta1_to_v1beta2/no_annotation_status_v1beta1', 'v1beta1_to_v1beta2/no_annotation_status_v1beta2',
      'v1beta2_to_v1beta1/annotation_status_v1beta1', 'v1beta2_to_v1beta1/annotation_status_v1beta2',
      'v1beta2_to_v1beta1/no_annotation_no_status_v1beta1', 'v1beta2_to_v1beta1/no_annotation_no_status_v1beta2',
    ].map((name) => `kubernetes-csi__external-snapshotter/pkg/webhook/testdata/${name}.yaml`),
  ),
  'tektoncd__pipeline/examples/v1/pipelineruns/optional-workspaces.yaml': 'the tekton.dev/v1 Task CRD requires steps[].name and these steps have none',
};

function sameReason(reason: string, files: string[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file, reason]));
}
