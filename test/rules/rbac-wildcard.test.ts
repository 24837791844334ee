import rule from '../../rules/rbac-wildcard.js';
import { ruleTester } from '../helpers/rule-tester.js';

const role = (name: string): string =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: ${name}}\nrules:\n  - {apiGroups: ["*"], resources: [pods], verbs: [get]}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a role listed in ignoreRoles', yaml: role('operator'), options: { ignoreRoles: ['operator'] } },
    { name: 'a system: role', yaml: role('system:operator') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'wildcard', line: 12, column: 17, data: { field: 'resources' } },
        { messageId: 'wildcard', line: 13, column: 13, data: { field: 'verbs' } },
      ],
    },
    { name: 'a wildcard API group', yaml: role('cluster-admin'), options: { ignoreRoles: [] }, errors: [{ messageId: 'wildcard', line: 5, column: 18, data: { field: 'apiGroups' } }] },
  ],
});
