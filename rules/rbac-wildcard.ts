import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { nameMatchesAny, policyRulesOf, roleKinds } from '../src/resources/index.js';

const fields = ['apiGroups', 'resources', 'verbs'] as const;

export default defineRule({
  id: 'rbac-wildcard',
  summary: 'Role rules name their API groups, resources and verbs instead of using `*`.',
  rationale:
    'A `*` in a Role or ClusterRole rule grants everything that matches, today and in the future: new subresources, new verbs (such as `escalate`, `bind` or `impersonate`) and the resources of every CRD installed later. ' +
    'Roles should list what the subject needs, so that a review shows what it may do.\n\n' +
    'drydock reports each `*` in the `apiGroups`, `resources` and `verbs` of a rule. Roles named `system:*` (managed by the control plane) and those in `ignoreRoles` are exempt.',
  fix: 'Replace `*` with the API groups, resources and verbs the subject needs (for example `verbs: [get, list, watch]`).',
  category: 'rbac',
  severity: 'warning',
  kinds: roleKinds,
  preset: 'strict',
  messages: {
    wildcard: '{{kind}} "{{role}}" uses "*" in the {{field}} of a rule.',
  },
  options: ruleOptions(
    {
      ignoreRoles: { type: 'array', items: { type: 'string' }, description: 'Role names to skip; a trailing `*` matches a prefix.' },
    },
    { ignoreRoles: ['cluster-admin'] },
  ),
  peers: { kubeLinter: 'wildcard-in-rules' },
  check({ resource, options, report }) {
    if (resource.name.startsWith('system:') || nameMatchesAny(resource.name, options.ignoreRoles)) return;
    for (const { path, rule } of policyRulesOf(resource)) {
      for (const field of fields) {
        const list = rule[field];
        if (!Array.isArray(list)) continue;
        list.forEach((value: unknown, index) => {
          if (value === '*') report({ messageId: 'wildcard', path: [...path, field, index], data: { kind: resource.kind, role: resource.name, field } });
        });
      }
    }
  },
});
