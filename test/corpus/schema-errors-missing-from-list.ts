/**
 * Corpus files the built-in schemas reject although expected-errors.txt does not list them; each
 * was checked by hand and is a real error (the list is what is wrong, see corpus/NOTES.md).
 */
export const realErrorsMissingFromList: Record<string, string> = {
  'GoogleCloudPlatform__microservices-demo/kustomize/components/without-loadgenerator/delete-loadgenerator.patch.yaml': 'kustomize patch: `$patch: delete`',
  'argoproj__argo-cd/examples/known-hosts/argocd-known-hosts-mounts.yaml': 'kustomize patch: no spec.selector',
  'argoproj__argo-cd/examples/plugins/helm/argocd-repo-server-deployment-patch.yaml': 'kustomize patch: no spec.selector',
  'argoproj__argo-cd/gitops-engine/pkg/health/testdata/hpa-v2-degraded.yaml': 'autoscaling/v2 has no targetCPUUtilizationPercentage (v1 field)',
  'argoproj__argo-cd/gitops-engine/pkg/health/testdata/hpa-v2-healthy.yaml': 'autoscaling/v2 has no targetCPUUtilizationPercentage (v1 field)',
  'argoproj__argo-cd/gitops-engine/pkg/health/testdata/hpa-v2-progressing.yaml': 'autoscaling/v2 has no targetCPUUtilizationPercentage (v1 field)',
  'argoproj__argo-cd/gitops-engine/pkg/health/testdata/ingress-nonemptylist.yaml': 'networking.k8s.io/v1 Ingress with v1beta1 serviceName/servicePort, no pathType',
  'argoproj__argo-cd/gitops-engine/pkg/health/testdata/ingress-unassigned.yaml': 'networking.k8s.io/v1 Ingress with v1beta1 serviceName/servicePort, no pathType',
  'argoproj__argo-cd/gitops-engine/pkg/health/testdata/ingress.yaml': 'networking.k8s.io/v1 Ingress with v1beta1 serviceName/servicePort, no pathType',
  'argoproj__argo-cd/manifests/base/application-controller-deployment/argocd-application-controller-statefulset.yaml': 'kustomize base: selector added by kustomize',
  'argoproj__argo-cd/manifests/ha/base/controller-deployment/argocd-application-controller-statefulset.yaml': 'kustomize patch: no spec.selector',
  'argoproj__argo-cd/manifests/ha/base/controller-deployment/argocd-repo-server-deployment.yaml': 'kustomize patch: no spec.selector',
  'argoproj__argo-cd/manifests/ha/base/controller-deployment/argocd-server-deployment.yaml': 'kustomize patch: no spec.selector',
  'argoproj__argo-cd/manifests/ha/base/overlays/argocd-application-controller-statefulset.yaml': 'kustomize patch: no spec.selector',
  'argoproj__argo-cd/manifests/ha/base/overlays/argocd-repo-server-deployment.yaml': 'kustomize patch: no spec.selector',
  'argoproj__argo-cd/manifests/ha/base/overlays/argocd-server-deployment.yaml': 'kustomize patch: no spec.selector',
  'fluxcd__flux2/cmd/flux/testdata/build-kustomization/podinfo/stringdata-secret.yaml': 'SOPS-encrypted Secret: top-level `sops` field',
  'kubernetes-sigs__metrics-server/manifests/base/deployment.yaml': 'kustomize base: selector added by kustomize labels',
  'kubernetes-sigs__metrics-server/manifests/components/autoscale/patch.yaml': 'kustomize patch: `$patch`, no selector',
  'kubernetes-sigs__metrics-server/manifests/components/high-availability/patch.yaml': 'kustomize patch: no selector, no containers',
  'kubernetes__dashboard/aio/test-resources/nginx-daemon-daemon-set.yaml': 'apps/v1 DaemonSet without spec.selector',
  'kubernetes__examples/_archived/volumes/fibre_channel/fc.yaml': 'placeholder `lun: <ADD LUN ID Here>` for an integer',
  'kubernetes__examples/_archived/volumes/rbd/rbd.yaml': 'imageformat/imagefeatures are StorageClass parameters, not RBD volume fields',
  'kubernetes__examples/_archived/volumes/scaleio/pod.yaml': 'typo `protectionDoamin`',
  'kubernetes__examples/_archived/volumes/storageos/storageos-pod.yaml': 'storageos volume has no `pool`',
  'kubernetes__examples/_archived/volumes/storageos/storageos-pv.yaml': 'storageos PV source has secretRef, not secretName',
  'kubernetes__ingress-nginx/deploy/prometheus/deployment.yaml': 'kustomize base: selector added by commonLabels',
  'kubernetes__ingress-nginx/docs/examples/auth/oauth-external-auth/vouch-proxy.yaml': 'env value `true` is a boolean, EnvVar.value is a string',
};
