import rule from '../../rules/topology-spread-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'missing', line: 13, column: 5, data: { name: 'web' } }] },
    {
      name: 'an empty list spreads nothing',
      yaml: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  template:\n    spec:\n      topologySpreadConstraints: []\n      containers: [{name: a, image: b}]\n',
      errors: [{ messageId: 'missing', line: 7, column: 7 }],
    },
  ],
});
