import rule from '../../rules/forbidden-annotation.js';
import { ruleTester } from '../helpers/rule-tester.js';

const configured = {
  annotations: ['kubectl.kubernetes.io/last-applied-configuration', 'sidecar.istio.io/inject=false', 'eks.amazonaws.com/role-arn!=arn:aws:iam::\\d{12}:role/.+'],
};
const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    reloader.stakater.com/auto: "true"\n    team.example.com/legacy-id: "42"\nspec:\n  containers: [{name: web, image: example/web:1.0}]\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'valid.yaml with the options of its first line', fixture: 'valid.yaml', options: configured },
    { name: 'pod templates left out', fixture: 'invalid.yaml', options: { ...configured, kinds: ['Deployment'], podTemplates: false, annotations: configured.annotations.slice(1) } },
    { name: 'a kind left out of kinds', yaml: pod, options: { annotations: ['reloader.stakater.com/auto'], kinds: ['Deployment'] } },
    { name: 'a value the regex matches only in part', yaml: pod, options: { annotations: ['reloader.stakater.com/auto=tru'] } },
    { name: 'nothing forbidden', yaml: pod, options: { annotations: [] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      options: configured,
      errors: [
        { messageId: 'forbidden', line: 8, column: 5, data: { kind: 'Deployment', name: 'web', annotation: 'kubectl.kubernetes.io/last-applied-configuration' } },
        { messageId: 'forbiddenValue', line: 17, column: 34, data: { annotation: 'sidecar.istio.io/inject', pattern: 'false' } },
        { messageId: 'valueNotAllowed', line: 29, column: 33, data: { kind: 'ServiceAccount', name: 'uploader', annotation: 'eks.amazonaws.com/role-arn', pattern: 'arn:aws:iam::\\d{12}:role/.+' } },
      ],
    },
    { name: 'by default only last-applied-configuration', fixture: 'invalid.yaml', errors: [{ messageId: 'forbidden', line: 8, column: 5 }] },
    {
      name: 'a trailing * in a key matches a prefix',
      yaml: pod,
      options: { annotations: ['reloader.stakater.com/*=true', 'team.example.com/*'] },
      errors: [
        { messageId: 'forbiddenValue', line: 6, column: 33, data: { annotation: 'reloader.stakater.com/auto', pattern: 'true' } },
        { messageId: 'forbidden', line: 7, column: 5, data: { annotation: 'team.example.com/legacy-id' } },
      ],
    },
  ],
});
