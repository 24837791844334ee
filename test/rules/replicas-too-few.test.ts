import rule from '../../rules/replicas-too-few.js';
import { ruleTester } from '../helpers/rule-tester.js';

const deployment = (replicas: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${replicas}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: example/web:1.0}]\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a spec that is not a mapping is left to schema validation', yaml: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: 3\n' },
    { name: 'a lower minReplicas accepts one replica', yaml: deployment('1'), options: { minReplicas: 1 } },
    {
      name: 'a KEDA ScaledObject owns the replica count',
      yaml: `${deployment('1')}---\napiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {name: web}\n`,
    },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'tooFew', line: 7, column: 13, data: { name: 'web', replicas: 1, minimum: 2 } },
        { messageId: 'unset', line: 24, column: 1, data: { name: 'api', minimum: 2 } },
      ],
    },
    { name: 'minReplicas 3, as kube-linter asks', yaml: deployment('2'), options: { minReplicas: 3 }, errors: [{ messageId: 'tooFew', line: 5, column: 13, data: { minimum: 3 } }] },
  ],
});
