import rule from '../../rules/pdb-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const deployment = (replicas: number): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${replicas}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: example/web:1.0}]\n`;
const hpa = (max: number): string =>
  `---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  maxReplicas: ${max}\n`;
const pdbElsewhere = '---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web, namespace: other}\nspec:\n  maxUnavailable: 1\n  selector: {matchLabels: {app: web}}\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'minReplicas raised above the replica count', yaml: deployment(3), options: { minReplicas: 4 } },
    { name: 'an HPA whose maxReplicas is 1 keeps a single Pod', yaml: deployment(1).replace('  replicas: 1\n', '') + hpa(1) },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'missing', line: 5, column: 9, data: { kind: 'Deployment', name: 'web' } },
        { messageId: 'missing', line: 31, column: 9, data: { kind: 'StatefulSet', name: 'db' } },
      ],
    },
    { name: 'a PDB of another namespace does not count', yaml: deployment(2) + pdbElsewhere, errors: [{ messageId: 'missing', line: 3, column: 18 }] },
    { name: 'an HPA may scale a single-replica Deployment up', yaml: deployment(1) + hpa(5), errors: [{ messageId: 'missing', line: 3, column: 18 }] },
  ],
});
