import rule from '../../rules/required-annotation.js';
import { ruleTester } from '../helpers/rule-tester.js';

const required = { annotations: ['owner-email=[^@]+@example\\.com', 'runbook'] };
const annotated =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    owner-email: shop@example.com\n    runbook: https://wiki.example.com/web\nspec:\n  ports: [{port: 80}]\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'valid.yaml with the options of its first line', fixture: 'valid.yaml', options: required },
    { name: 'nothing is required by default', fixture: 'invalid.yaml' },
    { name: 'annotations with matching values', yaml: annotated, options: { ...required, kinds: ['Service'] } },
    { name: 'a kind left out of kinds', yaml: annotated.replace('shop@example.com', 'shop'), options: required },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      options: required,
      errors: [
        { messageId: 'missing', line: 6, column: 3, data: { name: 'web', annotation: 'runbook' } },
        { messageId: 'badValue', line: 7, column: 18, data: { kind: 'Deployment', name: 'web', annotation: 'owner-email', pattern: '[^@]+@example\\.com' } },
        { messageId: 'missing', line: 21, column: 1, data: { kind: 'Job', name: 'migrate', annotation: 'owner-email' } },
        { messageId: 'missing', line: 21, column: 1, data: { name: 'migrate', annotation: 'runbook' } },
      ],
    },
    {
      name: 'a value from another domain',
      yaml: annotated.replace('shop@example.com', 'shop@example.org'),
      options: { ...required, kinds: ['Service'] },
      errors: [{ messageId: 'badValue', line: 6, column: 18 }],
    },
  ],
});
