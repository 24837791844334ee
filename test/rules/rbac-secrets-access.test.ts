import rule from '../../rules/rbac-secrets-access.js';
import { ruleTester } from '../helpers/rule-tester.js';

const edit = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: editors, namespace: shop}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}\n';
const watcher =
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: watcher}\nrules: [{apiGroups: [""], resources: [secrets], verbs: [watch]}]\n---\n' +
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: watcher}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: watcher}\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'checkBuiltInRoles off', yaml: edit, options: { checkBuiltInRoles: false } },
    { name: 'verbs narrowed to get', yaml: watcher, options: { verbs: ['get'] } },
    { name: 'a binding listed in ignoreBindings', yaml: watcher, options: { ignoreBindings: ['watch*'] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'grantsSecrets', line: 20, column: 9, data: { binding: 'secret-reader', roleKind: 'Role' } },
        { messageId: 'grantsSecrets', line: 33, column: 9, data: { binding: 'editors', role: 'edit' } },
      ],
    },
    { name: 'watch on Secrets counts', yaml: watcher, errors: [{ messageId: 'grantsSecrets', line: 9, column: 73 }] },
  ],
});
