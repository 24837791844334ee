import rule from '../../rules/sa-token-automount.js';
import { ruleTester } from '../helpers/rule-tester.js';

const saAndPod =
  'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: default, namespace: team}\nautomountServiceAccountToken: false\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a pod without a namespace lands in the configured default namespace', yaml: saAndPod, defaultNamespace: 'team' },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'enabled', line: 16, column: 33 },
        { messageId: 'notDisabled', line: 33, column: 5, data: { serviceAccount: 'api-client' } },
        { messageId: 'notDisabled', line: 44, column: 1, data: { serviceAccount: 'builder' } },
      ],
    },
    {
      name: 'the ServiceAccount of another namespace does not count',
      yaml: saAndPod.replace('metadata: {name: p}', 'metadata: {name: p, namespace: other}'),
      errors: [{ messageId: 'notDisabled', line: 9, column: 1, data: { serviceAccount: 'default' } }],
    },
  ],
});
