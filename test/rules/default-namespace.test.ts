import rule from '../../rules/default-namespace.js';
import { ruleTester } from '../helpers/rule-tester.js';

const unplaced = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: a, image: b}]\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'no namespace, applied into a configured one', yaml: unplaced, defaultNamespace: 'shop' },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'explicit', line: 6, column: 14, data: { kind: 'Service', name: 'web' } },
        { messageId: 'implicit', line: 15, column: 1, data: { kind: 'Deployment', name: 'web' } },
      ],
    },
    {
      name: 'an explicit default even when another namespace is configured',
      yaml: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: default\nspec:\n  containers: [{name: a, image: b}]\n',
      defaultNamespace: 'shop',
      errors: [{ messageId: 'explicit', line: 5, column: 14, data: { kind: 'Pod', name: 'p' } }],
    },
  ],
});
