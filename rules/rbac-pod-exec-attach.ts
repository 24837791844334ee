import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { boundRoleOf, nameMatchesAny, policyRulesOf, ruleGrants, type Permission, roleKinds, roleBindingKinds } from '../src/resources/index.js';

// `create` is what kubectl exec/attach asked for over SPDY; the WebSocket protocol upgrades a GET, so `get` is enough there.
const execOrAttach: Permission = { apiGroups: [''], resources: ['pods/exec', 'pods/attach'], verbs: ['create', 'get'] };

export default defineRule({
  id: 'rbac-pod-exec-attach',
  summary: 'Roles do not grant pods/exec or pods/attach.',
  rationale:
    'Exec and attach run commands inside a container: whoever may do it acts with the Pod\'s identity, reads its mounted Secrets and service account token, and bypasses the application\'s own access controls. ' +
    'It is a debugging permission that application roles and service accounts should not carry.\n\n' +
    'drydock looks for Role and ClusterRole rules that allow `create` or `get` on `pods/exec` or `pods/attach` (directly, or through `*` in API groups, resources or verbs). ' +
    'It reports such a grant where it takes effect: on each RoleBinding or ClusterRoleBinding of the input that binds the role, or on the role\'s rule when nothing in the input binds it. ' +
    'Bindings named `system:*` or listed in `ignoreBindings` are exempt, and so are the roles in `ignoreRoles` (the default `admin`, `edit` and `cluster-admin` roles); an unbound role named `system:*` is not reported, a binding that grants one is.',
  fix: 'Remove `pods/exec` and `pods/attach` from the role, and grant them only to the people who debug, through a separate role bound when needed.',
  category: 'rbac',
  severity: 'warning',
  kinds: [...roleKinds, ...roleBindingKinds],
  preset: 'strict',
  messages: {
    roleGrants: '{{kind}} "{{role}}" grants pods/exec or pods/attach.',
    bindingGrants: '{{kind}} "{{binding}}" grants pods/exec or pods/attach through {{roleKind}} "{{role}}".',
  },
  options: ruleOptions(
    {
      ignoreRoles: { type: 'array', items: { type: 'string' }, description: 'Role names never reported; a trailing `*` matches a prefix.' },
      ignoreBindings: { type: 'array', items: { type: 'string' }, description: 'Binding names never reported; a trailing `*` matches a prefix.' },
    },
    { ignoreRoles: ['admin', 'edit', 'cluster-admin', 'gce:podsecuritypolicy:calico-sa'], ignoreBindings: ['system:*', 'gce:podsecuritypolicy:calico-sa'] },
  ),
  peers: { polaris: 'clusterrolePodExecAttach' },
  peerDifferences:
    'Polaris has one check per kind (`clusterrolePodExecAttach`, `rolePodExecAttach`, `clusterrolebindingPodExecAttach`, `rolebindingClusterRolePodExecAttach`, `rolebindingRolePodExecAttach`) and reports a grant both on the role and on each binding; drydock reports it once, on the bindings of the input, or on the role when nothing binds it. ' +
    'Polaris also reports a binding whose role is not in the input; drydock cannot know what such a role grants and does not.',
  check({ resource, resources, defaultNamespace, options, report }) {
    if (resource.kind === 'Role' || resource.kind === 'ClusterRole') {
      if (nameMatchesAny(resource.name, options.ignoreRoles) || resource.name.startsWith('system:')) return;
      // a bound role is reported on its bindings, where the grant takes effect
      const bindingKinds = resource.kind === 'Role' ? ['RoleBinding'] : roleBindingKinds;
      const isBound = bindingKinds.some((kind) => resources.ofKind(kind).some((binding) => boundRoleOf(binding, resources, defaultNamespace) === resource));
      if (isBound) return;
      for (const { path, rule } of policyRulesOf(resource)) {
        if (ruleGrants(rule, execOrAttach)) report({ messageId: 'roleGrants', path, data: { kind: resource.kind, role: resource.name } });
      }
      return;
    }
    if (nameMatchesAny(resource.name, options.ignoreBindings)) return;
    const role = boundRoleOf(resource, resources, defaultNamespace);
    if (!role || nameMatchesAny(role.name, options.ignoreRoles)) return;
    if (policyRulesOf(role).some(({ rule }) => ruleGrants(rule, execOrAttach))) {
      report({ messageId: 'bindingGrants', path: ['roleRef', 'name'], data: { kind: resource.kind, binding: resource.name, roleKind: role.kind, role: role.name } });
    }
  },
});
