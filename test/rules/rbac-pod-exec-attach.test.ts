import rule from '../../rules/rbac-pod-exec-attach.js';
import { ruleTester } from '../helpers/rule-tester.js';

const role = (name: string): string =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: ${name}}\nrules:\n  - {apiGroups: [""], resources: [pods/exec], verbs: [get]}\n`;
const bindingOf = (roleName: string, name = 'debug'): string =>
  `---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: ${name}}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "${roleName}"}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a role listed in ignoreRoles', yaml: role('debugger'), options: { ignoreRoles: ['debug*'] } },
    { name: 'a binding listed in ignoreBindings', yaml: role('debugger') + bindingOf('debugger'), options: { ignoreBindings: ['debug'] } },
    { name: 'a binding of a role not in the input', yaml: bindingOf('debugger').slice(4) },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'roleGrants', line: 11, column: 5, data: { kind: 'Role', role: 'shell' } },
        { messageId: 'bindingGrants', line: 33, column: 9, data: { binding: 'attach', roleKind: 'ClusterRole', role: 'attach' } },
      ],
    },
    { name: 'a binding of a system: role is reported', yaml: role('system:debugger') + bindingOf('system:debugger'), errors: [{ messageId: 'bindingGrants', line: 10, column: 73 }] },
  ],
});
