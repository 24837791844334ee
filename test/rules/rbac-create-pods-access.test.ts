import rule from '../../rules/rbac-create-pods-access.js';
import { ruleTester } from '../helpers/rule-tester.js';

const edit = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: editors, namespace: shop}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}\n';
const boundRole = (rule: string, binding = 'runner'): string =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: runner}\nrules: [${rule}]\n---\n` +
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: ${binding}}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: runner}\n`;
const patcher = boundRole('{apiGroups: [apps], resources: [daemonsets], verbs: [patch]}');
const wildcard = boundRole('{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}');

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'checkBuiltInRoles off', yaml: edit, options: { checkBuiltInRoles: false } },
    { name: 'patch does not count by default', yaml: patcher },
    { name: 'a binding listed in ignoreBindings', yaml: wildcard, options: { ignoreBindings: ['run*'] } },
    { name: 'create in the wrong API group grants nothing', yaml: boundRole('{apiGroups: [apps], resources: [pods, jobs], verbs: [create]}') },
    { name: 'a binding of a role not in the input', yaml: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: ops}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ops}\n' },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'grantsCreate', line: 23, column: 9, data: { binding: 'deployer', resource: 'deployments', roleKind: 'Role' } },
        { messageId: 'grantsCreate', line: 36, column: 9, data: { binding: 'editors', resource: 'pods', role: 'edit' } },
      ],
    },
    { name: 'a wildcard role creates Pods', yaml: wildcard, errors: [{ messageId: 'grantsCreate', line: 9, column: 73, data: { resource: 'pods' } }] },
    { name: 'verbs widened to patch', yaml: patcher, options: { verbs: ['create', 'patch'] }, errors: [{ messageId: 'grantsCreate', line: 9, column: 73, data: { resource: 'daemonsets' } }] },
  ],
});
