import { defineRule } from '../src/lint/rule-api.js';
import { isObject, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'default-namespace',
  summary: 'Workloads and Services live in a namespace of their own, not in `default`.',
  rationale:
    'The `default` namespace is where everything lands that nobody placed: objects of unrelated teams and tools mix there, so RBAC, ResourceQuotas, LimitRanges and NetworkPolicies cannot be scoped to one application, and a `kubectl delete` or a default-deny policy aimed at one of them hits them all.',
  fix: 'Set `metadata.namespace` to the application\'s own namespace. If the manifests deliberately name none because they are applied with `kubectl -n` or a kustomization\'s `namespace`, tell drydock that namespace with `namespace` in the config (or `--namespace`), and the rule no longer fires for them.',
  category: 'configuration',
  severity: 'info',
  kinds: ['Service', ...workloadKinds],
  preset: 'all',
  messages: {
    explicit: '{{kind}} "{{name}}" is in the default namespace.',
    implicit: '{{kind}} "{{name}}" names no namespace, so it is created in the default namespace.',
  },
  peers: { kubeLinter: 'use-namespace' },
  peerDifferences:
    'kube-linter always treats a missing namespace as `default`; drydock uses the namespace set in its config or with `--namespace`, so manifests applied into a namespace from outside are not flagged once that is configured.',
  check({ resource, defaultNamespace, report }) {
    const metadata = resource.object.metadata;
    if (!isObject(metadata)) return;
    const namespace = metadata.namespace;
    const data = { kind: resource.kind, name: resource.name };
    if (namespace === 'default') report({ messageId: 'explicit', path: ['metadata', 'namespace'], data });
    else if ((namespace === undefined || namespace === null || namespace === '') && defaultNamespace === 'default') {
      report({ messageId: 'implicit', path: ['metadata', 'namespace'], data });
    }
  },
});
