export const missedByList: Record<string, { ruleId: string; why: string }[]> = {
  'argoproj__argo-cd/examples/plugins/helm/argocd-repo-server-deployment-patch.yaml': [
    { ruleId: 'api/volume-mounts', why: 'a kustomize patch: its volumeMounts name volumes only the base declares' },
  ],
  'argoproj__argo-cd/gitops-engine/pkg/health/testdata/ingress.yaml': [
    { ruleId: 'api/ingress', why: 'networking.k8s.io/v1 backend written with v1beta1 serviceName/servicePort' },
  ],
  'argoproj__argo-cd/gitops-engine/pkg/health/testdata/ingress-nonemptylist.yaml': [
    { ruleId: 'api/ingress', why: 'networking.k8s.io/v1 backend written with v1beta1 serviceName/servicePort' },
  ],
  'argoproj__argo-cd/gitops-engine/pkg/health/testdata/ingress-unassigned.yaml': [
    { ruleId: 'api/ingress', why: 'networking.k8s.io/v1 backend written with v1beta1 serviceName/servicePort' },
  ],
  'fluxcd__flux2/cmd/flux/testdata/build-kustomization/var-substitution/deployment.yaml': [
    { ruleId: 'api/labels', why: 'unsubstituted ${...} placeholders as label values' },
  ],
  'istio__istio/samples/mtls-echo/mtls-echo.yaml': [
    { ruleId: 'api/volume-mounts', why: 'mounts volume "ca-certs" but the pod declares "ca"' },
  ],
  'istio__istio/samples/security/spire-trust-domain-federation/cluster-federated-trust-domain.yaml': [
    { ruleId: 'api/object-name', why: 'unsubstituted ${CLUSTER} placeholder as the name' },
  ],
  'kubernetes__autoscaler/cluster-autoscaler/cloudprovider/bizflycloud/manifest/cluster-autoscaler.yaml': [
    { ruleId: 'api/volume-mounts', why: 'mounts volume "kubeconfig" but the pod declares "ssl-cekubeconfigrts"' },
  ],
  'kubernetes__autoscaler/cluster-autoscaler/cloudprovider/clusterapi/examples/deployment.yaml': [
    { ruleId: 'api/namespace-name', why: 'unsubstituted ${AUTOSCALER_NS} placeholder as the namespace' },
  ],
  'kubernetes__examples/_archived/volumes/aws_ebs/aws-ebs-web.yaml': [
    { ruleId: 'api/container-ports', why: 'protocol "tcp": the server only accepts uppercase TCP, UDP, SCTP' },
  ],
  'kubernetes__examples/_archived/volumes/cinder/cinder-web.yaml': [
    { ruleId: 'api/container-ports', why: 'protocol "tcp": the server only accepts uppercase TCP, UDP, SCTP' },
  ],
  'kubernetes__ingress-nginx/docs/examples/auth/oauth-external-auth/oauth2-proxy.yaml': [
    { ruleId: 'api/ingress', why: '__INGRESS_HOST__ placeholder as the host' },
  ],
  'kubernetes__ingress-nginx/docs/examples/auth/oauth-external-auth/vouch-proxy.yaml': [
    { ruleId: 'api/ingress', why: '__INGRESS_HOST__ placeholder as the host' },
  ],
  'kubernetes__ingress-nginx/docs/examples/docker-registry/ingress-with-tls.yaml': [
    { ruleId: 'api/ingress', why: '"registry.<your domain>" placeholder as the host' },
  ],
  'kubernetes__ingress-nginx/docs/examples/docker-registry/ingress-without-tls.yaml': [
    { ruleId: 'api/ingress', why: '"registry.<your domain>" placeholder as the host' },
  ],
  // gatekeeper "disallowed" samples: an init/ephemeral container reuses a container's name
  ...Object.fromEntries([
    'allowedrepos/samples/repo-must-be-openpolicyagent/disallowed_all.yaml',
    'allowedreposv2/samples/repo-must-be-openpolicyagent/disallowed_all.yaml',
    'disallowedrepos/samples/repo-must-not-be-k8s-gcr-io/disallowed_all.yaml',
    'disallowedtags/samples/container-image-must-not-have-latest-tag/disallowed_tag_ephemeral.yaml',
    'imagedigests/samples/container-image-must-have-digest/disallowed_all.yaml',
  ].map((file) => [
    `open-policy-agent__gatekeeper-library/library/general/${file}`,
    [{ ruleId: 'api/container-names', why: 'container names must be unique across init, regular and ephemeral containers' }],
  ])),
};
