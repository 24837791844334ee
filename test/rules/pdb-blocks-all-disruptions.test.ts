import rule from '../../rules/pdb-blocks-all-disruptions.js';
import { ruleTester } from '../helpers/rule-tester.js';

const scaled = (minAvailable: number | string): string =>
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 5\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: example/web:1.0}]\n' +
  '---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n' +
  `---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web}\nspec:\n  minAvailable: ${minAvailable}\n  selector: {matchLabels: {app: web}}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'minAvailable below the HPA minimum', yaml: scaled(1) },
    { name: 'minAvailable above the HPA minimum is left to pdb-min-available-exceeds-hpa-min', yaml: scaled(3) },
    // the API server rejects a string of digits (validate reports it), so it is no count here
    { name: 'minAvailable "2", a string of digits, is no count', yaml: scaled('"2"') },
    { name: 'maxUnavailable "0", a string of digits, is no count', yaml: scaled('1\n  maxUnavailable: "0"') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'maxUnavailableZero', line: 7, column: 19, data: { value: 0 } },
        { messageId: 'minAvailableAll', line: 17, column: 17, data: { value: '100%' } },
        { messageId: 'minAvailableReplicas', line: 43, column: 17, data: { kind: 'Deployment', name: 'api', replicas: 2 } },
      ],
    },
    { name: 'minAvailable equal to the HPA minimum', yaml: scaled(2), errors: [{ messageId: 'minAvailableReplicas', line: 24, column: 17, data: { replicas: 2 } }] },
  ],
});
