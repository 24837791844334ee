import rule from '../../rules/hpa-target-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const lonely =
  'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: api}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}\n  maxReplicas: 5\n';
const rollout =
  'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: api}\nspec: {}\n---\n' +
  'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: api}\nspec:\n  scaleTargetRef: {apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: api}\n  maxReplicas: 5\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a custom resource target of the input', yaml: rollout },
    { name: 'an HPA alone in the input', yaml: lonely },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'targetMissing', line: 22, column: 65, data: { kind: 'Deployment', name: 'web-server' } },
        { messageId: 'targetMissing', line: 35, column: 11, data: { kind: 'StatefulSet', name: 'web' } },
      ],
    },
    { name: 'a target of the wrong API group', yaml: rollout.replace('argoproj.io/v1alpha1, kind', 'apps/v1, kind'), errors: [{ messageId: 'targetMissing', line: 10, column: 62 }] },
    { name: 'reportWhen always reports an HPA alone', yaml: lonely, options: { reportWhen: 'always' }, errors: [{ messageId: 'targetMissing', line: 5, column: 65 }] },
  ],
});
