import rule from '../../rules/dangerous-capabilities-added.js';
import { ruleTester } from '../helpers/rule-tester.js';

const ptrace = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      securityContext: {capabilities: {add: [SYS_PTRACE]}}\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'SYS_PTRACE is not dangerous by default', yaml: ptrace },
    { name: 'an option list without SYS_ADMIN', fixture: 'invalid.yaml', options: { capabilities: ['SYS_PTRACE'] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'added', line: 18, column: 21, data: { container: 'install', capability: 'SYS_ADMIN' } },
        { messageId: 'added', line: 24, column: 21, data: { container: 'agent', capability: 'NET_ADMIN' } },
        { messageId: 'added', line: 37, column: 17, data: { container: 'app', capability: 'ALL' } },
      ],
    },
    {
      name: 'capabilities named in the option',
      yaml: ptrace,
      options: { capabilities: ['cap_sys_ptrace'] },
      errors: [{ messageId: 'added', line: 8, column: 46, data: { capability: 'SYS_PTRACE' } }],
    },
  ],
});
