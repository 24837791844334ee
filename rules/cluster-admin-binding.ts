import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { boundRoleOf, nameMatchesAny, policyRulesOf, roleRefOf, roleBindingKinds } from '../src/resources/index.js';
import type { JsonObject } from '../src/resources/index.js';

const everyVerb = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

/** Whether a policy rule grants every verb on every resource of every API group, as cluster-admin does. */
function grantsEverything(rule: JsonObject): boolean {
  const list = (field: string): unknown[] => (Array.isArray(rule[field]) ? rule[field] : []);
  const verbs = list('verbs');
  return list('apiGroups').includes('*') && list('resources').includes('*') && (verbs.includes('*') || everyVerb.every((v) => verbs.includes(v)));
}

export default defineRule({
  id: 'cluster-admin-binding',
  summary: 'No binding grants cluster-admin or an equivalent all-powerful role.',
  rationale:
    'The `cluster-admin` ClusterRole allows every action on every resource. Whoever holds it (a user, a group, or a ServiceAccount whose token any process in its Pods can read) can read every Secret and take over the cluster.\n\n' +
    'drydock reports a ClusterRoleBinding or RoleBinding whose `roleRef` is the `cluster-admin` ClusterRole, or a Role or ClusterRole of the input with a rule granting every verb on `*` resources in `*` API groups. ' +
    'Bindings named `system:*`, which the control plane manages, and those listed in `ignoreBindings` are exempt.',
  fix: 'Bind a role that grants only the resources and verbs the subject needs; reserve `cluster-admin` for break-glass accounts managed outside the application manifests.',
  category: 'rbac',
  severity: 'error',
  kinds: roleBindingKinds,
  preset: 'recommended',
  messages: {
    clusterAdmin: '{{kind}} "{{binding}}" grants the cluster-admin ClusterRole.',
    equivalentRole: '{{kind}} "{{binding}}" grants {{roleKind}} "{{role}}", which allows every action on every resource.',
  },
  options: ruleOptions(
    {
      ignoreBindings: {
        type: 'array',
        items: { type: 'string' },
        description: 'Binding names to skip; a trailing `*` matches a prefix.',
      },
    },
    { ignoreBindings: ['system:*', 'gce:podsecuritypolicy:calico-sa'] },
  ),
  peers: { kubeLinter: 'cluster-admin-role-binding', polaris: 'clusterrolebindingClusterAdmin' },
  peerDifferences:
    'kube-linter only checks ClusterRoleBindings to `cluster-admin`; drydock, like Polaris (`clusterrolebindingClusterAdmin`, `rolebindingClusterAdminClusterRole`, `rolebindingClusterAdminRole`), also checks RoleBindings and roles of the input that are equivalent to it, and exempts the same default binding names.',
  check({ resource, resources, defaultNamespace, options, report }) {
    if (nameMatchesAny(resource.name, options.ignoreBindings)) return;
    const ref = roleRefOf(resource);
    if (!ref) return;
    if (ref.kind === 'ClusterRole' && ref.name === 'cluster-admin') {
      report({ messageId: 'clusterAdmin', path: ['roleRef', 'name'], data: { kind: resource.kind, binding: resource.name } });
      return;
    }
    const role = boundRoleOf(resource, resources, defaultNamespace);
    if (role && policyRulesOf(role).some(({ rule }) => grantsEverything(rule))) {
      report({ messageId: 'equivalentRole', path: ['roleRef', 'name'], data: { kind: resource.kind, binding: resource.name, roleKind: role.kind, role: role.name } });
    }
  },
});
