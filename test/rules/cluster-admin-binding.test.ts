import rule from '../../rules/cluster-admin-binding.js';
import { ruleTester } from '../helpers/rule-tester.js';

const binding = (name: string): string =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: ${name}}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\nsubjects: [{kind: User, name: ops, apiGroup: rbac.authorization.k8s.io}]\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a binding listed in ignoreBindings', yaml: binding('break-glass'), options: { ignoreBindings: ['break-*'] } },
    {
      name: 'all verbs on every resource of the core group only',
      yaml:
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: core}\nrules: [{apiGroups: [""], resources: ["*"], verbs: ["*"]}]\n---\n' +
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: core}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: core}\n',
    },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'clusterAdmin', line: 9, column: 9, data: { kind: 'ClusterRoleBinding', binding: 'operator' } },
        { messageId: 'equivalentRole', line: 32, column: 9, data: { roleKind: 'Role', role: 'everything' } },
      ],
    },
    { name: 'the default ignore list is replaced by the option', yaml: binding('system:ops'), options: { ignoreBindings: [] }, errors: [{ messageId: 'clusterAdmin', line: 4, column: 73 }] },
  ],
});
