import { defineRule } from '../src/lint/rule-api.js';
import { namespaceOf, podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'sa-token-automount',
  summary: 'Pods mount a service account token only when they call the Kubernetes API.',
  rationale:
    'Kubernetes mounts a token of the pod\'s service account into every container unless told not to. Most applications never call the API server, and for them the token only helps an attacker who gets into the container to talk to the cluster with the pod\'s permissions.',
  fix: 'Set `automountServiceAccountToken: false` in the pod spec, or on the ServiceAccount the pod uses; pods that call the API can keep the token, with the rule exempted for them.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'strict',
  messages: {
    enabled: 'The pod sets automountServiceAccountToken to true.',
    notDisabled: 'The pod mounts the token of service account "{{serviceAccount}}": neither the pod nor the ServiceAccount sets automountServiceAccountToken to false.',
  },
  peers: { polaris: 'automountServiceAccountToken' },
  check({ resource, resources, defaultNamespace, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const own = pod.spec.automountServiceAccountToken;
    if (own === false) return;
    if (own === true) {
      report({ messageId: 'enabled', path: [...pod.path, 'automountServiceAccountToken'] });
      return;
    }
    // the pod spec inherits the ServiceAccount's setting when it has none of its own
    const named = [pod.spec.serviceAccountName, pod.spec.serviceAccount].find((name) => typeof name === 'string' && name !== '');
    const serviceAccount = typeof named === 'string' ? named : 'default';
    const namespace = namespaceOf(resource, defaultNamespace);
    const account = resources.ofKind('ServiceAccount').find((sa) => sa.name === serviceAccount && namespaceOf(sa, defaultNamespace) === namespace);
    if (account?.object.automountServiceAccountToken === false) return;
    report({ messageId: 'notDisabled', path: [...pod.path, 'automountServiceAccountToken'], data: { serviceAccount } });
  },
});
