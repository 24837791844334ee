import rule from '../../rules/hpa-target-has-replicas.js';
import { ruleTester } from '../helpers/rule-tester.js';

const statefulSet =
  'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  replicas: 3\n  serviceName: db\n  selector: {matchLabels: {app: db}}\n  template:\n    metadata: {labels: {app: db}}\n    spec:\n      containers: [{name: db, image: example/db:1.0}]\n' +
  '---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: db}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: StatefulSet, name: db}\n  maxReplicas: 5\n';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }, { name: 'an HPA naming another kind', yaml: statefulSet.replace('kind: StatefulSet, name', 'kind: Deployment, name') }],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'hasReplicas', line: 7, column: 3, data: { kind: 'Deployment', name: 'web', hpa: 'web' } }] },
    { name: 'a StatefulSet scaled by an HPA', yaml: statefulSet, errors: [{ messageId: 'hasReplicas', line: 5, column: 3, data: { kind: 'StatefulSet' } }] },
  ],
});
