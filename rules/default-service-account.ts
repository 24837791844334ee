import { defineRule } from '../src/lint/rule-api.js';
import { podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'default-service-account',
  summary: 'Workloads run as a service account of their own, not `default`.',
  rationale:
    'Every Pod of a namespace that names no service account shares `default`. Any permission granted to one of them (a RoleBinding added for one app) is then granted to all, and the audit log cannot tell them apart.',
  fix: 'Create a ServiceAccount for the workload and set `serviceAccountName` in its pod spec; set `automountServiceAccountToken: false` if it needs no API access.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'all',
  messages: {
    defaultAccount: '"{{name}}" runs as the default service account.',
  },
  peers: { kubeLinter: 'default-service-account' },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const { serviceAccountName, serviceAccount } = pod.spec;
    const account = typeof serviceAccountName === 'string' && serviceAccountName !== '' ? serviceAccountName : serviceAccount;
    if (account === undefined || account === '' || account === 'default') {
      const field = serviceAccountName !== undefined ? 'serviceAccountName' : serviceAccount !== undefined ? 'serviceAccount' : 'serviceAccountName';
      report({ messageId: 'defaultAccount', path: [...pod.path, field], data: { name: resource.name } });
    }
  },
});
