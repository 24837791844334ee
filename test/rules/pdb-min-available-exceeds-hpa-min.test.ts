import rule from '../../rules/pdb-min-available-exceeds-hpa-min.js';
import { ruleTester } from '../helpers/rule-tester.js';

const stack = (minAvailable: string, minReplicas = '  minReplicas: 4\n'): string =>
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: example/web:1.0}]\n' +
  `---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n${minReplicas}  maxReplicas: 10\n` +
  `---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web}\nspec:\n  minAvailable: ${minAvailable}\n  selector: {matchLabels: {app: web}}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'equal to minReplicas is left to pdb-blocks-all-disruptions', yaml: stack('4') },
    { name: 'a percentage of minReplicas below it', yaml: stack('"50%"') },
    { name: 'an HPA without an explicit minReplicas', yaml: stack('2', '') },
    // the API server rejects a string of digits (validate reports it), so it is no count here
    { name: 'minAvailable "5", a string of digits, is no count', yaml: stack('"5"') },
  ],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'exceeds', line: 31, column: 17, data: { required: 4, minReplicas: 3, hpa: 'web' } }] },
    { name: 'a percentage above 100% of minReplicas', yaml: stack('"150%"'), errors: [{ messageId: 'exceeds', line: 23, column: 17, data: { required: 6 } }] },
  ],
});
