import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { LineIndex } from '../../src/load/line-index.js';
import { yamlNodeRange } from '../../src/load/yaml-node-range.js';
import { ResourceSet, isObject, type Resource } from '../../src/resources/index.js';
import { runApiChecks } from '../../src/validate/index.js';

const corpus = join(process.cwd(), '..', 'shared', 'corpus');

// Real rejections that expected-errors.txt does not list yet (reported upstream to the corpus
// owners); each entry names the rule that finds it and why the server rejects the file.
const missedByList: Record<string, { ruleId: string; why: string }[]> = {
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

function manifestFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return manifestFiles(path);
    return /\.(ya?ml|json)$/.test(entry.name) ? [path] : [];
  });
}

// Like makeResources, but parses each file once and skips files with YAML errors.
function resourcesOf(text: string, file: string): Resource[] {
  const docs = parseAllDocuments(text, { version: '1.1', merge: true });
  if (!Array.isArray(docs) || docs.some((doc) => doc.errors.length > 0)) return [];
  const lines = new LineIndex(text);
  return docs.flatMap((doc, documentIndex) => {
    const object = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (!isObject(object)) return [];
    const metadata = isObject(object.metadata) ? object.metadata : {};
    const resource: Resource = {
      apiVersion: String(object.apiVersion ?? ''),
      kind: String(object.kind ?? ''),
      name: String(metadata.name ?? ''),
      namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
      object,
      source: { file, documentIndex },
      rangeOf(path, target) {
        const range = yamlNodeRange(doc, path, target) ?? { start: 0, end: 0 };
        return { file, start: lines.positionOf(range.start), end: lines.positionOf(range.end) };
      },
    };
    return [resource];
  });
}

describe.skipIf(!existsSync(corpus))('API checks on the shared corpus', () => {
  it('finds no error in files the corpus does not list as rejected', () => {
    const expected = new Set(
      readFileSync(join(corpus, 'expected-errors.txt'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#')),
    );
    const resources: Resource[] = [];
    for (const file of manifestFiles(corpus)) {
      resources.push(...resourcesOf(readFileSync(file, 'utf8'), relative(corpus, file)));
    }
    // one input, so custom resources find their CRDs like they would in a single run
    const diagnostics = runApiChecks(new ResourceSet(resources), { kubernetesVersion: '1.36' });
    const errors = diagnostics.filter((d) => d.severity === 'error' && !expected.has(d.range.file));
    const isKnown = (file: string, ruleId: string): boolean => missedByList[file]?.some((m) => m.ruleId === ruleId) ?? false;
    const unexpected = errors
      .filter((d) => !isKnown(d.range.file, d.ruleId))
      .map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.message}`);
    expect(unexpected).toEqual([]);
    // every known miss is still found, so the list shrinks when the corpus is fixed
    const foundFiles = new Set(errors.map((d) => d.range.file));
    expect(Object.keys(missedByList).filter((file) => !foundFiles.has(file))).toEqual([]);
  });
});
