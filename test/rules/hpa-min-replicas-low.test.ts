import rule from '../../rules/hpa-min-replicas-low.js';
import { ruleTester } from '../helpers/rule-tester.js';

const hpa = (min: string): string =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n${min}  maxReplicas: 10\n`;

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }, { name: 'minReplicas option lowered to 1', yaml: hpa('  minReplicas: 1\n'), options: { minReplicas: 1 } }],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'tooLow', line: 8, column: 16, data: { replicas: 1, minimum: 2 } }] },
    { name: 'minReplicas option raised to 3', yaml: hpa('  minReplicas: 2\n'), options: { minReplicas: 3 }, errors: [{ messageId: 'tooLow', line: 6, column: 16, data: { minimum: 3 } }] },
    { name: 'reportUnset reports an unset minReplicas', yaml: hpa(''), options: { reportUnset: true }, errors: [{ messageId: 'tooLow', line: 4, column: 1 }] },
  ],
});
