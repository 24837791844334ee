import { defineRule, bindingGrantOptions } from '../src/lint/rule-api.js';
import { boundRoleOf, nameMatchesAny, policyRulesOf, roleRefOf, ruleGrants, roleBindingKinds } from '../src/resources/index.js';

// Default ClusterRoles that can read and write every Secret they are bound for.
const builtInSecretRoles = ['cluster-admin', 'admin', 'edit'];

export default defineRule({
  id: 'rbac-secrets-access',
  summary: 'Bindings do not grant access to Secrets.',
  rationale:
    'Secrets hold credentials, tokens and keys. A subject that may read them (or list or watch them, which returns their contents) can impersonate every workload whose credentials it reads; one that may write them can swap a TLS key or a token. ' +
    'Grant Secret access only to the components that must have it, ideally with `resourceNames`.\n\n' +
    'drydock reports a RoleBinding or ClusterRoleBinding whose role, found in the input, allows one of `verbs` on `secrets` in the core API group (directly or through `*`), and, with `checkBuiltInRoles`, bindings of the default `cluster-admin`, `admin` and `edit` ClusterRoles. ' +
    'Bindings named `system:*` and those in `ignoreBindings` are exempt. Rules limited by `resourceNames` still count.',
  fix: 'Remove `secrets` from the bound role, or limit the rule with `resourceNames` to the Secrets the subject needs and to the verbs it uses.',
  category: 'rbac',
  severity: 'warning',
  kinds: roleBindingKinds,
  preset: 'all',
  messages: {
    grantsSecrets: '{{kind}} "{{binding}}" grants access to Secrets through {{roleKind}} "{{role}}".',
  },
  options: bindingGrantOptions(
    'The verbs on Secrets that count as access (`*` always does).',
    'Also report bindings of the default `cluster-admin`, `admin` and `edit` ClusterRoles when they are not in the input.',
    ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'],
  ),
  peers: { kubeLinter: 'access-to-secrets' },
  peerDifferences: 'kube-linter also counts only roles of the input; drydock adds the default `admin`, `edit` and `cluster-admin` ClusterRoles (`checkBuiltInRoles`) and counts `update`, `patch` and `deletecollection`.',
  check({ resource, resources, defaultNamespace, options, report }) {
    if (nameMatchesAny(resource.name, options.ignoreBindings)) return;
    const ref = roleRefOf(resource);
    if (!ref) return;
    const role = boundRoleOf(resource, resources, defaultNamespace);
    const data = { kind: resource.kind, binding: resource.name, roleKind: ref.kind, role: ref.name };
    if (!role) {
      if (options.checkBuiltInRoles && ref.kind === 'ClusterRole' && builtInSecretRoles.includes(ref.name)) {
        report({ messageId: 'grantsSecrets', path: ['roleRef', 'name'], data });
      }
      return;
    }
    const wanted = { apiGroups: [''], resources: ['secrets'], verbs: options.verbs };
    if (policyRulesOf(role).some(({ rule }) => ruleGrants(rule, wanted))) report({ messageId: 'grantsSecrets', path: ['roleRef', 'name'], data });
  },
});
